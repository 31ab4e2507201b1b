import { describe, expect, it } from 'vitest'
import { duration2004, interaction12, interaction2004, scorm12Report, scorm2004Report, timespan12 } from './scorm-values'

const at = new Date(2026, 11, 1, 9, 5, 7)

describe('SCORM values', () => {
  it('times: SCORM 1.2 HHHH:MM:SS.SS, SCORM 2004 ISO 8601 durations', () => {
    expect(timespan12(3_723_450)).toBe('0001:02:03.45')
    expect(timespan12(0)).toBe('0000:00:00.00')
    expect(duration2004(3_723_450)).toBe('PT1H2M3.45S')
    expect(duration2004(12_000)).toBe('PT12S')
  })

  it('a multiple-answer question as SCORM 1.2 and 2004 interactions', () => {
    const record = { id: 'omd.definition', kind: 'multiple' as const, answer: ['a', 'c'], correct: false, latencyMs: 8_000, at }
    expect(Object.fromEntries(interaction12(3, record))).toEqual({
      'cmi.interactions.3.id': 'omd_definition',
      'cmi.interactions.3.type': 'choice',
      'cmi.interactions.3.student_response': 'a,c',
      'cmi.interactions.3.result': 'wrong',
      'cmi.interactions.3.time': '09:05:07',
      'cmi.interactions.3.latency': '0000:00:08.00',
    })
    expect(Object.fromEntries(interaction2004(0, record))).toMatchObject({
      'cmi.interactions.0.id': 'urn:omd:question:omd.definition',
      'cmi.interactions.0.learner_response': 'a[,]c',
      'cmi.interactions.0.result': 'incorrect',
      'cmi.interactions.0.latency': 'PT8S',
    })
  })

  it('true/false and numeric answers', () => {
    const tf = { id: 'sbrt', kind: 'true-false' as const, answer: false, correct: true, latencyMs: null, at }
    expect(Object.fromEntries(interaction12(0, tf))['cmi.interactions.0.student_response']).toBe('f')
    expect(Object.fromEntries(interaction2004(0, tf))['cmi.interactions.0.learner_response']).toBe('false')
    expect(interaction12(0, tf).some(([k]) => k.endsWith('latency'))).toBe(false)
    const numeric = { id: 'os', kind: 'numeric' as const, answer: 83.1, correct: true, latencyMs: 1000, at }
    expect(Object.fromEntries(interaction2004(1, numeric))).toMatchObject({ 'cmi.interactions.1.type': 'numeric', 'cmi.interactions.1.learner_response': '83.1', 'cmi.interactions.1.result': 'correct' })
  })
})

describe('score and status, as each SCORM version receives them', () => {
  const base = { completed: false, selfTestDone: false, percent: 15.79, scaled: 0.1579, success: 'unknown' as const, progress: 0.11 }

  it('SCORM 1.2: incomplete and no score until the course is complete, then raw 0..100 and passed/failed', () => {
    expect(scorm12Report(base)).toEqual([['cmi.core.lesson_status', 'incomplete']])
    // The self-test done but a case left: still no score (an LMS applying the mastery score would judge it).
    expect(scorm12Report({ ...base, selfTestDone: true, percent: 100, scaled: 1, success: 'passed' })).toEqual([['cmi.core.lesson_status', 'incomplete']])
    expect(Object.fromEntries(scorm12Report({ ...base, completed: true, selfTestDone: true, percent: 100, scaled: 1, success: 'passed' }))).toEqual({
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.score.raw': '100',
      'cmi.core.lesson_status': 'passed',
    })
    expect(Object.fromEntries(scorm12Report({ ...base, completed: true, selfTestDone: true, percent: 71.05, scaled: 0.7105, success: 'failed' }))).toMatchObject({ 'cmi.core.score.raw': '71.05', 'cmi.core.lesson_status': 'failed' })
  })

  it('SCORM 2004: success unknown and no score until the self-test is done; completion apart', () => {
    expect(Object.fromEntries(scorm2004Report(base))).toEqual({ 'cmi.completion_status': 'incomplete', 'cmi.progress_measure': '0.11', 'cmi.success_status': 'unknown' })
    expect(Object.fromEntries(scorm2004Report({ ...base, selfTestDone: true, percent: 84.21, scaled: 0.8421, success: 'passed', progress: 0.9 }))).toEqual({
      'cmi.completion_status': 'incomplete',
      'cmi.progress_measure': '0.9',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.raw': '84.21',
      'cmi.score.scaled': '0.8421',
      'cmi.success_status': 'passed',
    })
    expect(Object.fromEntries(scorm2004Report({ ...base, completed: true, selfTestDone: true, percent: 100, scaled: 1, success: 'passed', progress: 1 }))).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.score.scaled': '1' })
  })
})

import { describe, expect, it } from 'vitest'
import { duration2004, interaction12, interaction2004, timespan12 } from './scorm-values'

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

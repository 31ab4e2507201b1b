import { describe, expect, it } from 'vitest'
import { lmsReport, masteryScore } from './report'

const record = (over: Partial<Parameters<typeof lmsReport>[0]>) => ({ casesDone: 27, casesTotal: 27, answered: 38, questions: 38, points: 38, ...over })

describe('what the LMS is told', () => {
  it('scores the self-test as a percentage of its questions (two decimals), scaled 0..1', () => {
    expect(lmsReport(record({ points: 38 }), 0.8)).toMatchObject({ percent: 100, scaled: 1 })
    expect(lmsReport(record({ answered: 10, points: 7.5 }), 0.8)).toMatchObject({ percent: 19.74, scaled: 0.1974 })
    expect(lmsReport(record({ answered: 6, points: 6 }), 0.8)).toMatchObject({ percent: 15.79, scaled: 0.1579 })
    expect(lmsReport(record({ points: 0 }), 0.8)).toMatchObject({ percent: 0, scaled: 0 })
  })

  it('is complete only with every case done and every question answered; success waits for the whole self-test', () => {
    expect(lmsReport(record({ answered: 37, points: 37 }), 0.8)).toMatchObject({ completed: false, selfTestDone: false, success: 'unknown' })
    expect(lmsReport(record({ casesDone: 26, points: 31 }), 0.8)).toMatchObject({ completed: false, selfTestDone: true, success: 'passed' })
    expect(lmsReport(record({ points: 30 }), 0.8)).toMatchObject({ completed: true, success: 'failed' })
    expect(lmsReport(record({ points: 30.4 }), 0.8)).toMatchObject({ completed: true, success: 'passed', percent: 80 })
  })

  it('judges on the percentage the LMS receives, so an LMS applying the mastery score agrees (70% of 0.7)', () => {
    // 26.6 / 38 is 70% exactly; 0.7 * 100 is 70.00000000000001 in floating point.
    expect(lmsReport(record({ points: 26.6 }), 0.7)).toMatchObject({ percent: 70, success: 'passed' })
    expect(lmsReport(record({ points: 26.5 }), 0.7)).toMatchObject({ percent: 69.74, success: 'failed' })
  })

  it('takes the LMS\'s mastery score when it gives one, else 80%', () => {
    expect(masteryScore(0.6)).toBe(0.6)
    expect(masteryScore(null)).toBe(0.8)
    expect(masteryScore(Number.NaN)).toBe(0.8)
    expect(masteryScore(60)).toBe(0.8)
    expect(lmsReport(record({ points: 23 }), masteryScore(0.6)).success).toBe('passed')
  })

  it('measures progress over cases and questions alike', () => {
    expect(lmsReport(record({ casesDone: 1, answered: 6, points: 6 }), 0.8).progress).toBe(0.11)
  })
})

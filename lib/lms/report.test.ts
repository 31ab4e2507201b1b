import { describe, expect, it } from 'vitest'
import { lmsReport, masteryScore } from './report'

describe('what the LMS is told', () => {
  it('scores the self-test out of its questions, scaled 0..1', () => {
    expect(lmsReport({ casesDone: 0, casesTotal: 27, answered: 10, questions: 38, points: 7.5 }, 0.8).score).toEqual({ raw: 7.5, min: 0, max: 38, scaled: 0.1974 })
  })

  it('is complete only with every case done and every question answered; success waits for the whole self-test', () => {
    expect(lmsReport({ casesDone: 27, casesTotal: 27, answered: 37, questions: 38, points: 37 }, 0.8)).toMatchObject({ completed: false, success: 'unknown' })
    expect(lmsReport({ casesDone: 26, casesTotal: 27, answered: 38, questions: 38, points: 31 }, 0.8)).toMatchObject({ completed: false, success: 'passed' })
    expect(lmsReport({ casesDone: 27, casesTotal: 27, answered: 38, questions: 38, points: 30 }, 0.8)).toMatchObject({ completed: true, success: 'failed' })
    expect(lmsReport({ casesDone: 27, casesTotal: 27, answered: 38, questions: 38, points: 30.4 }, 0.8)).toMatchObject({ completed: true, success: 'passed' })
  })

  it('takes the LMS\'s mastery score when it gives one, else 80%', () => {
    expect(masteryScore(0.6)).toBe(0.6)
    expect(masteryScore(null)).toBe(0.8)
    expect(masteryScore(Number.NaN)).toBe(0.8)
    expect(masteryScore(60)).toBe(0.8)
    expect(lmsReport({ casesDone: 27, casesTotal: 27, answered: 38, questions: 38, points: 23 }, masteryScore(0.6)).success).toBe('passed')
  })
})

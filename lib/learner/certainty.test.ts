import { describe, expect, it } from 'vitest'
import { calibrationLine, certaintyMark, summarizeCertainty } from './certainty'

// The standard scheme (Gardner-Medwin): right 1 / 2 / 3, wrong 0 / −2 / −6 for low / medium / high certainty.

describe('certainty-based marking', () => {
  it('marks right answers 1, 2, 3 and wrong ones 0, −2, −6 by certainty', () => {
    expect(['low', 'medium', 'high'].map(c => certaintyMark(true, c as never))).toEqual([1, 2, 3])
    expect(['low', 'medium', 'high'].map(c => certaintyMark(false, c as never))).toEqual([0, -2, -6])
  })

  it('a confident guess costs more than it can win: one high-certainty wrong answer undoes two high-certainty right ones', () => {
    const summary = summarizeCertainty([
      { id: 'a', right: true, certainty: 'high' },
      { id: 'b', right: true, certainty: 'high' },
      { id: 'c', right: false, certainty: 'high' },
    ])
    expect(summary.marks).toBe(0)
    expect(summary.right).toBe(2)
    expect(summary.maxMarks).toBe(9)
  })

  it('the calibration line counts the questions answered sure and wrong, and names them', () => {
    const summary = summarizeCertainty([
      { id: 'a', right: false, certainty: 'high' },
      { id: 'b', right: false, certainty: 'medium' },
      { id: 'c', right: false, certainty: 'high' },
      { id: 'd', right: true, certainty: 'low' },
    ])
    expect(summary.sureAndWrong).toEqual(['a', 'c'])
    expect(calibrationLine(summary)).toBe('Sure and wrong: 2 questions')
    expect(summary.byCertainty).toEqual({ low: { answered: 1, right: 1 }, medium: { answered: 1, right: 0 }, high: { answered: 2, right: 0 } })
    expect(calibrationLine(summarizeCertainty([{ id: 'x', right: true, certainty: 'high' }]))).toBeNull()
  })
})

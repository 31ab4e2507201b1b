import { describe, expect, it } from 'vitest'
import type { QuizQuestion } from './schema'
import { formatPoints, isValidAnswer, scoreAnswer, scoreByPart, totalScore } from './scoring'

const common = { stem: 'Q', explanation: 'E. F.', slide: 'jcog0603-results' as const, file: 'test.yaml', poll: false }
const options = (...ids: string[]) => ids.map(id => ({ id, text: `option ${id}` }))

const single: QuizQuestion = { ...common, id: 's', part: 1, type: 'single', options: options('a', 'b', 'c', 'd'), correct: 'c' }
const trueFalse: QuizQuestion = { ...common, id: 't', part: 1, type: 'true-false', options: options('true', 'false'), correct: false }
// ESMO's OMD definition: 4 right options among 6.
const multiple: QuizQuestion = { ...common, id: 'm', part: 'definitions', type: 'multiple', options: options('a', 'b', 'c', 'd', 'e', 'f'), correct: ['a', 'c', 'd', 'f'] }
// JCOG0603: 5-year OS with hepatectomy alone 83.1% (the lecture), accepted within ± 5 points.
const numeric: QuizQuestion = { ...common, id: 'n', part: 1, type: 'numeric', options: [], correct: 83.1, tolerance: 5, unit: '%', dataPath: 'jcog0603.os.hepatectomyAlone.fiveYearPct' }

describe('single best answer', () => {
  it('scores 1 for the right option and 0 for any other', () => {
    expect(scoreAnswer(single, 'c')).toEqual({ score: 1, right: true })
    expect(scoreAnswer(single, 'a')).toEqual({ score: 0, right: false })
  })
  it('scores 0 without an answer or with an option that does not exist', () => {
    expect(scoreAnswer(single, undefined).score).toBe(0)
    expect(scoreAnswer(single, 'z').score).toBe(0)
  })
})

describe('true / false', () => {
  it('scores the statement the lecture contradicts as false', () => {
    expect(scoreAnswer(trueFalse, false)).toEqual({ score: 1, right: true })
    expect(scoreAnswer(trueFalse, true)).toEqual({ score: 0, right: false })
  })
  it('does not take the text "false" for the value false', () => {
    expect(scoreAnswer(trueFalse, 'false').score).toBe(0)
  })
})

describe('multiple answers: share of right options ticked − share of wrong options ticked, floored at 0', () => {
  it('gives full marks only for exactly the right set', () => {
    expect(scoreAnswer(multiple, ['a', 'c', 'd', 'f'])).toEqual({ score: 1, right: true })
    expect(scoreAnswer(multiple, ['f', 'd', 'c', 'a']).right).toBe(true)
  })
  it('gives 3/4 for three of the four right options and nothing else, but does not count it right', () => {
    expect(scoreAnswer(multiple, ['a', 'c', 'd'])).toEqual({ score: 0.75, right: false })
  })
  it('takes half a point off for each of the two wrong options ticked', () => {
    expect(scoreAnswer(multiple, ['a', 'c', 'd', 'f', 'b']).score).toBe(0.5)
    expect(scoreAnswer(multiple, ['a', 'c', 'd', 'b']).score).toBe(0.25)
  })
  it('gives nothing for ticking every box, so guessing does not pay', () => {
    expect(scoreAnswer(multiple, ['a', 'b', 'c', 'd', 'e', 'f']).score).toBe(0)
  })
  it('never goes below zero', () => {
    expect(scoreAnswer(multiple, ['b', 'e']).score).toBe(0)
    expect(scoreAnswer(multiple, ['a', 'b', 'e']).score).toBe(0)
  })
  it('refuses an empty selection or a repeated option', () => {
    expect(isValidAnswer(multiple, [])).toBe(false)
    expect(isValidAnswer(multiple, ['a', 'a'])).toBe(false)
  })
})

describe('numeric estimate: 83.1 ± 5 accepts 78.1 to 88.1, both ends included', () => {
  it('accepts the exact value and both boundaries', () => {
    expect(scoreAnswer(numeric, 83.1).right).toBe(true)
    expect(scoreAnswer(numeric, 78.1).right).toBe(true)
    expect(scoreAnswer(numeric, 88.1).right).toBe(true)
  })
  it('rejects anything just outside either boundary', () => {
    expect(scoreAnswer(numeric, 78.09).score).toBe(0)
    expect(scoreAnswer(numeric, 88.11).score).toBe(0)
  })
  it('rejects the other arm\'s value (71.2%)', () => {
    expect(scoreAnswer(numeric, 71.2).score).toBe(0)
  })
  it('has no partial credit and no answer for NaN', () => {
    expect(scoreAnswer(numeric, 90).score).toBe(0)
    expect(scoreAnswer(numeric, Number.NaN).score).toBe(0)
  })
  it('with tolerance 0 accepts the exact value only', () => {
    const exact = { ...numeric, tolerance: 0, correct: 14 } as QuizQuestion
    expect(scoreAnswer(exact, 14).right).toBe(true)
    expect(scoreAnswer(exact, 14.01).right).toBe(false)
  })
})

describe('score per part', () => {
  it('adds partial credit within a part and keeps the parts in lecture order', () => {
    const parts = scoreByPart([single, multiple, numeric, trueFalse], { s: 'c', m: ['a', 'c', 'd'], n: 95 })
    expect(parts.map(p => p.part)).toEqual(['definitions', 1])
    expect(parts[0]).toEqual({ part: 'definitions', points: 0.75, total: 1, answered: 1, right: 0 })
    expect(parts[1]).toEqual({ part: 1, points: 1, total: 3, answered: 2, right: 1 })
    expect(totalScore(parts)).toEqual({ points: 1.75, total: 4 })
    expect(formatPoints(1.75)).toBe('1.75')
    expect(formatPoints(0.1 + 0.2)).toBe('0.3')
  })
})

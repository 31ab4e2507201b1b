import { describe, expect, it } from 'vitest'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { caseCatalog, caseEntry, casePart, caseSummary } from './catalog'
import { makeCaseProgress } from './progress-codec'

describe('the learner\'s case list', () => {
  it('a late single metastasis (surgery upfront: the consensus slide of part 4) is listed under part 4; a breast case under part 3; definitely unresectable disease (ESMO\'s definition slide) under the definitions', () => {
    expect(casePart(makeCase())).toBe('4')
    expect(casePart(makeCase({ patient: { primarySite: 'breast', ceaNgPerMl: undefined } }))).toBe('3')
    expect(casePart(makeCase({ patient: { liver: { count: 4, largestMm: 70, resectability: 'unresectable' } }, course: { firstLine: 'response', convertedToResectable: false } }))).toBe('definitions')
  })

  it('the summary is the stem\'s first sentence, without Markdown', () => {
    expect(caseSummary('A **64-year-old** man had a resection. Now he has a lesion.')).toBe('A 64-year-old man had a resection.')
  })

  it('new, in progress or done, with the score of what was played', () => {
    const file = makeCase()
    expect(caseEntry(file, null)).toMatchObject({ status: 'new', score: null })
    const started = JSON.stringify(makeCaseProgress(file, [{ type: 'learner.start' }, { type: 'learner.choose', option: 'surgery-first' }]))
    expect(caseEntry(file, started)).toMatchObject({ status: 'in-progress', score: { points: 2, max: 2 } })
    const done = JSON.stringify(makeCaseProgress(file, [{ type: 'learner.start' }, { type: 'learner.choose', option: 'surgery-first' }, { type: 'learner.choose', option: 'ablation' }, { type: 'learner.debrief' }]))
    expect(caseEntry(file, done)).toMatchObject({ status: 'done', score: { points: 3, max: 4 } })
  })

  it('groups by part in the lecture\'s order and leaves out parts with no case', () => {
    const catalog = caseCatalog([makeCase({ id: 'a' }), makeCase({ id: 'b', patient: { primarySite: 'breast', ceaNgPerMl: undefined } })], () => null)
    expect(catalog.map(p => [p.part, p.cases.map(c => c.id)])).toEqual([['3', ['b']], ['4', ['a']]])
    expect(catalog[0].title).toMatch(/^Part 3 · /)
  })
})

import type { CaseFile } from '../../machines/case/schema'
import type { Problem } from '../../machines/case/consistency'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { caseAtlas } from '../../machines/case/atlas'
import { consistencyProblems, misquoted, PROPERTIES } from '../../machines/case/consistency'
import { EVIDENCE } from '../../machines/case/evidence'
import { modalityGrades, strategyGrades } from '../../machines/case/rules'
import { loadCaseFiles } from '../../machines/case/load'
import { makeCase } from './support/caseFixture'
import { patientGrid } from './support/patientGrid'

// Issue #23's consistency checks, over the atlas (every decision reachable by best or acceptable choices) of every
// shipped case and of a generated grid of patients: a working regimen is never changed, a failed one never
// continued, ablation is graded the same way whichever door it comes through, no breast feedback says "curative",
// and every quoted line cites the source its words come from.

const root = join(__dirname, '../..')
const lecture = readFileSync(join(root, 'data/source/lecture.txt'), 'utf8')
const shipped = loadCaseFiles(Object.fromEntries(readdirSync(join(root, 'cases')).filter(name => name.endsWith('.yaml'))
  .map(name => [`cases/${name}`, readFileSync(join(root, 'cases', name), 'utf8')])))
  .flatMap(loaded => (loaded.ok ? [loaded.caseFile] : []))

function problemsOf(files: CaseFile[], options: { requireFigures?: boolean } = {}): { problems: Problem[], nodes: number } {
  let nodes = 0
  const problems = files.flatMap((file) => {
    const atlas = caseAtlas(file)
    nodes += atlas.nodes.length
    return consistencyProblems(file, atlas, lecture, options)
  })
  return { problems, nodes }
}

const summary = (problems: Problem[]) => problems.slice(0, 20).map(p => `${p.case} · ${p.where} · ${p.property}: ${p.detail}`)

describe('consistency of every reachable decision', () => {
  it('every shipped case: every property holds at every decision a learner can reach', () => {
    const { problems, nodes } = problemsOf(shipped, { requireFigures: true })
    expect(shipped.length).toBeGreaterThanOrEqual(29)
    expect(nodes).toBeGreaterThan(100)
    expect(summary(problems)).toEqual([])
  })

  it('a generated grid of patients: every property holds at every reachable decision', () => {
    const grid = patientGrid()
    const { problems, nodes } = problemsOf(grid)
    console.info(`consistency: ${grid.length} generated patients, ${nodes} reachable decisions, ${problems.length} problems`)
    expect(grid.length).toBeGreaterThan(5000)
    expect(summary(problems)).toEqual([])
  }, 300_000)
})

describe('the checks catch what they are for', () => {
  const lineOf = (text: string, evidence: keyof typeof EVIDENCE) => ({ text, citation: EVIDENCE[evidence].citation, slide: EVIDENCE[evidence].slide })

  it('a quotation cited to a source that does not print it is caught ("max 2-3 cm" is not CLOCC\'s; the metachronous lines are not the 2015 consensus\'s)', () => {
    expect(misquoted(lecture, lineOf('Within "max 2-3 cm".', 'clocc'))).toEqual(['max 2-3 cm'])
    expect(misquoted(lecture, lineOf('Within "max 2-3 cm".', 'thermal-ablation'))).toEqual([])
    expect(misquoted(lecture, lineOf('"Late recurrence (> 6 months) : Surgery upfront for easy-to-resect LM"', 'consensus2015'))).toHaveLength(1)
    expect(misquoted(lecture, lineOf('"Late recurrence (> 6 months) : Surgery upfront for easy-to-resect LM"', 'metachronous'))).toEqual([])
    expect(misquoted(lecture, lineOf('"No improvement of OS"', 'epoc-long-term'))).toEqual([])
    expect(misquoted(lecture, lineOf('"oligoprogression"', 'oligoprogression-radiotherapy'))).toEqual([])
    expect(misquoted(lecture, lineOf('"oligoprogression"', 'progression-in-place'))).toEqual(['oligoprogression'])
  })

  it('the lecturer\'s own comments are not credited to the papers on their slides (the SBRT table, COLLISION, ESMO\'s definition)', () => {
    const inoperable = 'SBRT is "A treatment option for inoperable pts".'
    expect(misquoted(lecture, lineOf(inoperable, 'sbrt'))).toEqual(['A treatment option for inoperable pts'])
    expect(misquoted(lecture, lineOf(inoperable, 'sbrt-comment'))).toEqual([])
    const equal = '"Equal results with less risk for a very limited subset of patients"'
    expect(misquoted(lecture, lineOf(equal, 'collision'))).toHaveLength(1)
    expect(misquoted(lecture, lineOf(equal, 'collision-comment'))).toEqual([])
    const categories = 'the "usual 3 categories of patients"'
    expect(misquoted(lecture, lineOf(categories, 'esmo2022-definition'))).toHaveLength(1)
    expect(misquoted(lecture, lineOf(categories, 'three-categories'))).toEqual([])
  })

  it('each source is found by its citation and slide: no two sources share both', () => {
    const keys = Object.values(EVIDENCE).map(source => `${source.citation} @ ${source.slide}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('a table that changed a working regimen, continued a failed one, or called breast surgery curative would be caught', () => {
    const file = makeCase({ patient: { primarySite: 'breast', ceaNgPerMl: undefined }, course: { firstLine: 'response' } })
    const atlas = caseAtlas(file)
    const restaging = atlas.nodes.find(node => node.node === 'restaging-first-line')!
    restaging.options.find(option => option.option === 'change-regimen')!.grade = 'best'
    restaging.options[0].rationale = 'Local treatment is the curative step.'
    const found = consistencyProblems(file, atlas, lecture).map(problem => problem.property)
    expect(found).toContain(PROPERTIES.keepWorkingRegimen)
    expect(found).toContain(PROPERTIES.breastNotCurative)

    const progressing = makeCase({ course: { firstLine: 'progression', completeResectionPossible: true } })
    const progressed = caseAtlas(progressing)
    progressed.nodes.find(node => node.node === 'restaging-first-line')!.options.find(option => option.option === 'continue-regimen')!.grade = 'acceptable'
    expect(consistencyProblems(progressing, progressed, lecture).map(problem => problem.property)).toContain(PROPERTIES.failedRegimen)
  })

  it('a restaging whose figures contradict its result, or a shipped case\'s restaging without figures, is caught', () => {
    const figures = (firstLine: 'response' | 'stable' | 'progression', count: number, largestMm: number) =>
      makeCase({ patient: { liver: { count: 2, largestMm: 30 } }, course: { firstLine, completeResectionPossible: true, figures: { firstLine: { count, largestMm, ceaNgPerMl: 8 } } } })
    const found = (file: CaseFile, options = {}) => consistencyProblems(file, caseAtlas(file), lecture, options).map(problem => problem.property)
    for (const [result, count, largestMm] of [['response', 2, 30], ['response', 3, 20], ['progression', 2, 30], ['progression', 1, 25], ['stable', 3, 30]] as const)
      expect(found(figures(result, count, largestMm)), `${result} ${count} ${largestMm}`).toContain(PROPERTIES.figuresAgree)
    for (const [result, count, largestMm] of [['response', 2, 22], ['response', 1, 30], ['progression', 2, 35], ['progression', 3, 20], ['stable', 2, 31]] as const)
      expect(found(figures(result, count, largestMm)), `${result} ${count} ${largestMm}`).not.toContain(PROPERTIES.figuresAgree)
    const unmeasured = makeCase({ course: { firstLine: 'response' } })
    expect(found(unmeasured, { requireFigures: true })).toContain(PROPERTIES.figuresShown)
    expect(found(unmeasured)).not.toContain(PROPERTIES.figuresShown)
  })

  it('ablation through both doors: a fit metachronous colorectal patient with 2 small lesions gets ablation best at strategy and at the modality after surgery', () => {
    const file = makeCase({ patient: { liver: { count: 2, largestMm: 18 } } })
    expect(strategyGrades(file).options.find(o => o.option === 'non-surgical-local')!.grade).toBe('best')
    expect(modalityGrades(file).options.find(o => o.option === 'ablation')!.grade).toBe('best')
    const atlas = caseAtlas(file)
    atlas.nodes[0].options.find(o => o.option === 'non-surgical-local')!.grade = 'incorrect'
    expect(consistencyProblems(file, atlas, lecture).map(problem => problem.property)).toContain(PROPERTIES.ablationBothWays)
  })
})

import type { CaseFile } from '../../machines/case/schema'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rulesExercised, walkBest } from '../../machines/case/walk'
import { loadCaseFiles } from '../../machines/case/load'
import { RULE_IDS, viganoContraindication } from '../../machines/case/rules'

// The shipped cases: all valid, each with its clinician's key (case-key.test.ts compares it with the rules), and
// together they exercise every rule of the revised pathway and its boundaries (issue #9).

const root = join(__dirname, '../..')
const names = readdirSync(join(root, 'cases')).filter(name => name.endsWith('.yaml'))
const loaded = loadCaseFiles(Object.fromEntries(names.map(name => [`cases/${name}`, readFileSync(join(root, 'cases', name), 'utf8')])))
const cases: CaseFile[] = loaded.flatMap(item => (item.ok ? [item.caseFile] : []))
const byId = (id: string) => cases.find(c => c.id === id)!

describe('shipped cases', () => {
  it('at least 22 case files, all valid, each with the key its clinician wrote', () => {
    expect(names.length).toBeGreaterThanOrEqual(22)
    expect(loaded.filter(item => !item.ok).map(item => !item.ok && item.error.message)).toEqual([])
    expect(cases.filter(c => !c.expectedKey).map(c => c.id)).toEqual([])
  })

  it('every rule of the pathway grades a decision on some case\'s best path, or on a path a learner can take (but the one reached only through an incorrect choice)', () => {
    const exercised = new Set(cases.flatMap(caseFile => Object.values(rulesExercised(caseFile)).flat()))
    // The modality where every way there is graded incorrect first (M0: S1, S2, S3b, S5, C1, C2, C4, P1; M1 for an
    // unfit patient with more than 5 lesions outside CLOCC's "ChT plus RFA": S4a, C3): no learner reaches it; rules.test.ts grades both (every option
    // incorrect, the right course said), and the consistency checks find no such node on any viable path.
    expect(RULE_IDS.filter(rule => !exercised.has(rule))).toEqual(['modality.no-local-treatment', 'modality.unfit-many'])
  })

  it('the cases the issue asks for are on their best paths as it says', () => {
    const steps = (id: string) => walkBest(byId(id)).key.steps
    expect(steps('breast-liver-only')[0].open).toBe(true)
    expect(walkBest(byId('unresectable-converted')).path.map(s => s.option)).toEqual(['chemo-first', 'local-treatment', 'resection'])
    expect(steps('late-four-upfront')[0]).toMatchObject({ best: ['surgery-first', 'chemo-first'], open: true })
    expect(steps('six-months-small-lesions')[0].open).toBe(true)
    expect(steps('second-line-progression-complete').find(s => s.node === 'restaging-second-line')?.open).toBe(true)
    expect(steps('late-single-metachronous').find(s => s.node === 'modality')).toMatchObject({ best: ['resection'], acceptable: ['ablation', 'resection-plus-ablation'] })
    expect(steps('two-small-late')[0]).toMatchObject({ best: ['surgery-first', 'chemo-first', 'non-surgical-local'], open: true })
    // Issue #23: six resectable lesions are no longer sent to systemic therapy alone "as complete eradication is possible".
    expect(steps('six-lesions')[0]).toEqual({ node: 'strategy', best: ['chemo-first'], acceptable: [] })
    expect(steps('five-lesions-marginal')[0]).toEqual({ node: 'strategy', best: ['chemo-first'], acceptable: [] })
    expect(steps('second-line-progression-incomplete').at(-1)).toEqual({ node: 'restaging-second-line', best: ['change-regimen'], acceptable: [] })
    expect(byId('second-line-progression-incomplete').course.mdtConsensus).toBe(false)
  })

  it('every boundary of the pathway is met exactly by some case', () => {
    const some = (test: (c: CaseFile) => boolean) => cases.some(test)
    const p = (c: CaseFile) => c.patient
    const colorectal = (c: CaseFile) => p(c).primarySite !== 'breast'
    expect(some(c => p(c).monthsFromPrimaryResection === 6), 'exactly 6 months').toBe(true)
    expect(some(c => colorectal(c) && p(c).monthsFromPrimaryResection === 5), '5 months').toBe(true)
    expect(some(c => p(c).liver.count === 5 && p(c).liver.resectability !== 'unresectable'), '5 lesions').toBe(true)
    expect(some(c => p(c).liver.count === 6), '6 lesions').toBe(true)
    expect(some(c => p(c).liver.count <= 3 && p(c).liver.largestMm === 20), 'largest 20 mm').toBe(true)
    expect(some(c => p(c).liver.count <= 3 && p(c).liver.largestMm > 20 && p(c).liver.largestMm <= 25), 'largest 21–25 mm').toBe(true)
    expect(some(c => p(c).liver.count <= 3 && p(c).liver.largestMm === 30), 'largest exactly 30 mm').toBe(true)
    expect(some(c => p(c).liver.count === 3 && p(c).liver.largestMm >= 50 && c.course.firstLine === 'progression' && !viganoContraindication(p(c)).contraindicated), '3 large metastases: not "more than 3"').toBe(true)
    expect(some(c => p(c).liver.count > 3 && p(c).liver.largestMm === 50 && c.course.firstLine === 'progression'), 'largest exactly 50 mm').toBe(true)
    expect(some(c => p(c).ceaNgPerMl === 200 && c.course.firstLine === 'progression'), 'CEA exactly 200').toBe(true)
    expect(some(c => p(c).extrahepaticSites === 1 && colorectal(c)), 'liver + 1 extrahepatic site').toBe(true)
    expect(some(c => p(c).extrahepaticSites === 2), 'liver + 2 extrahepatic sites').toBe(true)
    expect(some(c => p(c).liver.resectability === 'unresectable' && c.course.convertedToResectable === true), 'converted').toBe(true)
    expect(some(c => p(c).liver.resectability === 'unresectable' && c.course.convertedToResectable === false), 'not converted').toBe(true)
  })

  it('no recurrence within four months of surgery is said to follow adjuvant chemotherapy (it could not have been given in full)', () => {
    const implausible = cases.filter(c => (c.patient.monthsFromPrimaryResection ?? 99) <= 4 && c.patient.adjuvantChemotherapy)
    expect(implausible.map(c => c.id)).toEqual([])
  })
})

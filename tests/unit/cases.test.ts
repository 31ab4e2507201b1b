import type { CaseFile } from '../../machines/case-schema'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { answerKey, rulesExercised } from '../../machines/case-walk'
import { loadCaseFiles } from '../../machines/load-cases'
import { isOligometastatic } from '../../machines/pathway-rules'

// The shipped cases: all valid, each clinician's key agrees with the rules, and together they exercise every
// rule and every boundary of the pathway (issue #4).

const root = join(__dirname, '../..')
const names = readdirSync(join(root, 'cases')).filter(name => name.endsWith('.yaml'))
const loaded = loadCaseFiles(Object.fromEntries(names.map(name => [`cases/${name}`, readFileSync(join(root, 'cases', name), 'utf8')])))
const cases: CaseFile[] = loaded.flatMap(item => (item.ok ? [item.caseFile] : []))

// The rules of the pathway as issue #4 lists them (strategy 1-6, restaging 1-4, modality 1-4, split where a
// rule has two outcomes).
const PATHWAY_RULES = [
  'strategy.not-oligometastatic', 'strategy.unresectable', 'strategy.unfit', 'strategy.synchronous',
  'strategy.early-metachronous', 'strategy.late-upfront', 'strategy.late-marginal',
  'restaging.tumour-control', 'restaging.vigano-first-line', 'restaging.vigano-second-line',
  'restaging.progression-first-line', 'restaging.progression-second-line-complete', 'restaging.progression-second-line-not-complete',
  'modality.non-surgical-limited', 'modality.non-surgical-other', 'modality.synchronous', 'modality.limited-burden', 'modality.other',
]

describe('shipped cases', () => {
  it('at least 12 case files, all valid', () => {
    expect(names.length).toBeGreaterThanOrEqual(12)
    expect(loaded.filter(item => !item.ok).map(item => !item.ok && item.error.message)).toEqual([])
  })

  it.each(cases.map(caseFile => [caseFile.id, caseFile] as const))('%s: the rules give the key its clinician wrote', (_id, caseFile) => {
    expect(answerKey(caseFile).steps).toEqual(caseFile.expectedKey)
  })

  it('every rule of the pathway grades a decision on the best path of some case', () => {
    const onBestPaths = new Set(cases.flatMap(caseFile => rulesExercised(caseFile).best))
    expect(PATHWAY_RULES.filter(rule => !onBestPaths.has(rule as never))).toEqual([])
  })

  it('every boundary of the pathway is met exactly by some case', () => {
    const some = (test: (c: CaseFile) => boolean) => cases.some(test)
    const p = (c: CaseFile) => c.patient
    expect(some(c => p(c).monthsFromPrimaryResection === 6), '6 months exactly (late)').toBe(true)
    expect(some(c => p(c).liver.count === 5 && isOligometastatic(p(c)).oligometastatic), '5 lesions, still oligometastatic').toBe(true)
    expect(some(c => p(c).liver.count === 3 && p(c).liver.largestMm >= 50 && c.course.firstLine === 'progression'), '3 metastases, not "more than 3"').toBe(true)
    expect(some(c => p(c).liver.count > 3 && p(c).liver.largestMm === 50 && c.course.firstLine === 'progression'), 'largest exactly 50 mm').toBe(true)
    expect(some(c => p(c).ceaNgPerMl === 200 && c.course.firstLine === 'progression'), 'CEA exactly 200').toBe(true)
    expect(some(c => p(c).liver.count <= 3 && p(c).liver.largestMm === 30), 'largest exactly 30 mm').toBe(true)
    expect(some(c => p(c).extrahepaticSites === 1 && isOligometastatic(p(c)).oligometastatic), 'liver + 1 extrahepatic site').toBe(true)
    expect(some(c => !p(c).fitForSurgery), 'unfit').toBe(true)
    expect(some(c => c.presentation === 'synchronous'), 'synchronous').toBe(true)
    expect(some(c => !isOligometastatic(p(c)).oligometastatic), 'not oligometastatic').toBe(true)
    expect(some(c => c.course.secondLine === 'progression' && c.course.completeResectionPossible === true && c.course.mdtConsensus === true), 'second-line progression, complete + MDT').toBe(true)
    expect(some(c => c.course.secondLine === 'progression' && (c.course.completeResectionPossible === false || c.course.mdtConsensus === false)), 'second-line progression, not complete or no MDT').toBe(true)
  })
})

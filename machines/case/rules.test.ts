import type { CaseOverrides } from '../../tests/unit/support/caseFixture'
import type { NodeGrades } from './rules'
import { describe, expect, it } from 'vitest'
import { LECTURE_SLIDES } from '../../data/outline'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { isVeryLimited, recurrenceTiming } from '../../lib/clinical/facts'
import {
  debriefNotes,
  gradesAt,
  MissingCaseFact,
  modalityGrades,
  restagingGrades,
  RULE_IDS,
  RULE_SUMMARIES,
  strategyGrades,
  viganoContraindication,
} from './rules'

// Expected grades come from the revised pathway of issue #9 (rules quoted in the test names) and the lecture's
// lines, never from the rule tables themselves.

function key(grades: NodeGrades) {
  const pick = (grade: string) => grades.options.filter(o => o.grade === grade).map(o => o.option)
  return { best: pick('best'), acceptable: pick('acceptable'), open: grades.open !== null }
}

const strategy = (overrides: CaseOverrides) => key(strategyGrades(makeCase(overrides)))
const liver = (count: number, largestMm: number, resectability: 'upfront' | 'marginal' | 'unresectable' = 'upfront') => ({ count, largestMm, resectability })
const late = (months: number, more: CaseOverrides['patient'] = {}) => ({ patient: { monthsFromPrimaryResection: months, ...more } })
const breast = (more: CaseOverrides['patient'] = {}): CaseOverrides => ({ patient: { primarySite: 'breast', ceaNgPerMl: undefined, ...more } })

describe('facts', () => {
  it('recurrence timing: 5 (and 5.9) months early, exactly 6 open, 6.1 and 18 late', () => {
    expect([5, 5.9, 6, 6.1, 18].map(recurrenceTiming)).toEqual(['early', 'early', 'exactly', 'late', 'late'])
  })

  it('"very limited": at most 3 lesions, all ≤ 30 mm, no extrahepatic site', () => {
    const very = (count: number, largestMm: number, extrahepaticSites = 0) => isVeryLimited(makeCase({ patient: { liver: liver(count, largestMm), extrahepaticSites } }).patient)
    expect(very(3, 30)).toBe(true)
    expect(very(4, 20)).toBe(false)
    expect(very(3, 31)).toBe(false)
    expect(very(1, 10, 1)).toBe(false)
  })
})

describe('viganoContraindication: "(more than 3 AND ≥ 50 mm) OR CEA ≥ 200", colorectal only', () => {
  const vigano = (count: number, largestMm: number, ceaNgPerMl = 10, primarySite: 'colon' | 'breast' = 'colon') =>
    viganoContraindication(makeCase({ patient: { liver: liver(count, largestMm), ceaNgPerMl, primarySite } }).patient).contraindicated
  it('3 lesions at 60 mm: no contraindication (not "more than 3")', () => expect(vigano(3, 60)).toBe(false))
  it('4 lesions at 49 mm: none; 4 at 50 mm: contraindicated', () => {
    expect(vigano(4, 49)).toBe(false)
    expect(vigano(4, 50)).toBe(true)
  })
  it('CEA 199: none; CEA 200 on its own, with one small lesion: contraindicated', () => {
    expect(vigano(1, 20, 199)).toBe(false)
    expect(vigano(1, 20, 200)).toBe(true)
  })
  it('a breast primary is never graded by Viganò\'s colorectal criteria', () => expect(vigano(6, 60, 500, 'breast')).toBe(false))
})

describe('strategy, rules 1–2: more than ESMO\'s two sites, or the primary not controlled', () => {
  it('liver + 2 extrahepatic sites (3 sites): best systemic only, acceptable chemotherapy first; liver + 1 is not caught', () => {
    expect(strategy({ patient: { extrahepaticSites: 2 } })).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(strategyGrades(makeCase({ patient: { extrahepaticSites: 1 } })).rule).not.toBe('strategy.too-many-sites')
  })
  it('the liver as one of the two sites is said to be the deck\'s reading', () => {
    expect(strategyGrades(makeCase({ patient: { extrahepaticSites: 2 } })).readings.join(' ')).toMatch(/this deck reads the liver as one of the 2 sites/)
  })
  it('primary not controlled, even fit with resectable liver disease: best systemic only, acceptable chemotherapy first', () => {
    expect(strategy({ presentation: 'synchronous', patient: { primaryControlled: false } })).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
  })
})

describe('strategy, rule 3: breast-cancer liver metastases', () => {
  it('unfit: best systemic only, nothing else', () => {
    expect(strategy(breast({ fitForSurgery: false }))).toEqual({ best: ['systemic-only'], acceptable: [], open: false })
  })
  it('6 lesions, or definitely unresectable: best systemic only, acceptable chemotherapy first; 5 lesions are not caught', () => {
    expect(strategy(breast({ liver: liver(6, 20) }))).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(strategy(breast({ liver: liver(2, 20, 'unresectable') }))).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(strategyGrades(makeCase(breast({ liver: liver(5, 20) }))).rule).toBe('strategy.breast-liver-only')
  })
  it('an extrahepatic site (bone: RR 2.324, a prognostic factor): open, best systemic only and chemotherapy first', () => {
    const grades = strategyGrades(makeCase(breast({ extrahepaticSites: 1 })))
    expect(key(grades)).toEqual({ best: ['chemo-first', 'systemic-only'], acceptable: [], open: true })
    expect(grades.open).toContain('2.324')
  })
  it('liver only, fit: open (the lecture gives no order), best chemotherapy first and surgery first, acceptable systemic only, non-surgical incorrect', () => {
    const grades = strategyGrades(makeCase(breast()))
    expect(key(grades)).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: ['systemic-only'], open: true })
    expect(grades.open).toContain('Surgery combined to systemic treatment does better than sytemic treatment alone')
  })
})

describe('strategy, rule 4: unfit for surgery', () => {
  it('6 lesions all ≤ 30 mm: best systemic only, acceptable non-surgical local', () => {
    expect(strategy({ patient: { fitForSurgery: false, liver: liver(6, 30) } })).toEqual({ best: ['systemic-only'], acceptable: ['non-surgical-local'], open: false })
  })
  it('6 lesions, one of 31 mm: best systemic only, nothing acceptable', () => {
    expect(strategy({ patient: { fitForSurgery: false, liver: liver(6, 31) } })).toEqual({ best: ['systemic-only'], acceptable: [], open: false })
  })
  it('5 lesions: best non-surgical local ("A treatment option for inoperable pts"), acceptable systemic only', () => {
    expect(strategy({ patient: { fitForSurgery: false, liver: liver(5, 45) } })).toEqual({ best: ['non-surgical-local'], acceptable: ['systemic-only'], open: false })
  })
})

describe('strategy, rules 5–6: resectability before counts', () => {
  it('definitely unresectable, fit: best chemotherapy first (restaging asks if it has become resectable), acceptable systemic only', () => {
    expect(strategy({ patient: { liver: liver(4, 70, 'unresectable') } })).toEqual({ best: ['chemo-first'], acceptable: ['systemic-only'], open: false })
  })
  it('6 resectable or marginal lesions, fit ("occasionally more... if complete eradication is possible"): best chemotherapy first, acceptable systemic only', () => {
    for (const resectability of ['upfront', 'marginal'] as const)
      expect(strategy({ patient: { liver: liver(6, 38, resectability) } })).toEqual({ best: ['chemo-first'], acceptable: ['systemic-only'], open: false })
  })
  it('5 lesions are graded by timing and resectability, not by rule 6', () => {
    expect(strategyGrades(makeCase({ patient: { liver: liver(5, 42, 'marginal') } })).rule).toBe('strategy.late-marginal')
  })
})

describe('strategy, rules 7–10: synchronous and metachronous colorectal', () => {
  it('synchronous, even a single 15 mm lesion: best chemotherapy first only (the test of time)', () => {
    const grades = strategyGrades(makeCase({ presentation: 'synchronous', patient: { liver: liver(1, 15) } }))
    expect(key(grades)).toEqual({ best: ['chemo-first'], acceptable: [], open: false })
    expect(grades.options.find(o => o.option === 'chemo-first')!.rationale).toMatch(/test of time/)
  })
  it('5 months (early): best chemotherapy first only', () => {
    expect(strategy(late(5))).toEqual({ best: ['chemo-first'], acceptable: [], open: false })
  })
  it('late and marginal: best chemotherapy first only', () => {
    expect(strategy(late(18, { liver: liver(2, 40, 'marginal') }))).toEqual({ best: ['chemo-first'], acceptable: [], open: false })
  })
  it('late, very limited, all ≤ 20 mm: best surgery first and percutaneous ablation, acceptable chemotherapy first', () => {
    expect(strategy(late(18, { liver: liver(3, 20) }))).toEqual({ best: ['surgery-first', 'non-surgical-local'], acceptable: ['chemo-first'], open: false })
  })
  it('late, very limited, largest 21 or 30 mm: best surgery first, acceptable chemotherapy first and percutaneous ablation', () => {
    for (const mm of [21, 30])
      expect(strategy(late(18, { liver: liver(1, mm) }))).toEqual({ best: ['surgery-first'], acceptable: ['chemo-first', 'non-surgical-local'], open: false })
  })
  it('late, upfront resectable but not very limited (31 mm, 4 lesions, or an extrahepatic site): open, best surgery first and chemotherapy first', () => {
    for (const patient of [{ liver: liver(1, 31) }, { liver: liver(4, 20) }, { liver: liver(1, 15), extrahepaticSites: 1 }]) {
      const grades = strategyGrades(makeCase(late(18, patient)))
      expect(key(grades)).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: [], open: true })
      expect(grades.open).toContain('Neo adjuvant Chemo is usually indicated unless very limited CRLM')
      expect(grades.open).toContain('Surgery upfront for easy-to-resect LM')
    }
  })
  it('exactly 6 months: open, the late grades with chemotherapy first added to best', () => {
    expect(strategy(late(6, { liver: liver(2, 18) }))).toEqual({ best: ['surgery-first', 'chemo-first', 'non-surgical-local'], acceptable: [], open: true })
    expect(strategy(late(6, { liver: liver(1, 25) }))).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: ['non-surgical-local'], open: true })
    expect(strategy(late(6, { liver: liver(2, 35) }))).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: [], open: true })
  })
  it('exactly 6 months and marginal: both readings give chemotherapy first, so nothing is left open, but the reading is said', () => {
    const grades = strategyGrades(makeCase(late(6, { liver: liver(2, 40, 'marginal') })))
    expect(key(grades)).toEqual({ best: ['chemo-first'], acceptable: [], open: false })
    expect(grades.readings.join(' ')).toMatch(/this deck counts the months from resection of the primary/)
  })
  it('a metachronous colorectal case names the three factors and what the case gives of each', () => {
    const notes = strategyGrades(makeCase(late(9, { adjuvantChemotherapy: false }))).notes.join(' ')
    expect(notes).toContain('timing, adjuvant chemotherapy received and aggressiveness of recurrence')
    expect(notes).toContain('9 months')
    expect(notes).toMatch(/adjuvant chemotherapy received \(none\)/)
  })
})

describe('restaging, rule 1: tumour control', () => {
  const after = (patient: CaseOverrides['patient'], course: CaseOverrides['course'] = { firstLine: 'response' }) =>
    key(restagingGrades(makeCase({ patient, course }), 'firstLine'))
  it('response or stable: best local treatment only', () => {
    for (const firstLine of ['response', 'stable'] as const)
      expect(after({}, { firstLine })).toEqual({ best: ['local-treatment'], acceptable: [], open: false })
  })
  it('3 sites, or primary not controlled: best continue systemic', () => {
    expect(after({ extrahepaticSites: 2 })).toEqual({ best: ['continue-systemic'], acceptable: [], open: false })
    expect(after({ primaryControlled: false })).toEqual({ best: ['continue-systemic'], acceptable: [], open: false })
  })
  it('breast with an extrahepatic site: open, best local treatment and continue systemic', () => {
    expect(after({ primarySite: 'breast', extrahepaticSites: 1 })).toEqual({ best: ['local-treatment', 'continue-systemic'], acceptable: [], open: true })
  })
  it('definitely unresectable: a response is not a conversion', () => {
    const unresectable = (largestMm: number, convertedToResectable: boolean) => after({ liver: liver(5, largestMm, 'unresectable') }, { firstLine: 'response', convertedToResectable })
    expect(unresectable(60, true)).toEqual({ best: ['local-treatment'], acceptable: [], open: false })
    expect(unresectable(60, false)).toEqual({ best: ['continue-systemic'], acceptable: [], open: false })
    expect(unresectable(30, false)).toEqual({ best: ['continue-systemic'], acceptable: ['local-treatment'], open: false })
    expect(unresectable(31, false)).toEqual({ best: ['continue-systemic'], acceptable: [], open: false })
  })
  it('definitely unresectable without convertedToResectable: the missing field is named', () => {
    expect(() => restagingGrades(makeCase({ patient: { liver: liver(5, 60, 'unresectable') }, course: { firstLine: 'response' } }), 'firstLine'))
      .toThrow('course.convertedToResectable')
  })
})

describe('restaging, rules 2–5: progression', () => {
  const progressing = (patient: CaseOverrides['patient'], more: object = {}) =>
    makeCase({ patient, course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: true, ...more } })
  it('Viganò\'s contraindication (CEA 200; 4 at 50 mm): second line after the first, continue systemic after the second; local treatment incorrect', () => {
    for (const patient of [{ ceaNgPerMl: 200 }, { liver: liver(4, 50, 'marginal') }]) {
      const file = progressing(patient)
      expect(key(restagingGrades(file, 'firstLine'))).toEqual({ best: ['second-line-chemo'], acceptable: [], open: false })
      expect(key(restagingGrades(file, 'secondLine'))).toEqual({ best: ['continue-systemic'], acceptable: [], open: false })
    }
  })
  it('first line without it (3 at 60 mm, CEA 199): best second line, acceptable local treatment', () => {
    expect(key(restagingGrades(progressing({ liver: liver(3, 60), ceaNgPerMl: 199 }), 'firstLine'))).toEqual({ best: ['second-line-chemo'], acceptable: ['local-treatment'], open: false })
  })
  it('second line, complete and MDT agrees: open, best local treatment and continue systemic, quoting the lecture\'s own slide', () => {
    const grades = restagingGrades(progressing({}), 'secondLine')
    expect(key(grades)).toEqual({ best: ['local-treatment', 'continue-systemic'], acceptable: [], open: true })
    expect(grades.open).toContain('progression despite optimal therapy and unlikely to obtain a response... Surgery at some conditions ? if complete and consensus MDT decision')
    for (const option of grades.options.filter(o => o.grade === 'best')) {
      expect(option.citation).toMatch(/no citation given/)
      expect(option.citation).not.toMatch(/Viganò|Adam/)
      expect(option.slide).toBe('progression-in-place')
    }
  })
  it('second line, resection incomplete or no MDT consensus: best continue systemic, local treatment incorrect', () => {
    for (const more of [{ completeResectionPossible: false }, { mdtConsensus: false }])
      expect(key(restagingGrades(progressing({}, more), 'secondLine'))).toEqual({ best: ['continue-systemic'], acceptable: [], open: false })
  })
  it('progression with 3 sites or unresectable disease: local treatment is never offered as viable', () => {
    for (const patient of [{ extrahepaticSites: 2 }, { liver: liver(4, 40, 'unresectable') }]) {
      const file = progressing(patient)
      expect(key(restagingGrades(file, 'firstLine'))).toEqual({ best: ['second-line-chemo'], acceptable: [], open: false })
      expect(key(restagingGrades(file, 'secondLine'))).toEqual({ best: ['continue-systemic'], acceptable: [], open: false })
    }
  })
  it('missing course facts are named by their field path', () => {
    expect(() => restagingGrades(makeCase({ course: {} }), 'firstLine')).toThrow('course.firstLine')
    const noMdt = makeCase({ course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true } })
    expect(() => restagingGrades(noMdt, 'secondLine')).toThrow(MissingCaseFact)
    expect(() => restagingGrades(noMdt, 'secondLine')).toThrow('course.mdtConsensus')
  })
})

describe('modality', () => {
  const modality = (overrides: CaseOverrides, route = { viaNonSurgical: false, afterException: false }) => key(modalityGrades(makeCase(overrides), route))
  it('rule 1, unfit: 5 lesions all ≤ 30 mm → best ablation, acceptable SBRT; 6 lesions or 31 mm → best SBRT', () => {
    expect(modality({ patient: { fitForSurgery: false, liver: liver(5, 30) } })).toEqual({ best: ['ablation'], acceptable: ['sbrt'], open: false })
    expect(modality({ patient: { fitForSurgery: false, liver: liver(6, 20) } })).toEqual({ best: ['sbrt'], acceptable: [], open: false })
    expect(modality({ patient: { fitForSurgery: false, liver: liver(1, 31) } })).toEqual({ best: ['sbrt'], acceptable: [], open: false })
  })
  it('rule 2, fit, through the non-surgical route: best ablation, SBRT incorrect ("not ranged as curative")', () => {
    const grades = modalityGrades(makeCase({ patient: { liver: liver(2, 18) } }), { viaNonSurgical: true, afterException: false })
    expect(key(grades)).toEqual({ best: ['ablation'], acceptable: [], open: false })
    expect(grades.options.find(o => o.option === 'sbrt')!.grade).toBe('incorrect')
  })
  it('rule 3, unresectable and not converted: best ablation and resection plus ablation; resection incorrect', () => {
    const file = { patient: { liver: liver(8, 25, 'unresectable') }, course: { firstLine: 'response' as const, convertedToResectable: false } }
    expect(modality(file)).toEqual({ best: ['ablation', 'resection-plus-ablation'], acceptable: [], open: false })
  })
  it('rule 4, breast: best resection, acceptable resection plus ablation', () => {
    expect(modality(breast({ liver: liver(2, 15) }))).toEqual({ best: ['resection'], acceptable: ['resection-plus-ablation'], open: false })
  })
  it('rule 5, synchronous colorectal: best simultaneous and staged resection; the two are offered only then', () => {
    expect(modality({ presentation: 'synchronous' })).toEqual({ best: ['simultaneous-resection', 'staged-resection'], acceptable: [], open: false })
    expect(modalityGrades(makeCase()).options.map(o => o.option)).not.toContain('staged-resection')
  })
  it('rule 6, after the second-line exception: best resection, even for 2 lesions of 15 mm', () => {
    expect(modality({ patient: { liver: liver(2, 15) } }, { viaNonSurgical: false, afterException: true })).toEqual({ best: ['resection'], acceptable: ['resection-plus-ablation'], open: false })
  })
  it('rules 7–9 by size: ≤ 20 mm resection or ablation; 21–30 mm resection, ablation acceptable; 31 mm or 4 lesions resection', () => {
    expect(modality({ patient: { liver: liver(3, 20) } })).toEqual({ best: ['resection', 'ablation'], acceptable: ['resection-plus-ablation'], open: false })
    for (const mm of [21, 30])
      expect(modality({ patient: { liver: liver(3, mm) } })).toEqual({ best: ['resection'], acceptable: ['ablation', 'resection-plus-ablation'], open: false })
    for (const l of [liver(1, 31), liver(4, 15)])
      expect(modality({ patient: { liver: l } })).toEqual({ best: ['resection'], acceptable: ['resection-plus-ablation'], open: false })
  })
  it('gradesAt reads the route from the path: non-surgical strategy, and the second-line exception', () => {
    const small = makeCase({ patient: { liver: liver(2, 18) } })
    expect(gradesAt(small, 'modality', [{ node: 'strategy', option: 'non-surgical-local' }]).rule).toBe('modality.non-surgical')
    const progressing = makeCase({ patient: { liver: liver(2, 18) }, course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: true } })
    const path = [{ node: 'strategy', option: 'chemo-first' }, { node: 'restaging-first-line', option: 'second-line-chemo' }, { node: 'restaging-second-line', option: 'local-treatment' }] as const
    expect(gradesAt(progressing, 'modality', path).rule).toBe('modality.after-exception')
  })
})

describe('debrief after surgery first', () => {
  it('says what the lecture says of chemotherapy after resection (JCOG0603, EPOC), for colorectal cases only', () => {
    const path = [{ node: 'strategy', option: 'surgery-first' }] as const
    const notes = debriefNotes(makeCase(), path).join(' ')
    expect(notes).toContain('severe AEs in approximately half of the patients')
    expect(notes).toContain('It remains unclear whether chemotherapy improves OS')
    expect(notes).toContain('No improvement of OS')
    expect(debriefNotes(makeCase(), [{ node: 'strategy', option: 'chemo-first' }])).toEqual([])
    expect(debriefNotes(makeCase(breast()), path)).toEqual([])
  })
})

describe('every grade carries its evidence', () => {
  const files = [
    makeCase(), makeCase({ presentation: 'synchronous' }), makeCase({ patient: { fitForSurgery: false } }), makeCase(breast()),
    makeCase({ patient: { liver: liver(6, 40) } }), makeCase({ patient: { ceaNgPerMl: 250 }, course: { firstLine: 'progression', secondLine: 'progression' } }),
    makeCase({ patient: { liver: liver(4, 40) }, course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: false, mdtConsensus: false } }),
  ]
  it('a one-line rationale, a citation and a slide of the deck for every option of every node', () => {
    const slides = new Set<string>(LECTURE_SLIDES)
    for (const file of files) {
      const routes = [{ viaNonSurgical: false, afterException: false }, { viaNonSurgical: true, afterException: false }]
      const all = [strategyGrades(file), restagingGrades(file, 'firstLine'), restagingGrades(file, 'secondLine'), ...routes.map(route => modalityGrades(file, route))]
      for (const option of all.flatMap(grades => grades.options)) {
        expect(option.rationale.length).toBeGreaterThan(10)
        expect(option.rationale).not.toContain('\n')
        expect(option.citation.length).toBeGreaterThan(5)
        expect(slides.has(option.slide), `${option.option}: ${option.slide}`).toBe(true)
      }
    }
  })
  it('every rule has a line for the pathway slide, and open rules are marked open there', () => {
    expect(Object.keys(RULE_SUMMARIES).sort()).toEqual([...RULE_IDS].sort())
    expect(RULE_SUMMARIES['restaging.progression-second-line-exception'].open).toBe(true)
    expect(RULE_SUMMARIES['restaging.tumour-control'].open).toBeUndefined()
  })
})

import type { NodeGrades } from './pathway-rules'
import { describe, expect, it } from 'vitest'
import { makeCase } from '../tests/unit/support/caseFixture'
import {
  gradesAt,
  isEarlyRecurrence,
  isLimitedBurden,
  isOligometastatic,
  MissingCaseFact,
  modalityGrades,
  restagingGrades,
  strategyGrades,
  viganoContraindication,
} from './pathway-rules'

// Expected grades come from the lecture (slides quoted in the test names) and the pathway of issue #4,
// never from the rule tables themselves.

function key(grades: NodeGrades) {
  const pick = (grade: string) => grades.options.filter(o => o.grade === grade).map(o => o.option)
  return { best: pick('best'), acceptable: pick('acceptable') }
}

const patient = (liver: { count?: number, largestMm?: number }, more: Record<string, unknown> = {}) =>
  makeCase({ patient: { liver, ...more } }).patient

// Route aliases of the deck outline (notes/COMMON.md): every "revisit the evidence" link must land on one.
const DECK_ALIASES = new Set(('cover disclaimer omd-concept omd-esmo part-1 epoc-dfs epoc-long-term lms-single-1 lms-single-2 '
  + 'preop-number-size esmo-chemo jcog0603 jcog0603-results part-2 objectives part-3 surgery-standard lms-2023-first-operation '
  + 'lms-2023-first-hepatectomy blm-series blm-paul-brousse mariani2013 ruiz2018 thermal-ablation clocc-results surgery-vs-ablation '
  + 'meta-analysis collision-design collision-population collision-os collision-summary collision-comments sbrt part-4 '
  + 'oligoprogression-definition progression-in-place lms-2020-os adam2017 vigano2012 part-5 take-home references').split(' '))

describe('isOligometastatic: ESMO 2022 "1 to 5 metastatic lesions", "Up to 2 metastatic sites", "Controlled primary tumor"', () => {
  it('5 liver lesions are still oligometastatic, 6 are not', () => {
    expect(isOligometastatic(patient({ count: 5 })).oligometastatic).toBe(true)
    const six = isOligometastatic(patient({ count: 6 }))
    expect(six.oligometastatic).toBe(false)
    expect(six.reasons.join()).toContain('6 liver lesions')
  })

  it('the liver plus one extrahepatic site (2 sites) is oligometastatic, plus two (3 sites) is not', () => {
    expect(isOligometastatic(patient({}, { extrahepaticSites: 1 })).oligometastatic).toBe(true)
    const three = isOligometastatic(patient({}, { extrahepaticSites: 2 }))
    expect(three.oligometastatic).toBe(false)
    expect(three.reasons.join()).toContain('3 metastatic sites')
  })

  it('an uncontrolled primary is not oligometastatic', () => {
    const result = isOligometastatic(patient({}, { primaryControlled: false }))
    expect(result.oligometastatic).toBe(false)
    expect(result.reasons).toContain('primary tumour not controlled')
  })
})

describe('isEarlyRecurrence: "Early recurrence (< 6 months)", "Late recurrence (> 6 months)"', () => {
  it('5 months (and 5.9) is early; exactly 6 months is late', () => {
    expect(isEarlyRecurrence(5)).toBe(true)
    expect(isEarlyRecurrence(5.9)).toBe(true)
    expect(isEarlyRecurrence(6)).toBe(false)
    expect(isEarlyRecurrence(18)).toBe(false)
  })
})

describe('viganoContraindication: ">3 and large (≥ 5 cm) metastases, or whenever the CEA value is ≥ 200 ng/mL"', () => {
  it('3 metastases are not "more than 3", even when large', () => {
    expect(viganoContraindication(patient({ count: 3, largestMm: 60 })).contraindicated).toBe(false)
  })
  it('4 metastases with the largest exactly 50 mm meet the threshold; 49 mm does not', () => {
    expect(viganoContraindication(patient({ count: 4, largestMm: 50 })).contraindicated).toBe(true)
    expect(viganoContraindication(patient({ count: 4, largestMm: 49 })).contraindicated).toBe(false)
  })
  it('CEA 200 ng/mL contraindicates on its own, even with a single small metastasis; 199 does not', () => {
    const at200 = viganoContraindication(patient({ count: 1, largestMm: 20 }, { ceaNgPerMl: 200 }))
    expect(at200.contraindicated).toBe(true)
    expect(at200.reasons).toContain('CEA 200 ng/mL')
    expect(viganoContraindication(patient({ count: 1, largestMm: 20 }, { ceaNgPerMl: 199 })).contraindicated).toBe(false)
  })
})

describe('isLimitedBurden: COLLISION "max 3 CRLM ≤ 3 cm"', () => {
  it('3 lesions up to 30 mm are limited; a 4th lesion or 31 mm is not', () => {
    expect(isLimitedBurden({ count: 3, largestMm: 30, resectability: 'upfront' })).toBe(true)
    expect(isLimitedBurden({ count: 4, largestMm: 20, resectability: 'upfront' })).toBe(false)
    expect(isLimitedBurden({ count: 3, largestMm: 31, resectability: 'upfront' })).toBe(false)
  })
})

describe('strategyGrades', () => {
  it('not oligometastatic (6 lesions, 2 extrahepatic sites, or uncontrolled primary): best systemic only, acceptable chemotherapy first', () => {
    for (const overrides of [{ liver: { count: 6 } }, { extrahepaticSites: 2 }, { primaryControlled: false }]) {
      const grades = strategyGrades(makeCase({ patient: overrides }))
      expect(grades.rule).toBe('strategy.not-oligometastatic')
      expect(key(grades)).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'] })
    }
  })

  it('definitely unresectable: best systemic only, acceptable chemotherapy first', () => {
    const grades = strategyGrades(makeCase({ patient: { liver: { resectability: 'unresectable' } } }))
    expect(key(grades)).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'] })
  })

  it('unfit for surgery: best non-surgical local treatment ("a treatment option for inoperable pts"), acceptable systemic only', () => {
    const grades = strategyGrades(makeCase({ patient: { fitForSurgery: false } }))
    expect(key(grades)).toEqual({ best: ['non-surgical-local'], acceptable: ['systemic-only'] })
  })

  it('the definition comes first: an unfit patient with 6 lesions is graded as not oligometastatic', () => {
    const grades = strategyGrades(makeCase({ patient: { fitForSurgery: false, liver: { count: 6 } } }))
    expect(key(grades).best).toEqual(['systemic-only'])
  })

  it('synchronous, "even for limited disease": best chemotherapy first (test of time), nothing else acceptable', () => {
    const grades = strategyGrades(makeCase({ presentation: 'synchronous', patient: { liver: { count: 1, largestMm: 15 } } }))
    expect(key(grades)).toEqual({ best: ['chemo-first'], acceptable: [] })
    expect(grades.options.find(o => o.option === 'chemo-first')!.rationale).toMatch(/test of time/)
  })

  it('metachronous at 5 months (early): best chemotherapy first, surgery first incorrect', () => {
    const grades = strategyGrades(makeCase({ patient: { monthsFromPrimaryResection: 5 } }))
    expect(key(grades)).toEqual({ best: ['chemo-first'], acceptable: [] })
  })

  it('metachronous at exactly 6 months, easy to resect (late): best surgery first, acceptable chemotherapy first', () => {
    const grades = strategyGrades(makeCase({ patient: { monthsFromPrimaryResection: 6 } }))
    expect(grades.rule).toBe('strategy.late-upfront')
    expect(key(grades)).toEqual({ best: ['surgery-first'], acceptable: ['chemo-first'] })
  })

  it('late but marginally resectable: best chemotherapy first', () => {
    const grades = strategyGrades(makeCase({ patient: { liver: { count: 5, resectability: 'marginal' } } }))
    expect(key(grades)).toEqual({ best: ['chemo-first'], acceptable: [] })
  })
})

describe('restagingGrades', () => {
  const course = (firstLine: 'response' | 'stable' | 'progression', secondLine = firstLine, more = {}) =>
    ({ firstLine, secondLine, completeResectionPossible: true, mdtConsensus: true, ...more })

  it('response or stable disease after either line (tumour control): best local treatment', () => {
    for (const result of ['response', 'stable'] as const) {
      const file = makeCase({ course: course(result) })
      expect(key(restagingGrades(file, 'firstLine'))).toEqual({ best: ['local-treatment'], acceptable: [] })
      expect(key(restagingGrades(file, 'secondLine'))).toEqual({ best: ['local-treatment'], acceptable: [] })
    }
  })

  it('progression with CEA 200: second line after the first, further systemic therapy after the second; local treatment incorrect', () => {
    const file = makeCase({ patient: { ceaNgPerMl: 200 }, course: course('progression') })
    const first = restagingGrades(file, 'firstLine')
    expect(key(first)).toEqual({ best: ['second-line-chemo'], acceptable: [] })
    expect(first.options.find(o => o.option === 'local-treatment')!.grade).toBe('incorrect')
    const second = restagingGrades(file, 'secondLine')
    expect(key(second)).toEqual({ best: ['continue-systemic'], acceptable: [] })
    expect(second.options.find(o => o.option === 'local-treatment')!.grade).toBe('incorrect')
  })

  it('progression with 4 metastases and the largest 50 mm is Viganò\'s contraindication too', () => {
    const file = makeCase({ patient: { liver: { count: 4, largestMm: 50, resectability: 'marginal' } }, course: course('progression') })
    expect(key(restagingGrades(file, 'firstLine')).best).toEqual(['second-line-chemo'])
    expect(key(restagingGrades(file, 'secondLine')).best).toEqual(['continue-systemic'])
  })

  it('progression on first line without it (3 metastases of 60 mm, CEA 199): best second line, acceptable local treatment', () => {
    const file = makeCase({ patient: { liver: { count: 3, largestMm: 60 }, ceaNgPerMl: 199 }, course: course('progression') })
    expect(key(restagingGrades(file, 'firstLine'))).toEqual({ best: ['second-line-chemo'], acceptable: ['local-treatment'] })
  })

  it('progression on second line without it: local treatment only if complete and the MDT agrees, otherwise continue systemic', () => {
    const at = (more: object) => key(restagingGrades(makeCase({ course: course('progression', 'progression', more) }), 'secondLine'))
    expect(at({})).toEqual({ best: ['local-treatment'], acceptable: [] })
    expect(at({ mdtConsensus: false })).toEqual({ best: ['continue-systemic'], acceptable: [] })
    expect(at({ completeResectionPossible: false })).toEqual({ best: ['continue-systemic'], acceptable: [] })
  })

  it('a missing course fact is reported by its field path', () => {
    expect(() => restagingGrades(makeCase({ course: {} }), 'firstLine')).toThrow(MissingCaseFact)
    expect(() => restagingGrades(makeCase({ course: {} }), 'firstLine')).toThrow('course.firstLine')
    const noMdt = makeCase({ course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true } })
    expect(() => restagingGrades(noMdt, 'secondLine')).toThrow('course.mdtConsensus')
  })
})

describe('modalityGrades', () => {
  it('after the non-surgical route, 3 lesions up to 30 mm: best ablation, acceptable SBRT', () => {
    const file = makeCase({ patient: { fitForSurgery: false, liver: { count: 3, largestMm: 30 } } })
    expect(key(modalityGrades(file, true))).toEqual({ best: ['ablation'], acceptable: ['sbrt'] })
  })

  it('after the non-surgical route, a 31 mm lesion: best SBRT', () => {
    const file = makeCase({ patient: { fitForSurgery: false, liver: { count: 1, largestMm: 31 } } })
    expect(key(modalityGrades(file, true))).toEqual({ best: ['sbrt'], acceptable: [] })
  })

  it('an unfit patient is never offered a resection as best, whichever route led to the modality', () => {
    const file = makeCase({ patient: { fitForSurgery: false, liver: { count: 6 } } })
    expect(key(modalityGrades(file, false)).best).toEqual(['sbrt'])
  })

  it('synchronous: best simultaneous and staged resection (one or two stage surgery, liver + colon)', () => {
    const file = makeCase({ presentation: 'synchronous' })
    const grades = modalityGrades(file, false)
    expect(key(grades)).toEqual({ best: ['simultaneous-resection', 'staged-resection'], acceptable: [] })
  })

  it('the two options that also treat the primary are offered only in synchronous cases', () => {
    expect(modalityGrades(makeCase(), false).options.map(o => o.option)).not.toContain('staged-resection')
  })

  it('at most 3 lesions, all up to 30 mm: best resection and ablation (COLLISION), acceptable both combined', () => {
    const file = makeCase({ patient: { liver: { count: 3, largestMm: 30 } } })
    expect(key(modalityGrades(file, false))).toEqual({ best: ['resection', 'ablation'], acceptable: ['resection-plus-ablation'] })
  })

  it('4 lesions, or a 31 mm lesion: best resection, acceptable resection plus ablation; ablation alone incorrect', () => {
    for (const liver of [{ count: 4, largestMm: 20 }, { count: 1, largestMm: 31 }]) {
      const grades = modalityGrades(makeCase({ patient: { liver } }), false)
      expect(key(grades)).toEqual({ best: ['resection'], acceptable: ['resection-plus-ablation'] })
    }
  })

  it('gradesAt follows the route: the non-surgical strategy leads to the non-surgical modality rules', () => {
    const file = makeCase({ patient: { fitForSurgery: false } })
    expect(gradesAt(file, 'modality', [{ node: 'strategy', option: 'non-surgical-local' }]).rule).toBe('modality.non-surgical-limited')
  })
})

describe('every grade carries its evidence', () => {
  const files = [
    makeCase(), makeCase({ presentation: 'synchronous' }), makeCase({ patient: { fitForSurgery: false } }),
    makeCase({ patient: { liver: { count: 6 } } }), makeCase({ patient: { ceaNgPerMl: 250 }, course: { firstLine: 'progression', secondLine: 'progression' } }),
    makeCase({ patient: { liver: { count: 4, largestMm: 40 } }, course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: false, mdtConsensus: false } }),
  ]
  it('a one-line rationale, a citation and a slide of the deck for every option of every node', () => {
    for (const file of files) {
      const all = [strategyGrades(file), restagingGrades(file, 'firstLine'), restagingGrades(file, 'secondLine'), modalityGrades(file, false), modalityGrades(file, true)]
      for (const option of all.flatMap(grades => grades.options)) {
        expect(option.rationale.length).toBeGreaterThan(10)
        expect(option.rationale).not.toContain('\n')
        expect(option.citation.length).toBeGreaterThan(5)
        expect(DECK_ALIASES.has(option.slide), `${option.option}: ${option.slide}`).toBe(true)
      }
    }
  })
})

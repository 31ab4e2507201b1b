import type { CaseOverrides } from '../../tests/unit/support/caseFixture'
import type { ModalityRoute, NodeGrades } from './rules'
import { describe, expect, it } from 'vitest'
import { LECTURE_SLIDES } from '../../data/outline'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { isVeryLimited, recurrenceTiming } from '../../lib/clinical/facts'
import {
  debriefNotes,
  gradesAt,
  MissingCaseFact,
  modalityGrades,
  modalityOptions,
  restagingFacts,
  restagingGrades,
  RULE_IDS,
  RULES,
  rulesOf,
  strategyGrades,
  viganoContraindication,
} from './rules'

// Expected grades come from issue #23's pathway v3 (each test names the rule, S1–S10, C1–C5, P1–P4, M1–M10, and
// quotes it) and from the lecture's lines, never from the rule tables themselves.

function key(grades: NodeGrades) {
  const pick = (grade: string) => grades.options.filter(o => o.grade === grade).map(o => o.option)
  return { best: pick('best'), acceptable: pick('acceptable'), open: grades.open !== null }
}
const line = (grades: NodeGrades, option: string) => grades.options.find(o => o.option === option)!

const liver = (count: number, largestMm: number, resectability: 'upfront' | 'marginal' | 'unresectable' = 'upfront') => ({ count, largestMm, resectability })
const late = (months: number, more: CaseOverrides['patient'] = {}): CaseOverrides => ({ patient: { monthsFromPrimaryResection: months, ...more } })
const breast = (more: CaseOverrides['patient'] = {}): CaseOverrides => ({ patient: { primarySite: 'breast', ceaNgPerMl: undefined, ...more } })
const synchronous = (more: CaseOverrides['patient'] = {}): CaseOverrides => ({ presentation: 'synchronous', patient: { adjuvantChemotherapy: undefined, ...more } })
const unfit = (more: CaseOverrides['patient'] = {}): CaseOverrides => ({ patient: { fitForSurgery: false, ...more } })
const strategy = (overrides: CaseOverrides) => key(strategyGrades(makeCase(overrides)))
const ruleAt = (overrides: CaseOverrides) => strategyGrades(makeCase(overrides)).rule
const B = (...best: string[]) => ({ best, acceptable: [] as string[], open: false })

describe('facts', () => {
  it('recurrence timing: 5 (and 5.9) months early, exactly 6 open, 6.1 and 18 late', () => {
    expect([5, 5.9, 6, 6.1, 18].map(recurrenceTiming)).toEqual(['early', 'early', 'exactly', 'late', 'late'])
  })

  it('"very limited CRLM" (the deck\'s reading): a single liver-only metastasis up to 30 mm', () => {
    const very = (count: number, largestMm: number, extrahepaticSites = 0) => isVeryLimited(makeCase({ patient: { liver: liver(count, largestMm), extrahepaticSites } }).patient)
    expect(very(1, 30)).toBe(true)
    expect(very(2, 10)).toBe(false)
    expect(very(1, 31)).toBe(false)
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

describe('strategy S1–S2: more than one extrahepatic site, or the primary not controlled', () => {
  it('S1: liver + 2 extrahepatic sites → best systemic only, acceptable chemotherapy first; liver + 1 is not caught', () => {
    expect(strategy({ patient: { extrahepaticSites: 2 } })).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(ruleAt({ patient: { extrahepaticSites: 1 } })).not.toBe('strategy.too-many-sites')
    expect(strategyGrades(makeCase({ patient: { extrahepaticSites: 2 } })).readings.join(' ')).toMatch(/this deck reads the liver as one of the 2 sites/)
  })
  it('S2: primary not controlled, even fit with resectable liver disease → best systemic only, acceptable chemotherapy first', () => {
    expect(strategy(synchronous({ primaryControlled: false }))).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
  })
})

describe('strategy S3: breast (non-surgical options an extrapolation, said so)', () => {
  it('S3a unfit → best systemic only; acceptable chemotherapy first, and non-surgical local when at most 5 lesions, whatever their size (SBRT, "A treatment option for inoperable pts", has no size limit in the lecture)', () => {
    for (const l of [liver(5, 30), liver(1, 35), liver(2, 60)])
      expect(strategy(breast({ fitForSurgery: false, liver: l }))).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first', 'non-surgical-local'], open: false })
    const single35 = strategyGrades(makeCase(breast({ fitForSurgery: false, liver: liver(1, 35) })))
    expect(line(single35, 'non-surgical-local').rationale).toMatch(/as an extrapolation.*"A treatment option for inoperable pts"; the lecture's SBRT evidence is not specific to breast cancer/)
    expect(strategy(breast({ fitForSurgery: false, liver: liver(6, 20) }))).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(strategyGrades(makeCase(breast({ fitForSurgery: false }))).readings.join(' ')).toMatch(/extrapolation/)
  })
  it('S3b more than 5 lesions or definitely unresectable → best systemic only, acceptable chemotherapy first; 5 lesions are not caught', () => {
    expect(strategy(breast({ liver: liver(6, 20) }))).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(strategy(breast({ liver: liver(2, 20, 'unresectable') }))).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(ruleAt(breast({ liver: liver(5, 20) }))).toBe('strategy.breast-liver-only')
  })
  it('S3c an extrahepatic site → open: best systemic only and chemotherapy first (bone: "2.324-fold higher risk of death"); surgery first acceptable, never cited as Mariani saying it is wrong', () => {
    const grades = strategyGrades(makeCase(breast({ extrahepaticSites: 1 })))
    expect(key(grades)).toEqual({ best: ['chemo-first', 'systemic-only'], acceptable: ['surgery-first'], open: true })
    expect(grades.open).toContain('2.324')
    const surgery = line(grades, 'surgery-first')
    expect(surgery.rationale).toContain('"2.324-fold higher risk of death"')
    expect(surgery.rationale).not.toMatch(/untreated/)
    expect(surgery.remarks.map(r => r.text).join(' ')).toContain('"All metastatic sites must be safely treatable"')
    // Non-surgical local stays incorrect as the deck's own reading, not on Mariani's authority.
    const local = line(grades, 'non-surgical-local')
    expect(local.grade).toBe('incorrect')
    expect(local.rationale).toContain('this deck reads')
    expect(local.citation).not.toMatch(/Mariani/)
  })
  it('S3d liver only → open ("the lecture gives no order"): best chemotherapy first and surgery first; acceptable systemic only, and non-surgical local when all ≤ 30 mm', () => {
    const grades = strategyGrades(makeCase(breast({ liver: liver(2, 30) })))
    expect(key(grades)).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: ['systemic-only', 'non-surgical-local'], open: true })
    expect(grades.open).toContain('the lecture gives no order')
    expect(strategy(breast({ liver: liver(2, 31) }))).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: ['systemic-only'], open: true })
  })
})

describe('strategy S4: unfit (colorectal)', () => {
  it('S4a more than 5 lesions → best systemic only, acceptable chemotherapy first; non-surgical local incorrect: inside CLOCC\'s population because CLOCC gave the ablation with chemotherapy, otherwise too many; ESMO\'s line quoted in full', () => {
    const grades = strategyGrades(makeCase(unfit({ liver: liver(6, 20) })))
    expect(key(grades)).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(line(grades, 'non-surgical-local').rationale).toMatch(/CLOCC gave the ablation with chemotherapy \("ChT plus RFA"\); systemic treatment first/)
    expect(line(grades, 'non-surgical-local').rationale).not.toMatch(/2-3 cm|whatever their size/)
    expect(line(grades, 'non-surgical-local').citation).toMatch(/CLOCC/)
    const tenLesions = strategyGrades(makeCase(unfit({ liver: liver(10, 20) })))
    expect(key(tenLesions)).toEqual({ best: ['systemic-only'], acceptable: ['chemo-first'], open: false })
    expect(line(tenLesions, 'non-surgical-local').rationale).toMatch(/10 lesions: too many/)
    expect(line(grades, 'systemic-only').rationale).toContain('"1 to 5 metastatic lesions... occasionally more... if complete eradication is possible"')
    expect(line(tenLesions, 'non-surgical-local').rationale).toContain('"1 to 5 metastatic lesions... occasionally more... if complete eradication is possible"')
  })
  it('S4b at most 5 all ≤ 30 mm, synchronous, ≤ 6 months or 4–5 lesions → open: best non-surgical local and chemotherapy first, acceptable systemic only', () => {
    for (const overrides of [synchronous({ fitForSurgery: false, liver: liver(2, 20) }), late(6, { fitForSurgery: false, liver: liver(2, 20) }), late(5, { fitForSurgery: false, liver: liver(1, 30) }), late(24, { fitForSurgery: false, liver: liver(4, 20) }), late(24, { fitForSurgery: false, liver: liver(5, 30) })]) {
      const grades = strategyGrades(makeCase(overrides))
      expect(key(grades)).toEqual({ best: ['chemo-first', 'non-surgical-local'], acceptable: ['systemic-only'], open: true })
      expect(grades.open).toMatch(/does not depend on fitness/)
    }
  })
  it('S4b otherwise (late, at most 3, all ≤ 30 mm) → best non-surgical local, acceptable chemotherapy first (CLOCC: "ChT plus RFA") and systemic only', () => {
    const grades = strategyGrades(makeCase(late(7, { fitForSurgery: false, liver: liver(3, 30) })))
    expect(key(grades)).toEqual({ best: ['non-surgical-local'], acceptable: ['chemo-first', 'systemic-only'], open: false })
    expect(line(grades, 'chemo-first').rationale).toContain('ChT plus RFA')
  })
  it('unfit with small lesions: the acceptable systemic option does not call the local options non-curative, the best one being ablation ("Thermo ablation could achieve equivalent results for small CRLM")', () => {
    const small = unfit({ liver: liver(2, 20) })
    const texts = [line(strategyGrades(makeCase(small)), 'systemic-only'), line(restagingGrades(makeCase({ ...small, course: { firstLine: 'response' } }), 'firstLine'), 'continue-regimen')]
    for (const option of texts) {
      expect(option.grade).toBe('acceptable')
      expect(option.rationale).toContain('"Thermo ablation could achieve equivalent results for small CRLM"')
      expect(option.rationale).not.toMatch(/not ranged as curative/)
    }
  })
  it('S4c at most 5 with one over 30 mm → open: best non-surgical local (SBRT) and systemic only ("not ranged as curative"), acceptable chemotherapy first', () => {
    for (const l of [liver(1, 31), liver(5, 45)]) {
      const grades = strategyGrades(makeCase(unfit({ liver: l })))
      expect(key(grades)).toEqual({ best: ['systemic-only', 'non-surgical-local'], acceptable: ['chemo-first'], open: true })
      expect(grades.open).toContain('A treatment option for inoperable pts')
      expect(grades.open).toContain('not ranged as curative')
    }
  })
})

describe('strategy S5–S6: resectability before counts', () => {
  it('S5 definitely unresectable, fit → best chemotherapy first, acceptable systemic only', () => {
    expect(strategy({ patient: { liver: liver(4, 70, 'unresectable') } })).toEqual({ best: ['chemo-first'], acceptable: ['systemic-only'], open: false })
  })
  it('S6 more than 5, fit, resectable or marginal → best chemotherapy first ("The more extended the disease, the most useful the chemo"); systemic only incorrect ("Main objective is cure")', () => {
    const grades = strategyGrades(makeCase(late(20, { liver: liver(6, 38, 'marginal') })))
    expect(key(grades)).toEqual(B('chemo-first'))
    expect(line(grades, 'chemo-first').rationale).toContain('The more extended the disease, the most useful the chemo')
    expect(line(grades, 'systemic-only').rationale).toContain('Main objective is cure')
  })
  it('S6 surgery first acceptable only when upfront resectable and metachronous at 6 months or more ("usually indicated")', () => {
    for (const months of [6, 18])
      expect(strategy(late(months, { liver: liver(6, 20) }))).toEqual({ best: ['chemo-first'], acceptable: ['surgery-first'], open: false })
    expect(strategy(late(5, { liver: liver(6, 20) }))).toEqual(B('chemo-first'))
    expect(strategy(synchronous({ liver: liver(6, 20) }))).toEqual(B('chemo-first'))
    expect(strategy(late(18, { liver: liver(6, 20, 'marginal') }))).toEqual(B('chemo-first'))
  })
  it('5 lesions are graded by timing and resectability, not by S6', () => {
    expect(ruleAt(late(14, { liver: liver(5, 42, 'marginal') }))).toBe('strategy.late-marginal')
  })
})

describe('strategy S7–S10: synchronous and metachronous colorectal', () => {
  it('S7 synchronous, even a single 15 mm lesion → best chemotherapy first (the test of time); surgery first acceptable only for "very limited CRLM", the deck\'s reading of the clash said', () => {
    const grades = strategyGrades(makeCase(synchronous({ liver: liver(1, 15) })))
    expect(key(grades)).toEqual({ best: ['chemo-first'], acceptable: ['surgery-first'], open: false })
    expect(line(grades, 'chemo-first').rationale).toMatch(/test of time/)
    expect(line(grades, 'surgery-first').rationale).toMatch(/"Neo adjuvant Chemo is usually indicated unless very limited CRLM".*this deck keeps chemotherapy first best/)
    expect(grades.readings.join(' ')).toMatch(/very limited CRLM/)
    for (const notVeryLimited of [liver(2, 15), liver(1, 31)])
      expect(strategy(synchronous({ liver: notVeryLimited }))).toEqual(B('chemo-first'))
    // The modality after surgery first does not claim a control by chemotherapy that was never given.
    const afterSurgeryFirst = modalityGrades(makeCase(synchronous({ liver: liver(1, 15) })))
    expect(key(afterSurgeryFirst)).toEqual(B('simultaneous-resection', 'staged-resection'))
    expect(line(afterSurgeryFirst, 'staged-resection').rationale).not.toMatch(/chemotherapy/)
  })
  it('CEA of 200 at presentation: the upfront local options say what the CEA means (aggressiveness of recurrence; Viganò\'s contraindication on chemotherapy), without a harder grade', () => {
    const grades = strategyGrades(makeCase(late(4, { liver: liver(2, 28), ceaNgPerMl: 200 })))
    expect(key(grades)).toEqual({ best: ['chemo-first'], acceptable: ['surgery-first', 'non-surgical-local'], open: false })
    for (const option of ['surgery-first', 'non-surgical-local']) {
      const remarks = line(grades, option).remarks.map(r => `${r.text} | ${r.citation}`).join(' ')
      expect(remarks).toContain('CEA 200 ng/mL: a sign of the "aggressiveness of recurrence"')
      expect(remarks).toMatch(/"whenever the CEA value is ≥ 200 ng\/mL, for whom further chemotherapy is recommended" \(Viganò 2012\).*\| .*Vigan/)
    }
    expect(line(strategyGrades(makeCase(late(4, { liver: liver(2, 28), ceaNgPerMl: 199 }))), 'surgery-first').remarks).toEqual([])
  })
  it('S8 under 6 months, upfront resectable → best chemotherapy first; acceptable surgery first ("gives no order", declared), and non-surgical local for at most 3 all ≤ 30 mm', () => {
    const grades = strategyGrades(makeCase(late(5, { liver: liver(3, 30) })))
    expect(key(grades)).toEqual({ best: ['chemo-first'], acceptable: ['surgery-first', 'non-surgical-local'], open: false })
    expect(grades.readings.join(' ')).toMatch(/gives no order: this deck reads chemotherapy first/)
    expect(strategy(late(5, { liver: liver(4, 20) }))).toEqual({ best: ['chemo-first'], acceptable: ['surgery-first'], open: false })
    expect(strategy(late(5, { liver: liver(3, 31) }))).toEqual({ best: ['chemo-first'], acceptable: ['surgery-first'], open: false })
    expect(strategy(late(5, { liver: liver(2, 40, 'marginal') }))).toEqual(B('chemo-first'))
  })
  it('S9 late and marginal → best chemotherapy first only', () => {
    expect(strategy(late(18, { liver: liver(2, 40, 'marginal') }))).toEqual(B('chemo-first'))
  })
  it('S9a a single liver-only lesion ≤ 30 mm → best surgery first, acceptable chemotherapy first; ablation best ≤ 20 mm, acceptable 21–30 mm', () => {
    expect(strategy(late(18, { liver: liver(1, 20) }))).toEqual({ best: ['surgery-first', 'non-surgical-local'], acceptable: ['chemo-first'], open: false })
    expect(strategy(late(18, { liver: liver(1, 21) }))).toEqual({ best: ['surgery-first'], acceptable: ['chemo-first', 'non-surgical-local'], open: false })
    expect(strategy(late(18, { liver: liver(1, 30) }))).toEqual({ best: ['surgery-first'], acceptable: ['chemo-first', 'non-surgical-local'], open: false })
    expect(strategyGrades(makeCase(late(18, { liver: liver(1, 20) }))).readings.join(' ')).toMatch(/this deck reads "very limited CRLM" as a single liver-only metastasis up to 30 mm/)
  })
  it('S9 otherwise → open (late recurrence against take-home 2): best surgery first and chemotherapy first; ablation best for ≤ 3 liver-only all ≤ 20 mm, acceptable ≤ 3 all ≤ 30 mm, else incorrect', () => {
    const grades = strategyGrades(makeCase(late(18, { liver: liver(2, 20) })))
    expect(key(grades)).toEqual({ best: ['surgery-first', 'chemo-first', 'non-surgical-local'], acceptable: [], open: true })
    expect(grades.open).toContain('Neo adjuvant Chemo is usually indicated unless very limited CRLM')
    expect(grades.open).toContain('Surgery upfront for easy-to-resect LM')
    expect(strategy(late(18, { liver: liver(3, 21) }))).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: ['non-surgical-local'], open: true })
    expect(strategy(late(18, { liver: liver(1, 15), extrahepaticSites: 1 }))).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: ['non-surgical-local'], open: true })
    for (const l of [liver(4, 20), liver(1, 31)])
      expect(strategy(late(18, { liver: l }))).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: [], open: true })
  })
  it('S10 exactly 6 months → open: S9\'s grades with chemotherapy first added to best', () => {
    expect(strategy(late(6, { liver: liver(2, 18) }))).toEqual({ best: ['surgery-first', 'chemo-first', 'non-surgical-local'], acceptable: [], open: true })
    expect(strategy(late(6, { liver: liver(1, 25) }))).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: ['non-surgical-local'], open: true })
    expect(strategy(late(6, { liver: liver(2, 35) }))).toEqual({ best: ['surgery-first', 'chemo-first'], acceptable: [], open: true })
  })
  it('exactly 6 months and marginal: both readings give chemotherapy first, nothing open, the reading said', () => {
    const grades = strategyGrades(makeCase(late(6, { liver: liver(2, 40, 'marginal') })))
    expect(key(grades)).toEqual(B('chemo-first'))
    expect(grades.readings.join(' ')).toMatch(/this deck counts the months from resection of the primary/)
  })
  it('the early and late metachronous lines cite the lecture\'s slide, never the 2015 consensus (cited for the synchronous line only)', () => {
    for (const overrides of [late(5), late(18, { liver: liver(2, 20) }), late(6)]) {
      const grades = strategyGrades(makeCase(overrides))
      for (const option of ['surgery-first', 'chemo-first'].map(o => line(grades, o)).filter(o => /Early recurrence|Late recurrence/.test(o.rationale)))
        expect(option.citation).not.toMatch(/Adam et al, Cancer treatment Reviews 2015/)
    }
    expect(line(strategyGrades(makeCase(synchronous())), 'chemo-first').citation).toBe('Expert Consensus, Adam et al, Cancer treatment Reviews 2015')
  })
  it('a metachronous colorectal case names the three factors and what the case gives of each', () => {
    const notes = strategyGrades(makeCase(late(9, { adjuvantChemotherapy: false }))).notes.map(note => note.text).join(' ')
    expect(notes).toContain('timing, adjuvant chemotherapy received and aggressiveness of recurrence')
    expect(notes).toContain('9 months')
    expect(notes).toMatch(/adjuvant chemotherapy received \(none\)/)
  })
  it('"max 2-3 cm" is never cited to CLOCC', () => {
    const files = [late(18, { liver: liver(1, 31) }), breast({ liver: liver(2, 40) }), unfit({ liver: liver(1, 45) })].map(makeCase)
    for (const file of files) {
      for (const option of [...strategyGrades(file).options, ...modalityGrades(file).options].filter(o => o.rationale.includes('2-3 cm')))
        expect(option.citation, option.rationale).not.toMatch(/Ruers|CLOCC/)
    }
  })
})

const course = (more: CaseOverrides['course'] = {}) => ({ firstLine: 'progression' as const, secondLine: 'progression' as const, completeResectionPossible: true, mdtConsensus: true, ...more })
const restage = (overrides: CaseOverrides, line: 'firstLine' | 'secondLine' = 'firstLine') => key(restagingGrades(makeCase(overrides), line))

describe('restaging after tumour control: change-regimen incorrect ("the regimen is working")', () => {
  const control = (patient: CaseOverrides['patient'], more: CaseOverrides['course'] = {}) => ({ patient, course: { firstLine: 'response' as const, ...more } })
  it('C1 more than one extrahepatic site, or primary not controlled → best continue-regimen', () => {
    expect(restage(control({ extrahepaticSites: 2 }))).toEqual(B('continue-regimen'))
    expect(restage(control({ primaryControlled: false }))).toEqual(B('continue-regimen'))
  })
  it('C2 breast, unfit → best continue-regimen, local treatment acceptable for at most 5 lesions whatever their size (SBRT, an extrapolation)', () => {
    for (const l of [liver(5, 30), liver(1, 35)])
      expect(restage(control({ primarySite: 'breast', fitForSurgery: false, liver: l }))).toEqual({ best: ['continue-regimen'], acceptable: ['local-treatment'], open: false })
    expect(restage(control({ primarySite: 'breast', fitForSurgery: false, liver: liver(6, 20) }))).toEqual(B('continue-regimen'))
  })
  it('breast, unfit, one lesion of 35 mm: the modality grades SBRT best and ablation incorrect (beyond "max 2-3 cm"), both said to be an extrapolation', () => {
    const grades = modalityGrades(makeCase(breast({ fitForSurgery: false, liver: liver(1, 35) })), { viaNonSurgical: true, afterProgression: false })
    expect(key(grades)).toEqual(B('sbrt'))
    for (const option of ['sbrt', 'ablation'])
      expect(line(grades, option).rationale).toMatch(/in breast cancer an extrapolation/)
    expect(line(grades, 'ablation').rationale).toContain('max 2-3 cm')
    // The colorectal twin says no such thing.
    expect(line(modalityGrades(makeCase(unfit({ liver: liver(1, 35) }))), 'sbrt').rationale).not.toMatch(/extrapolation/)
  })
  it('C2 breast, more than 5 lesions, or not upfront resectable and still not resectable → best continue-regimen', () => {
    expect(restage(control({ primarySite: 'breast', liver: liver(8, 40, 'marginal') }, { convertedToResectable: false }))).toEqual(B('continue-regimen'))
    expect(restage(control({ primarySite: 'breast', liver: liver(3, 40, 'marginal') }, { convertedToResectable: false }))).toEqual(B('continue-regimen'))
    expect(restage(control({ primarySite: 'breast', liver: liver(3, 40, 'marginal') }, { convertedToResectable: true }))).toEqual({ best: ['local-treatment'], acceptable: ['continue-regimen'], open: false })
    expect(restage(control({ primarySite: 'breast', liver: liver(3, 40, 'unresectable') }, { convertedToResectable: false }))).toEqual(B('continue-regimen'))
  })
  it('C2 breast with an extrahepatic site, or stable disease → open: best both', () => {
    expect(restage(control({ primarySite: 'breast', extrahepaticSites: 1 }))).toEqual({ best: ['local-treatment', 'continue-regimen'], acceptable: [], open: true })
    expect(restage({ patient: { primarySite: 'breast' }, course: { firstLine: 'stable' } })).toEqual({ best: ['local-treatment', 'continue-regimen'], acceptable: [], open: true })
  })
  it('C2 breast, liver only, a response → best local treatment, acceptable continue-regimen, never called curative', () => {
    const grades = restagingGrades(makeCase(control({ primarySite: 'breast' })), 'firstLine')
    expect(key(grades)).toEqual({ best: ['local-treatment'], acceptable: ['continue-regimen'], open: false })
    expect(JSON.stringify(grades)).not.toMatch(/curative/i)
  })
  it('C3 unfit: more than 5 → continue-regimen (local treatment acceptable inside CLOCC\'s population, all ≤ 30 mm: CLOCC extrapolated); at most 5 all ≤ 30 mm → local treatment (continue acceptable); one over 30 mm → open, both', () => {
    const sevenSmall = restagingGrades(makeCase(control({ fitForSurgery: false, liver: liver(7, 20) })), 'firstLine')
    expect(key(sevenSmall)).toEqual({ best: ['continue-regimen'], acceptable: ['local-treatment'], open: false })
    expect(line(sevenSmall, 'local-treatment').rationale).toMatch(/CLOCC \("ChT plus RFA"\), extrapolated to a patient whose disease cannot be resected because of fitness/)
    expect(line(sevenSmall, 'continue-regimen').rationale).toContain('"1 to 5 metastatic lesions... occasionally more... if complete eradication is possible"')
    for (const outside of [liver(10, 20), liver(6, 31)])
      expect(restage(control({ fitForSurgery: false, liver: outside }))).toEqual(B('continue-regimen'))
    expect(restage(control({ fitForSurgery: false, liver: liver(6, 20), extrahepaticSites: 1 }))).toEqual(B('continue-regimen'))
    expect(restage(control({ fitForSurgery: false, liver: liver(5, 30) }))).toEqual({ best: ['local-treatment'], acceptable: ['continue-regimen'], open: false })
    expect(restage(control({ fitForSurgery: false, liver: liver(1, 31) }))).toEqual({ best: ['local-treatment', 'continue-regimen'], acceptable: [], open: true })
  })
  it('C4 still definitely unresectable: fewer than 10, no extrahepatic disease (CLOCC\'s population, Ruers 2017), all ≤ 30 mm (the deck\'s cut) → open, both; otherwise continue-regimen, local treatment incorrect', () => {
    const unresectable = (count: number, largestMm: number, extrahepaticSites = 0) => control({ liver: liver(count, largestMm, 'unresectable'), extrahepaticSites }, { convertedToResectable: false })
    const clocc = restagingGrades(makeCase(unresectable(9, 30)), 'firstLine')
    expect(key(clocc)).toEqual({ best: ['local-treatment', 'continue-regimen'], acceptable: [], open: true })
    expect(line(clocc, 'local-treatment').citation).toBe('Ruers T et al., J Natl Cancer Inst 2017;109:djx015')
    for (const overrides of [unresectable(10, 30), unresectable(9, 31), unresectable(3, 20, 1)])
      expect(restage(overrides)).toEqual(B('continue-regimen'))
  })
  it('C5 otherwise (a conversion included) → best local treatment', () => {
    for (const firstLine of ['response', 'stable'] as const)
      expect(restage({ course: { firstLine } })).toEqual(B('local-treatment'))
    expect(restage(control({ liver: liver(5, 60, 'unresectable') }, { convertedToResectable: true }))).toEqual(B('local-treatment'))
    expect(restage(control({ liver: liver(5, 42, 'marginal') }, { convertedToResectable: true }))).toEqual(B('local-treatment'))
  })
  it('no size cut is credited to CLOCC: its population is "fewer than 10, no extrahepatic disease"; the 30 mm cut is declared as the deck\'s reading, from ablation\'s "max 2-3 cm"', () => {
    const unresectable = (count: number, largestMm: number) => restagingGrades(makeCase(control({ liver: liver(count, largestMm, 'unresectable') }, { convertedToResectable: false })), 'firstLine')
    for (const grades of [unresectable(4, 30), unresectable(4, 48), unresectable(12, 20)]) {
      for (const option of grades.options.filter(o => /CLOCC/.test(o.rationale)))
        expect(option.rationale).not.toMatch(/≤ 30 mm(?! \(this deck's cut\))/)
    }
    expect(line(unresectable(12, 20), 'local-treatment').rationale).toContain('fewer than 10, no extrahepatic disease')
    const inside = unresectable(4, 30)
    expect(inside.readings.join(' ')).toContain('max 2-3 cm')
    expect(inside.readings.join(' ')).toMatch(/no size criterion/)
    // 5.2's screen: 4 lesions, the largest 48 mm after a response, still not resectable. The reason is that lesion.
    const tooLarge = line(unresectable(4, 48), 'local-treatment')
    expect(tooLarge.rationale).toMatch(/48 mm: too large to ablate \("max 2-3 cm"\), and the restaging finds the disease still not resectable/)
    expect(tooLarge.citation).not.toMatch(/Ruers|CLOCC/)
    expect(RULES.restaging.find(r => r.id === 'restaging.not-converted-clocc')!.summary).toMatch(/no extrahepatic disease \(CLOCC's population\), all ≤ 30 mm \(this deck's cut/)
  })
  it('marginal disease that a response leaves still not resectable is graded as still unresectable disease (C4), and says so', () => {
    const marginal = (count: number, largestMm: number) => control({ liver: liver(count, largestMm, 'marginal') }, { convertedToResectable: false })
    expect(restage(marginal(5, 30))).toEqual({ best: ['local-treatment', 'continue-regimen'], acceptable: [], open: true })
    const outside = restagingGrades(makeCase(marginal(5, 42)), 'firstLine')
    expect(key(outside)).toEqual(B('continue-regimen'))
    expect(line(outside, 'continue-regimen').rationale).toMatch(/marginal and still not resectable/)
    expect(line(outside, 'continue-regimen').rationale).not.toMatch(/definitely unresectable/)
  })
  it('change-regimen is never best after tumour control, at either restaging', () => {
    for (const firstLine of ['response', 'stable'] as const) {
      for (const file of [makeCase({ course: { firstLine, secondLine: firstLine } }), makeCase({ patient: { primarySite: 'breast' }, course: { firstLine, secondLine: firstLine } })])
        expect(line(restagingGrades(file, 'secondLine'), 'change-regimen').grade).toBe('incorrect')
    }
  })
  it('definitely unresectable without convertedToResectable: the missing field is named', () => {
    expect(() => restagingGrades(makeCase(control({ liver: liver(5, 60, 'unresectable') })), 'firstLine')).toThrow('course.convertedToResectable')
  })
})

describe('restaging after progression: continue-regimen incorrect (radiotherapy\'s "oligoprogression" is another use of the word)', () => {
  it('continue-regimen is always incorrect, with Guckenberger 2020 cited beside it', () => {
    const grades = restagingGrades(makeCase({ course: course() }), 'firstLine')
    const continued = line(grades, 'continue-regimen')
    expect(continued.grade).toBe('incorrect')
    expect(continued.remarks.map(r => r.citation)).toContain('Guckenberger M et al., Lancet Oncol 2020;21:e18–e28')
    expect(continued.remarks.map(r => r.text).join(' ')).toMatch(/"oligoprogression".*not this lecture's colorectal pathway/)
  })
  it('P1 two extrahepatic sites, primary not controlled, unfit, Viganò\'s contraindication or definitely unresectable → best change-regimen, local treatment incorrect', () => {
    const patients: CaseOverrides['patient'][] = [{ extrahepaticSites: 2 }, { primaryControlled: false }, { fitForSurgery: false }, { ceaNgPerMl: 200 }, { liver: liver(4, 50, 'marginal') }, { liver: liver(4, 40, 'unresectable') }]
    for (const patient of patients) {
      for (const at of ['firstLine', 'secondLine'] as const)
        expect(restage({ patient, course: course() }, at), JSON.stringify(patient)).toEqual(B('change-regimen'))
    }
    expect(line(restagingGrades(makeCase({ patient: { ceaNgPerMl: 200 }, course: course() }), 'firstLine'), 'change-regimen').rationale).toContain('further chemotherapy is recommended')
  })
  it('P2 first line otherwise (3 at 60 mm, CEA 199) → best change-regimen; local treatment acceptable when resection can be complete, otherwise incorrect', () => {
    const patient = { liver: liver(3, 60), ceaNgPerMl: 199 }
    const grades = restagingGrades(makeCase({ patient, course: course() }), 'firstLine')
    expect(key(grades)).toEqual({ best: ['change-regimen'], acceptable: ['local-treatment'], open: false })
    expect(line(grades, 'change-regimen').rationale).toContain('Control of the disease by chemotherapy, even with a 2nd line regimen and then surgery')
    expect(line(grades, 'change-regimen').remarks.map(r => r.text).join(' ')).toContain('Surgery should not be denied after the failure Of 1st line chemotherapy')
    expect(line(grades, 'local-treatment').rationale).toContain('Should Not Be an Absolute Contraindication')
    expect(restage({ patient, course: course({ completeResectionPossible: false }) })).toEqual(B('change-regimen'))
  })
  it('P3 second line, the four conditions hold → open: best local treatment and change-regimen, quoting the whole exception, cited to the lecture\'s own slide', () => {
    const grades = restagingGrades(makeCase({ course: course() }), 'secondLine')
    expect(key(grades)).toEqual({ best: ['local-treatment', 'change-regimen'], acceptable: [], open: true })
    expect(grades.open).toContain('Exception : progression despite optimal therapy and unlikely to obtain a response... Surgery at some conditions ? if complete and consensus MDT decision')
    const local = line(grades, 'local-treatment')
    expect(local.rationale).toContain('progression despite optimal therapy and unlikely to obtain a response')
    expect(local.citation).toMatch(/no citation given/)
    expect(local.slide).toBe('progression-in-place')
    expect(grades.readings.join(' ')).toMatch(/this deck reads "progression despite optimal therapy" as progression on two lines/)
  })
  it('P4 second line otherwise (incomplete, no MDT consensus, or the first line did not progress) → best change-regimen, local treatment incorrect', () => {
    for (const more of [{ completeResectionPossible: false }, { mdtConsensus: false }, { firstLine: 'stable' as const }])
      expect(restage({ course: course(more) }, 'secondLine'), JSON.stringify(more)).toEqual(B('change-regimen'))
  })
  it('restagingFacts: what the screen shows and the grades read, from the case file', () => {
    const facts = restagingFacts(makeCase({ course: course({ mdtConsensus: false }) }), 'secondLine')
    expect(facts).toMatchObject({ result: 'progression', completeResection: true, exception: { optimalTherapy: true, unlikelyResponse: true, complete: true, mdtConsensus: false } })
    expect(restagingFacts(makeCase({ course: course() }), 'firstLine').exception).toBeNull()
  })
  it('missing course facts are named by their field path: completeness at any progression, the MDT at the second', () => {
    expect(() => restagingGrades(makeCase({ course: {} }), 'firstLine')).toThrow('course.firstLine')
    expect(() => restagingGrades(makeCase({ course: { firstLine: 'progression' } }), 'firstLine')).toThrow('course.completeResectionPossible')
    const noMdt = makeCase({ course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true } })
    expect(() => restagingGrades(noMdt, 'secondLine')).toThrow(MissingCaseFact)
    expect(() => restagingGrades(noMdt, 'secondLine')).toThrow('course.mdtConsensus')
  })
})

describe('modality M1–M10', () => {
  const NONE: ModalityRoute = { viaNonSurgical: false, afterProgression: false }
  const modality = (overrides: CaseOverrides, route: ModalityRoute = NONE) => key(modalityGrades(makeCase(overrides), route))
  it('M1 unfit: ≤ 5 all ≤ 20 mm → ablation (SBRT acceptable); ≤ 5 one of 21–30 mm → open, both; one over 30 mm → SBRT; more than 5 → nothing right', () => {
    expect(modality(unfit({ liver: liver(5, 20) }))).toEqual({ best: ['ablation'], acceptable: ['sbrt'], open: false })
    for (const mm of [21, 30])
      expect(modality(unfit({ liver: liver(5, mm) }))).toEqual({ best: ['ablation', 'sbrt'], acceptable: [], open: true })
    expect(modality(unfit({ liver: liver(1, 31) }))).toEqual(B('sbrt'))
    const many = modalityGrades(makeCase(unfit({ liver: liver(7, 20) })))
    expect(key(many)).toEqual({ best: [], acceptable: [], open: false })
    expect(line(many, 'ablation').rationale).toMatch(/7 lesions: too many/)
    expect(line(many, 'ablation').rationale).not.toMatch(/2-3 cm/)
    expect(many.rightCourse?.text).toMatch(/The right course was systemic therapy/)
  })
  it('M1 unfit, more than 5 lesions inside CLOCC\'s population, all ≤ 30 mm, after tumour control → ablation (CLOCC extrapolated); SBRT to that many incorrect', () => {
    const afterResponse: ModalityRoute = { viaNonSurgical: false, afterProgression: false, lastRestaging: 'firstLine' }
    const seven = modalityGrades(makeCase(unfit({ liver: liver(7, 20) })), afterResponse)
    expect(key(seven)).toEqual(B('ablation'))
    expect(line(seven, 'ablation').rationale).toMatch(/extrapolation of CLOCC/)
    expect(line(seven, 'sbrt').rationale).toMatch(/SBRT to 7 lesions/)
    // Ten lesions are outside CLOCC's population: still nothing right.
    expect(key(modalityGrades(makeCase(unfit({ liver: liver(10, 20) })), afterResponse))).toEqual({ best: [], acceptable: [], open: false })
  })
  it('M0 a node reached only through an incorrect choice grades honestly: two extrahepatic sites, a primary not controlled, breast with 8 lesions, unresectable outside CLOCC\'s population → every option incorrect, the right course said', () => {
    const reachedAnyway: CaseOverrides[] = [
      { patient: { extrahepaticSites: 2 } },
      synchronous({ primaryControlled: false }),
      breast({ liver: liver(8, 40, 'marginal') }),
      { patient: { liver: liver(4, 70, 'unresectable') }, course: { firstLine: 'response', convertedToResectable: false } },
    ]
    for (const overrides of reachedAnyway) {
      const grades = modalityGrades(makeCase(overrides), { viaNonSurgical: false, afterProgression: false })
      expect(key(grades), JSON.stringify(overrides)).toEqual({ best: [], acceptable: [], open: false })
      expect(grades.rightCourse?.text).toMatch(/^The right course was (continued )?systemic therapy/)
    }
    // Inside CLOCC's population with a lesion over 30 mm: the reason is the lesion's size against ablation's range,
    // cited to the thermal-ablation slide, and the size cut is declared as the deck's (CLOCC had none).
    const tooLarge = modalityGrades(makeCase({ patient: { liver: liver(4, 70, 'unresectable') }, course: { firstLine: 'response', convertedToResectable: false } }), { viaNonSurgical: false, afterProgression: false })
    expect(tooLarge.rightCourse?.text).toContain('70 mm')
    expect(tooLarge.rightCourse?.text).toContain('max 2-3 cm')
    expect(tooLarge.rightCourse?.text).not.toMatch(/CLOCC/)
    expect(tooLarge.readings.join(' ')).toMatch(/no size criterion.*its own cut/)
    // Inside CLOCC's population, or converted, the modality is reached by viable choices and graded (M3, M10).
    expect(modalityGrades(makeCase({ patient: { liver: liver(8, 25, 'unresectable') }, course: { firstLine: 'response', convertedToResectable: false } })).rule).toBe('modality.not-converted')
    expect(modalityGrades(makeCase({ patient: { liver: liver(4, 70, 'unresectable') }, course: { firstLine: 'response', convertedToResectable: true } })).rule).toBe('modality.other')
  })
  it('M2 fit, through the non-surgical route → ablation; SBRT incorrect ("A treatment option for inoperable pts")', () => {
    const grades = modalityGrades(makeCase({ patient: { liver: liver(2, 18) } }), { viaNonSurgical: true, afterProgression: false })
    expect(key(grades)).toEqual(B('ablation'))
    expect(line(grades, 'sbrt').rationale).toContain('A treatment option for inoperable pts')
  })
  it('M3 definitely unresectable, not converted → ablation and resection plus ablation; resection incorrect', () => {
    expect(modality({ patient: { liver: liver(8, 25, 'unresectable') }, course: { firstLine: 'response', convertedToResectable: false } })).toEqual(B('ablation', 'resection-plus-ablation'))
    expect(modality({ patient: { liver: liver(9, 30, 'unresectable') }, course: { firstLine: 'response', convertedToResectable: false } })).toEqual(B('ablation', 'resection-plus-ablation'))
  })
  it('M3 also after marginal disease still not resectable at the restaging where local treatment was chosen; marginal disease now resectable → resection', () => {
    const marginal = (convertedToResectable: boolean) => ({ patient: { liver: liver(5, 30, 'marginal') }, course: { firstLine: 'response' as const, convertedToResectable } })
    const afterResponse: ModalityRoute = { viaNonSurgical: false, afterProgression: false, lastRestaging: 'firstLine' }
    expect(modality(marginal(false), afterResponse)).toEqual(B('ablation', 'resection-plus-ablation'))
    expect(modality(marginal(true), afterResponse).best).toContain('resection')
  })
  it('breast cancer, non-surgical route: ablation graded by colorectal criteria says it is an extrapolation from colorectal evidence; 21–30 mm is "at the edge of" ablation\'s range, not "within" it', () => {
    const viaNonSurgical = modalityGrades(makeCase(breast({ liver: liver(2, 25) })), { viaNonSurgical: true, afterProgression: false })
    expect(key(viaNonSurgical)).toEqual(B('ablation'))
    expect(line(viaNonSurgical, 'ablation').rationale).toMatch(/^As an extrapolation from colorectal evidence \(COLLISION\)/)
    expect(line(modalityGrades(makeCase({ patient: { liver: liver(2, 25) } }), { viaNonSurgical: true, afterProgression: false }), 'ablation').rationale).not.toMatch(/extrapolation/)
    for (const mm of [22, 30]) {
      const rationale = line(modalityGrades(makeCase(breast({ liver: liver(3, mm) }))), 'ablation').rationale
      expect(rationale).toContain(`the largest (${mm} mm) at the edge of thermal ablation's "max 2-3 cm"`)
      expect(rationale).not.toMatch(/every lesion within/)
    }
    expect(line(modalityGrades(makeCase(breast({ liver: liver(3, 20) }))), 'ablation').rationale).toContain('every lesion within thermal ablation\'s "max 2-3 cm"')
    expect(line(strategyGrades(makeCase(breast({ liver: liver(2, 25) }))), 'non-surgical-local').rationale).toContain('at the edge of')
  })
  it('M4 breast → resection; resection plus ablation acceptable, ablation too when all ≤ 30 mm (an extrapolation)', () => {
    expect(modality(breast({ liver: liver(2, 30) }))).toEqual({ best: ['resection'], acceptable: ['ablation', 'resection-plus-ablation'], open: false })
    expect(modality(breast({ liver: liver(2, 31) }))).toEqual({ best: ['resection'], acceptable: ['resection-plus-ablation'], open: false })
  })
  it('M5 synchronous, colorectal primary in place → simultaneous and staged resection, offered only then', () => {
    expect(modality(synchronous())).toEqual(B('simultaneous-resection', 'staged-resection'))
    expect(modalityOptions(makeCase())).not.toContain('staged-resection')
    const resected = makeCase(synchronous({ primaryInPlace: false, liver: liver(2, 25) }))
    expect(modalityOptions(resected)).not.toContain('simultaneous-resection')
    expect(key(modalityGrades(resected))).toEqual({ best: ['resection'], acceptable: ['ablation', 'resection-plus-ablation'], open: false })
  })
  it('M6 after local treatment chosen at a progression → resection, resection plus ablation acceptable, ablation only for ≤ 3 all ≤ 20 mm ("Safety margin...")', () => {
    const after = { viaNonSurgical: false, afterProgression: true }
    expect(modality({ patient: { liver: liver(3, 20) } }, after)).toEqual({ best: ['resection'], acceptable: ['ablation', 'resection-plus-ablation'], open: false })
    const edge = modalityGrades(makeCase({ patient: { liver: liver(3, 21) } }), after)
    expect(key(edge)).toEqual({ best: ['resection'], acceptable: ['resection-plus-ablation'], open: false })
    expect(line(edge, 'ablation').rationale).toContain('Safety margin of ablation is a strong predictor of complete eradication')
  })
  it('M7–M10 by count and size: ≤ 3 all ≤ 20 mm; ≤ 3 with 21–30 mm; 4 to 10 all ≤ 30 mm (COLLISION at operation, van der Lei 2025); otherwise', () => {
    expect(modality({ patient: { liver: liver(3, 20) } })).toEqual({ best: ['resection', 'ablation'], acceptable: ['resection-plus-ablation'], open: false })
    for (const mm of [21, 30])
      expect(modality({ patient: { liver: liver(3, mm) } })).toEqual({ best: ['resection'], acceptable: ['ablation', 'resection-plus-ablation'], open: false })
    for (const l of [liver(4, 15), liver(10, 30)]) {
      const grades = modalityGrades(makeCase({ patient: { liver: l } }))
      expect(key(grades)).toEqual({ best: ['resection'], acceptable: ['ablation', 'resection-plus-ablation'], open: false })
      expect(line(grades, 'ablation').citation).toBe('van der Lei S et al., Lancet Oncol 2025;26:187–99')
    }
    for (const l of [liver(11, 30), liver(1, 31)])
      expect(modality({ patient: { liver: l } })).toEqual({ best: ['resection'], acceptable: ['resection-plus-ablation'], open: false })
  })
  it('every modality feedback says what the grade rests on: the count and size at presentation or at the restaging, "ultrasound visible", site and margin', () => {
    const grades = modalityGrades(makeCase())
    expect(grades.notes.map(n => n.text).join(' ')).toMatch(/count and size at presentation \(1 lesion, largest 25 mm\).*"ultrasound visible".*site and margin/)
    const shrunk = makeCase({ course: { firstLine: 'response', figures: { firstLine: { count: 1, largestMm: 15, ceaNgPerMl: 3 } } } })
    const afterChemotherapy = modalityGrades(shrunk, { viaNonSurgical: false, afterProgression: false, lastRestaging: 'firstLine' })
    expect(afterChemotherapy.notes.map(n => n.text).join(' ')).toMatch(/count and size at the restaging after first-line chemotherapy \(1 lesion, largest 15 mm\)/)
    const unmeasured = modalityGrades(makeCase({ course: { firstLine: 'response' } }), { viaNonSurgical: false, afterProgression: false, lastRestaging: 'firstLine' })
    expect(unmeasured.notes.map(n => n.text).join(' ')).toMatch(/\(not measured again: the previous figures\) \(1 lesion, largest 25 mm\)/)
  })
  it('with an extrahepatic site, every local route says that site needs its own treatment ("All metastatic sites must be safely treatable")', () => {
    const file = makeCase(late(18, { extrahepaticSites: 1, liver: liver(2, 20) }))
    const says = (text: string) => /extrahepatic site needs its own treatment too: "All metastatic sites must be safely treatable"/.test(text)
    for (const option of modalityGrades(file).options)
      expect(option.remarks.some(r => says(r.text)), option.option).toBe(true)
    const atStrategy = strategyGrades(file)
    expect(line(atStrategy, 'surgery-first').remarks.some(r => says(r.text))).toBe(true)
    expect(line(atStrategy, 'systemic-only').remarks).toEqual([])
    expect(line(restagingGrades(file, 'firstLine'), 'local-treatment').remarks.some(r => says(r.text))).toBe(true)
  })
  it('gradesAt reads the route from the path: the non-surgical strategy, and local treatment at a progression (first or second line)', () => {
    const small = makeCase({ patient: { liver: liver(2, 18) }, course: course() })
    expect(gradesAt(small, 'modality', [{ node: 'strategy', option: 'non-surgical-local' }]).rule).toBe('modality.non-surgical-route')
    expect(gradesAt(small, 'modality', [{ node: 'strategy', option: 'chemo-first' }, { node: 'restaging-first-line', option: 'local-treatment' }]).rule).toBe('modality.after-progression')
    expect(gradesAt(small, 'modality', [{ node: 'strategy', option: 'chemo-first' }, { node: 'restaging-first-line', option: 'change-regimen' }, { node: 'restaging-second-line', option: 'local-treatment' }]).rule).toBe('modality.after-progression')
    const controlled = makeCase({ patient: { liver: liver(2, 18) }, course: { firstLine: 'response' } })
    expect(gradesAt(controlled, 'modality', [{ node: 'strategy', option: 'chemo-first' }, { node: 'restaging-first-line', option: 'local-treatment' }]).rule).toBe('modality.small')
  })
})

describe('after chemotherapy the rules read the latest restaging\'s figures (Viganò\'s criteria excepted)', () => {
  const measured = (firstLine: 'response' | 'stable' | 'progression', figures: { count: number, largestMm: number, ceaNgPerMl: number }, patient: CaseOverrides['patient'] = {}) =>
    makeCase({ patient, course: { firstLine, completeResectionPossible: true, figures: { firstLine: figures } } })
  it('the modality after a restaging reads its figures: 31 mm shrunk to 18 mm makes ablation best (M7); after surgery first the presentation\'s 31 mm keeps it incorrect (M10)', () => {
    const file = measured('response', { count: 1, largestMm: 18, ceaNgPerMl: 3 }, { liver: liver(1, 31) })
    const viaRestaging = gradesAt(file, 'modality', [{ node: 'strategy', option: 'chemo-first' }, { node: 'restaging-first-line', option: 'local-treatment' }])
    expect(key(viaRestaging)).toEqual({ best: ['resection', 'ablation'], acceptable: ['resection-plus-ablation'], open: false })
    expect(key(gradesAt(file, 'modality', [{ node: 'strategy', option: 'surgery-first' }]))).toEqual({ best: ['resection'], acceptable: ['resection-plus-ablation'], open: false })
  })
  it('the restaging reads its figures: an unfit patient\'s 6 lesions down to 5 of 20 mm after a response → local treatment best (C3), not the count at presentation', () => {
    expect(key(restagingGrades(measured('response', { count: 5, largestMm: 20, ceaNgPerMl: 3 }, { fitForSurgery: false, liver: liver(6, 30) }), 'firstLine'))).toEqual({ best: ['local-treatment'], acceptable: ['continue-regimen'], open: false })
  })
  it('Viganò\'s criteria read the presentation\'s figures: a CEA of 199 risen to 260 at the progression does not contraindicate (P2); 4 lesions of 50 mm at presentation do, whatever the restaging measures (P1)', () => {
    const risen = restagingGrades(measured('progression', { count: 1, largestMm: 30, ceaNgPerMl: 260 }, { ceaNgPerMl: 199 }), 'firstLine')
    expect(risen.rule).toBe('restaging.progression-first-line')
    const atPresentation = restagingGrades(measured('progression', { count: 5, largestMm: 52, ceaNgPerMl: 30 }, { liver: liver(4, 50, 'marginal') }), 'firstLine')
    expect(atPresentation.rule).toBe('restaging.progression-no-local')
    expect(line(atPresentation, 'local-treatment').rationale).toContain('4 metastases with the largest 50 mm at presentation')
    expect(atPresentation.readings.join(' ')).toMatch(/Viganò's criteria it reads on the presentation's figures/)
  })
})

describe('debrief after surgery first', () => {
  it('says what the lecture says of chemotherapy after resection (JCOG0603; EPOC\'s long-term result cited in full), for colorectal cases only', () => {
    const path = [{ node: 'strategy', option: 'surgery-first' }] as const
    const notes = debriefNotes(makeCase(), path)
    const text = notes.map(n => n.text).join(' ')
    expect(text).toContain('severe AEs in approximately half of the patients')
    expect(text).toContain('It remains unclear whether chemotherapy improves OS')
    expect(notes.find(n => n.text.includes('No improvement of OS'))!.citation).toBe('Nordlinger B et al., Lancet Oncol 2013;14:1208–15')
    expect(debriefNotes(makeCase(), [{ node: 'strategy', option: 'chemo-first' }])).toEqual([])
    expect(debriefNotes(makeCase(breast()), path)).toEqual([])
  })
})

describe('the rules as data', () => {
  it('ids are unique, read from the ordered arrays (strategy, restaging, modality), each with a summary and the issue\'s label', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length)
    expect(RULE_IDS).toEqual([...RULES.strategy, ...RULES.restaging, ...RULES.modality].map(rule => rule.id))
    for (const group of ['strategy', 'restaging', 'modality'] as const) {
      for (const rule of rulesOf(group)) {
        expect(rule.id.startsWith(`${group}.`), rule.id).toBe(true)
        expect(rule.summary.length, rule.id).toBeGreaterThan(10)
        expect(rule.ref, rule.id).toMatch(/^[SCPM]\d{1,2}[a-d]?$/)
      }
    }
    expect(rulesOf('restaging').find(rule => rule.id === 'restaging.progression-exception')!.open).toBe(true)
    expect(rulesOf('restaging').find(rule => rule.id === 'restaging.tumour-control')!.open).toBe(false)
  })
  it('the last rule of each decision always matches, so every decision is graded', () => {
    for (const group of ['strategy', 'restaging', 'modality'] as const)
      expect(RULES[group].at(-1)!.ref).toMatch(/^(S10|P4|M10)$/)
  })
  it('a one-line rationale, a citation and a slide of the deck for every option of every node', () => {
    const files = [
      makeCase(), makeCase(synchronous()), makeCase(unfit()), makeCase(breast()),
      makeCase({ patient: { liver: liver(6, 40) } }), makeCase({ patient: { ceaNgPerMl: 250 }, course: course() }),
      makeCase({ patient: { liver: liver(4, 40) }, course: course({ completeResectionPossible: false, mdtConsensus: false }) }),
    ]
    const slides = new Set<string>(LECTURE_SLIDES)
    for (const file of files) {
      const routes = [{ viaNonSurgical: false, afterProgression: false }, { viaNonSurgical: true, afterProgression: false }, { viaNonSurgical: false, afterProgression: true }]
      const all = [strategyGrades(file), ...(file.patient.primarySite === 'breast' ? [] : [restagingGrades(file, 'firstLine'), restagingGrades(file, 'secondLine')]), ...routes.map(route => modalityGrades(file, route))]
      for (const option of all.flatMap(grades => grades.options)) {
        expect(option.rationale.length).toBeGreaterThan(10)
        expect(option.rationale).not.toContain('\n')
        expect(option.citation.length).toBeGreaterThan(5)
        expect(slides.has(option.slide), `${option.option}: ${option.slide}`).toBe(true)
      }
    }
  })
})

import { clocc } from '../../data/clocc'
import { collision } from '../../data/collision'
import { consensus2015 } from '../../data/consensus2015'
import { esmo2022 } from '../../data/esmo2022'
import { takeHome } from '../../data/takeHome'
import { vigano2012 } from '../../data/vigano2012'

/** What the facts read of a patient: the case schema's Patient has this shape (and more). */
export interface PatientFacts {
  primarySite?: 'colon' | 'rectum' | 'breast'
  extrahepaticSites: number
  liver: { count: number, largestMm: number, resectability: 'upfront' | 'marginal' | 'unresectable' }
  ceaNgPerMl?: number
}

type Patient = PatientFacts

// The facts the pathway reads off a patient, the thresholds they compare with (read from data/, never retyped)
// and the deck's readings of the lines the lecture leaves ambiguous, said to the learner in the lecture's words.

export const THRESHOLDS = {
  /** ESMO 2022: "1 to 5 metastatic lesions... occasionally more... if complete eradication is possible". */
  omdMaxLesions: esmo2022.definition.maxLesions,
  /** ESMO 2022: "Up to 2 metastatic sites", the liver read as one of them (reading `sites`). */
  omdMaxSites: esmo2022.definition.maxSites,
  maxExtrahepaticSites: esmo2022.definition.maxSites - 1,
  /** "Early recurrence (< 6 months)", "Late recurrence (> 6 months)": exactly 6 is open (reading `six-months`). */
  recurrenceMonths: consensus2015.earlyRecurrenceMonths,
  /** Viganò 2012: "> 3 metastases" and "Size ≥ 50 mm", or "CEA ≥ 200 ng/mL". */
  viganoMoreThanMetastases: vigano2012.moreThanMetastases,
  viganoSizeMm: vigano2012.sizeMm,
  viganoCeaNgPerMl: vigano2012.ceaNgPerMl,
  /** "Very limited" (take-home 2) read as COLLISION's limited burden "max 3 CRLM ≤ 3 cm", liver only. */
  veryLimitedMaxLesions: collision.design.limitedBurden.maxLesions,
  veryLimitedMaxMm: collision.design.limitedBurden.maxSizeCm * 10,
  /** Thermal ablation "max 2-3 cm": within its range up to 20 mm, at its edge up to 30 mm. */
  ablationWithinMm: clocc.ablationSizeLimitCm.min * 10,
  ablationEdgeMm: clocc.ablationSizeLimitCm.max * 10,
}

export const isBreast = (patient: Patient) => patient.primarySite === 'breast'

/** More metastatic sites than ESMO's "Up to 2", the liver counted as one. */
export const tooManySites = (patient: Patient) => patient.extrahepaticSites > THRESHOLDS.maxExtrahepaticSites

export const metastaticSites = (patient: Patient) => patient.extrahepaticSites + 1

/** Every lesion is at most `mm` (the largest decides). */
export const allWithin = (patient: Patient, mm: number) => patient.liver.largestMm <= mm

/** Take-home 2's "very limited CRLM", as this deck reads it: at most 3 lesions, all ≤ 30 mm, no extrahepatic site. */
export function isVeryLimited(patient: Patient): boolean {
  return patient.liver.count <= THRESHOLDS.veryLimitedMaxLesions
    && allWithin(patient, THRESHOLDS.veryLimitedMaxMm)
    && patient.extrahepaticSites === 0
}

export type RecurrenceTiming = 'early' | 'exactly' | 'late'

/** "< 6 months" is early, "> 6 months" late; exactly 6 is neither in the lecture's text. */
export function recurrenceTiming(monthsFromPrimaryResection: number): RecurrenceTiming {
  if (monthsFromPrimaryResection < THRESHOLDS.recurrenceMonths)
    return 'early'
  return monthsFromPrimaryResection === THRESHOLDS.recurrenceMonths ? 'exactly' : 'late'
}

/**
 * Viganò 2012, colorectal metastases only: resection is contraindicated with "> 3 and large (≥ 5 cm) metastases,
 * or whenever the CEA value is ≥ 200 ng/mL". The two size criteria count only together.
 */
export function viganoContraindication(patient: Pick<Patient, 'liver' | 'ceaNgPerMl' | 'primarySite'>): { contraindicated: boolean, reasons: string[] } {
  const reasons: string[] = []
  if (patient.primarySite === 'breast')
    return { contraindicated: false, reasons }
  const { count, largestMm } = patient.liver
  if (count > THRESHOLDS.viganoMoreThanMetastases && largestMm >= THRESHOLDS.viganoSizeMm)
    reasons.push(`${count} metastases with the largest ${largestMm} mm`)
  if (patient.ceaNgPerMl !== undefined && patient.ceaNgPerMl >= THRESHOLDS.viganoCeaNgPerMl)
    reasons.push(`CEA ${patient.ceaNgPerMl} ng/mL`)
  return { contraindicated: reasons.length > 0, reasons }
}

const [, sitesLine, primaryLine] = esmo2022.definition.criteria
const [lesionsLine] = esmo2022.definition.criteria
const T = THRESHOLDS

/** Where the deck reads an ambiguous line of the lecture one way: said in the feedback and on the pathway slide. */
export const READINGS = {
  'sites': `ESMO's "${sitesLine}": this deck reads the liver as one of the ${T.omdMaxSites} sites, so one extrahepatic site is allowed and two are not.`,
  'primary-controlled': `ESMO's "${primaryLine}": this deck reads "controlled" as resected, or in place and treatable with curative intent (e.g. resectable with the liver in one or two stages); a progressing primary, or one that cannot be treated locally, is not controlled.`,
  'occasionally-more': `ESMO's "${lesionsLine}", and the lecture's proposal to rely on resectability rather than counts: this deck grades more than ${T.omdMaxLesions} lesions by resectability, chemotherapy first.`,
  'six-months': `"${consensus2015.metachronous.early.printed}" and "${consensus2015.metachronous.late.printed}": this deck counts the months from resection of the primary (the lecture does not say) and leaves exactly ${T.recurrenceMonths} months open.`,
  'very-limited': `Take-home 2, "${takeHome.messages[1].split(' but ')[0]}": this deck reads "very limited" as COLLISION's limited burden, at most ${T.veryLimitedMaxLesions} lesions, all ≤ ${T.veryLimitedMaxMm} mm, with no extrahepatic site.`,
  'max-three': `COLLISION prints its limited burden as "${collision.design.limitedBurden.printed}" and as "< ${T.veryLimitedMaxLesions}, ≤ ${collision.design.limitedBurden.maxSizeCm}cm": this deck reads "at most ${T.veryLimitedMaxLesions}".`,
  'size-tiers': `Thermal ablation's "${clocc.ablationSizeLimitCm.printed}": this deck reads lesions up to ${T.ablationWithinMm} mm as within ablation's range, ${T.ablationWithinMm + 1}–${T.ablationEdgeMm} mm as at its edge, and larger ones as beyond it.`,
} as const

export type ReadingId = keyof typeof READINGS

import { addedEvidence } from '../../data/addedEvidence'
import { clocc } from '../../data/clocc'
import { collision } from '../../data/collision'
import { consensus2015 } from '../../data/consensus2015'
import { esmo2022 } from '../../data/esmo2022'
import { progressionInPlace } from '../../data/progressionInPlace'
import { sbrt2022 } from '../../data/sbrt2022'
import { takeHome } from '../../data/takeHome'
import { thermalAblation } from '../../data/thermalAblation'
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
  /** COLLISION's limited burden, "max 3 CRLM ≤ 3 cm" (reading `max-three`). */
  limitedBurdenMaxLesions: collision.design.limitedBurden.maxLesions,
  limitedBurdenMaxMm: collision.design.limitedBurden.maxSizeCm * 10,
  /** Take-home 2's "very limited CRLM", as this deck reads it: a single liver-only metastasis up to this size. */
  veryLimitedMaxMm: collision.design.limitedBurden.maxSizeCm * 10,
  /** Thermal ablation's "max 2-3 cm": within its range up to 20 mm, at its edge up to 30 mm (reading `size-tiers`). */
  ablationWithinMm: thermalAblation.sizeLimitCm.min * 10,
  ablationEdgeMm: thermalAblation.sizeLimitCm.max * 10,
  /** CLOCC's population (Ruers 2017, a public fact): fewer than this many metastases, no extrahepatic disease. */
  cloccFewerThanLesions: addedEvidence.ruers2017.fewerThanLesions,
  /** COLLISION's randomised population (van der Lei 2025, a public fact): up to this many metastases. */
  collisionMaxLesions: addedEvidence.vanDerLei2025.maxLesions,
}

const T = THRESHOLDS

export const isBreast = (patient: Patient) => patient.primarySite === 'breast'

/** More metastatic sites than ESMO's "Up to 2", the liver counted as one. */
export const tooManySites = (patient: Patient) => patient.extrahepaticSites > T.maxExtrahepaticSites

export const metastaticSites = (patient: Patient) => patient.extrahepaticSites + 1

/** Every lesion is at most `mm` (the largest decides). */
export const allWithin = (patient: Patient, mm: number) => patient.liver.largestMm <= mm

/** At most `count` lesions, every one at most `mm`. */
export const atMost = (patient: Patient, count: number, mm: number) => patient.liver.count <= count && allWithin(patient, mm)

/** Take-home 2's "very limited CRLM", as this deck reads it: a single liver-only metastasis up to 30 mm. */
export function isVeryLimited(patient: Patient): boolean {
  return patient.liver.count === 1 && allWithin(patient, T.veryLimitedMaxMm) && patient.extrahepaticSites === 0
}

/** COLLISION's limited burden with lesions within ablation's range: at most 3, all ≤ 20 mm, liver only. */
export function isSmallLimitedBurden(patient: Patient): boolean {
  return atMost(patient, T.limitedBurdenMaxLesions, T.ablationWithinMm) && patient.extrahepaticSites === 0
}

/** CLOCC's population (Ruers 2017): fewer than 10 metastases, no extrahepatic disease. CLOCC had no size criterion. */
export function isCloccPopulation(patient: Patient): boolean {
  return patient.liver.count < T.cloccFewerThanLesions && patient.extrahepaticSites === 0
}

/** CLOCC's population with every lesion ≤ 30 mm: the size cut is this deck's, from ablation's "max 2-3 cm" (reading `clocc-size`). */
export function isCloccAblatable(patient: Patient): boolean {
  return isCloccPopulation(patient) && allWithin(patient, T.ablationEdgeMm)
}

/** Why disease falls outside CLOCC's ablation as this deck offers it: CLOCC's own population, or the deck's size cut. */
export function outsideCloccWhy(patient: Patient): string {
  return isCloccPopulation(patient)
    ? `a lesion over ${T.ablationEdgeMm} mm, beyond this deck's cut for CLOCC's ablation`
    : `outside CLOCC's population (fewer than ${T.cloccFewerThanLesions}, no extrahepatic disease)`
}

/** Where the largest lesion sits against thermal ablation's "max 2-3 cm" (reading `size-tiers`), in words. */
export function ablationRangeWords(largestMm: number): string {
  const range = `thermal ablation's "${thermalAblation.sizeLimitCm.printed}"`
  return largestMm <= T.ablationWithinMm ? `every lesion within ${range}` : `the largest (${largestMm} mm) at the edge of ${range}`
}

export type RecurrenceTiming = 'early' | 'exactly' | 'late'

/** "< 6 months" is early, "> 6 months" late; exactly 6 is neither in the lecture's text. */
export function recurrenceTiming(monthsFromPrimaryResection: number): RecurrenceTiming {
  if (monthsFromPrimaryResection < T.recurrenceMonths)
    return 'early'
  return monthsFromPrimaryResection === T.recurrenceMonths ? 'exactly' : 'late'
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
  if (count > T.viganoMoreThanMetastases && largestMm >= T.viganoSizeMm)
    reasons.push(`${count} metastases with the largest ${largestMm} mm`)
  if (patient.ceaNgPerMl !== undefined && patient.ceaNgPerMl >= T.viganoCeaNgPerMl)
    reasons.push(`CEA ${patient.ceaNgPerMl} ng/mL`)
  return { contraindicated: reasons.length > 0, reasons }
}

const [lesionsLine, sitesLine, primaryLine] = esmo2022.definition.criteria
const [takeHomeChemo] = takeHome.messages[1].split(' but ')
const [, exceptionLine] = progressionInPlace.exception.split('Exception : ')
const [cloccArm] = clocc.design.split(' versus ')

/** Where the deck reads an ambiguous line of the lecture one way: said in the feedback and on the pathway slide. */
export const READINGS = {
  'sites': `ESMO's "${sitesLine}": this deck reads the liver as one of the ${T.omdMaxSites} sites, so one extrahepatic site is allowed and two are not.`,
  'primary-controlled': `ESMO's "${primaryLine}": this deck reads "controlled" as resected, or in place and treatable locally together with the liver (e.g. resectable with it in one or two stages); a progressing primary, or one that cannot be treated locally, is not controlled.`,
  'occasionally-more': `ESMO's "${lesionsLine}", and the lecture's proposal to rely on resectability rather than counts: this deck grades more than ${T.omdMaxLesions} resectable or marginal lesions in a fit patient by resectability, chemotherapy first.`,
  'six-months': `"${consensus2015.metachronous.early.printed}" and "${consensus2015.metachronous.late.printed}": this deck counts the months from resection of the primary (the lecture does not say) and leaves exactly ${T.recurrenceMonths} months open.`,
  'early-order': `"${consensus2015.metachronous.early.printed}: ${consensus2015.metachronous.early.treatment}" gives no order: this deck reads chemotherapy first, and grades surgery first acceptable when the disease is upfront resectable.`,
  'very-limited': `Take-home 2, "${takeHomeChemo}": this deck reads "very limited CRLM" as a single liver-only metastasis up to ${T.veryLimitedMaxMm} mm, its own cut, beside the lecture's slides on single metachronous metastases.`,
  'max-three': `COLLISION prints its limited burden as "${collision.design.limitedBurden.printed}" and as "< ${T.limitedBurdenMaxLesions}, ≤ ${collision.design.limitedBurden.maxSizeCm}cm": this deck reads it as at most ${T.limitedBurdenMaxLesions}.`,
  'size-tiers': `Thermal ablation's "${thermalAblation.sizeLimitCm.printed}": this deck reads lesions up to ${T.ablationWithinMm} mm as within ablation's range, ${T.ablationWithinMm + 1}–${T.ablationEdgeMm} mm as at its edge, and larger ones as beyond it.`,
  'clocc-size': `CLOCC (${addedEvidence.ruers2017.citation}) took fewer than ${T.cloccFewerThanLesions} metastases, no extrahepatic disease, and no size criterion: this deck offers its "${cloccArm}" to disease still not resectable only if every lesion is ≤ ${T.ablationEdgeMm} mm, its own cut from ablation's "${thermalAblation.sizeLimitCm.printed}".`,
  'breast-extrapolation': `All of the lecture's ablation evidence is colorectal and its SBRT slide is general ("${sbrt2022.conclusion}"): this deck offers non-surgical local treatment of breast-cancer metastases only as an extrapolation from them, and says so.`,
  'optimal-therapy': `The exception, "${exceptionLine}": this deck reads "progression despite optimal therapy" as progression on two lines, and "unlikely to obtain a response" as progression on both.`,
  'unresectable-first': `The lecture names "${esmo2022.categories[2].label}" among its "usual ${esmo2022.categories.length} categories of patients" and gives no rule for it: this deck reads chemotherapy first, restaging asking whether the disease has become resectable.`,
  'latest-figures': `After chemotherapy, this deck grades on the figures the latest restaging measured (the count, the largest size, the CEA), which its screen shows; Viganò's criteria it reads on the presentation's figures, as the lecture does not say when they are measured.`,
  'further-line': `"${progressionInPlace.controlFirst}": after progression on a second line, this deck reads the way forward without surgery as a further line of chemotherapy; the case ends there.`,
} as const

export type ReadingId = keyof typeof READINGS

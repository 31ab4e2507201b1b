import type { CaseFile } from './schema'
import type { DecisionExtras, Line, NodeGrades, Rule, Table } from './grading'
import type { StrategyOption } from './ids'
import { consensus2015 } from '../../data/consensus2015'
import { esmo2022 } from '../../data/esmo2022'
import { preopChemotherapy } from '../../data/preopChemotherapy'
import { ruiz2018 } from '../../data/ruiz2018'
import { sbrt2022 } from '../../data/sbrt2022'
import { takeHome } from '../../data/takeHome'
import { thermalAblation } from '../../data/thermalAblation'
import {
  ablationRangeWords,
  allWithin,
  atMost,
  isBreast,
  isCloccAblatable,
  isSmallLimitedBurden,
  isVeryLimited,
  metastaticSites,
  outsideCloccWhy,
  recurrenceTiming,
  THRESHOLDS,
  tooManySites,
} from '../../lib/clinical/facts'
import { gradeNode, lesions } from './grading'
import { STRATEGY_OPTIONS } from './ids'
import { MissingCaseFact } from './missingFact'

// The first decision: the strategy at presentation, issue #23's rules S1–S10 in the order they are tried.

const T = THRESHOLDS
const [lesionsLine, sitesLine, primaryLine, treatableLine] = esmo2022.definition.criteria
const [takeHomeChemo] = takeHome.messages[1].split(' but ')
const objective = takeHome.messages[2]
const notCurative = takeHome.messages[5]
const ablationEquivalent = takeHome.messages[4]
const [, sbrtPlace] = sbrt2022.conclusion.split('...')
const early = `${consensus2015.metachronous.early.printed}: ${consensus2015.metachronous.early.treatment}`
const late = `${consensus2015.metachronous.late.printed} : ${consensus2015.metachronous.late.treatment}`

type S = StrategyOption
type StrategyRule = Rule<CaseFile, S>

const months = (file: CaseFile) => {
  const value = file.patient.monthsFromPrimaryResection
  if (value === undefined)
    throw new MissingCaseFact('patient.monthsFromPrimaryResection', 'the presentation is metachronous')
  return value
}
const isMetachronous = (file: CaseFile) => file.presentation === 'metachronous'
const timing = (file: CaseFile) => recurrenceTiming(months(file))
const upfront = (file: CaseFile) => file.patient.liver.resectability === 'upfront'
/** Small lesions in an unfit patient: the local option graded best is ablation, which take-home 5 does not call non-curative. */
const systemicAloneSmall: Line = [`Acceptable: systemic therapy alone, but "${ablationEquivalent}" (take-home 5), and SBRT is an option for inoperable patients.`, 'take-home']
const unfitLine: Line = [`Unfit for surgery (the case): no resection; SBRT is "${sbrtPlace}".`, 'sbrt-comment']

/** Unfit, more than 5 lesions, a local treatment upfront: inside CLOCC's population its arm gave the ablation with chemotherapy. */
function unfitManyLocal(file: CaseFile): Line {
  const { count } = file.patient.liver
  if (!isBreast(file.patient) && isCloccAblatable(file.patient))
    return [`${lesions(count)} and no resection possible: CLOCC gave the ablation with chemotherapy ("ChT plus RFA"); systemic treatment first.`, 'clocc']
  return [`${lesions(count)}: too many to treat all of them locally ("${lesionsLine}"), ${outsideCloccWhy(file.patient)}.`, 'esmo2022-definition']
}
const size = (file: CaseFile) => `${lesions(file.patient.liver.count)}, largest ${file.patient.liver.largestMm} mm`

/**
 * Synchronous, "very limited CRLM": take-home 2 spares it neoadjuvant chemotherapy, the synchronous line ("even for
 * limited disease") does not. The deck keeps the more specific line best and says so.
 */
function synchronousVeryLimited(file: CaseFile): Line {
  return [`Acceptable: a single liver-only ${file.patient.liver.largestMm} mm metastasis, "very limited CRLM" as this deck reads take-home 2 ("${takeHomeChemo}"); the synchronous line is the more specific, so this deck keeps chemotherapy first best.`, 'take-home']
}

/** S9's grade of percutaneous ablation (non-surgical-local) for an upfront resectable late recurrence. */
function ablationAtStrategy(file: CaseFile): { grade: 'best' | 'acceptable' | 'incorrect', line: Line } {
  const p = file.patient
  if (isSmallLimitedBurden(p))
    return { grade: 'best', line: [`${size(file)}, liver only: "If limited disease burden (max 3 CRLM ≤ 3 cm) consider percutaneous / laparoscopic approach", within ablation's range.`, 'collision-design'] }
  if (atMost(p, T.limitedBurdenMaxLesions, T.limitedBurdenMaxMm))
    return { grade: 'acceptable', line: [`Acceptable: ${size(file)}, a limited burden ("max 3 CRLM ≤ 3 cm"), but at the edge of ablation's range or not liver only.`, 'collision-design'] }
  return { grade: 'incorrect', line: [`${size(file)}: beyond COLLISION's limited burden, "max 3 CRLM ≤ 3 cm"; surgery or chemotherapy first.`, 'collision-design'] }
}

/** S9's table for an upfront resectable late recurrence, before S10 adds chemotherapy first to best. */
function lateUpfrontTable(file: CaseFile): Table<S> {
  const ablation = ablationAtStrategy(file)
  const veryLimited = isVeryLimited(file.patient)
  const best: S[] = veryLimited ? ['surgery-first'] : ['surgery-first', 'chemo-first']
  const acceptable: S[] = veryLimited ? ['chemo-first'] : []
  if (ablation.grade !== 'incorrect')
    (ablation.grade === 'best' ? best : acceptable).push('non-surgical-local')
  return {
    best,
    acceptable,
    open: veryLimited ? undefined : `"${late}" against take-home 2, "${takeHomeChemo}": the lecture leaves it open, so surgery first and chemotherapy first are both graded best.`,
    readings: ['very-limited', 'max-three', 'size-tiers'],
    lines: {
      'surgery-first': [`${size(file)}, upfront resectable, ${months(file)} months after resection of the primary: "${late}".`, 'metachronous'],
      'chemo-first': veryLimited
        ? [`Acceptable: "${takeHomeChemo}", and a single small liver-only metastasis is very limited.`, 'take-home']
        : [`Not very limited (${size(file)}${file.patient.extrahepaticSites > 0 ? ', an extrahepatic site' : ''}): "${takeHomeChemo}".`, 'take-home'],
      'systemic-only': ['Resectable disease in a fit patient: "surgery remains the standard and best (potentially) curative treatment approach".', 'esmo2022-surgery'],
      'non-surgical-local': ablation.line,
    },
  }
}

/** S8–S10 only: upfront resectable counts. */
const sortedBest = (options: readonly S[]) => STRATEGY_OPTIONS.filter(option => options.includes(option))

export const STRATEGY_RULES = [
  {
    id: 'strategy.too-many-sites',
    ref: 'S1',
    open: false,
    summary: `more than one extrahepatic site → systemic therapy (chemotherapy first acceptable)`,
    when: file => tooManySites(file.patient),
    table: (file) => {
      const why = `${metastaticSites(file.patient)} metastatic sites, the liver included`
      return {
        best: ['systemic-only'],
        acceptable: ['chemo-first'],
        readings: ['sites'],
        lines: {
          'systemic-only': [`${why}: more than ESMO's "${sitesLine}"; systemic therapy.`, 'esmo2022-definition'],
          'chemo-first': [`Acceptable: systemic treatment either way; a local plan would need "${treatableLine}".`, 'esmo2022-definition'],
          'surgery-first': [`${why}: a liver resection leaves the other sites untreated ("${treatableLine}").`, 'esmo2022-definition'],
          'non-surgical-local': [`${why}: a liver-directed treatment leaves the other sites untreated ("${treatableLine}").`, 'esmo2022-definition'],
        },
      }
    },
  },
  {
    id: 'strategy.primary-not-controlled',
    ref: 'S2',
    open: false,
    summary: 'primary not controlled → systemic therapy (chemotherapy first acceptable)',
    when: file => !file.patient.primaryControlled,
    table: () => ({
      best: ['systemic-only'],
      acceptable: ['chemo-first'],
      readings: ['primary-controlled'],
      lines: {
        'systemic-only': [`The primary is not controlled (ESMO: "${primaryLine}"): systemic therapy.`, 'esmo2022-definition'],
        'chemo-first': [`Acceptable: chemotherapy first; a local plan only if the primary comes under control ("${primaryLine}").`, 'esmo2022-definition'],
        'surgery-first': [`With the primary not controlled ("${primaryLine}"), a liver resection cannot treat all the disease.`, 'esmo2022-definition'],
        'non-surgical-local': [`With the primary not controlled ("${primaryLine}"), a liver-directed treatment leaves disease untreated.`, 'esmo2022-definition'],
      },
    }),
  },
  {
    id: 'strategy.breast-unfit',
    ref: 'S3a',
    open: false,
    summary: `breast, unfit → systemic therapy (chemotherapy first acceptable; non-surgical local acceptable for ≤ ${T.omdMaxLesions} lesions, SBRT having no size limit in the lecture)`,
    when: file => isBreast(file.patient) && !file.patient.fitForSurgery,
    table: (file) => {
      const local = file.patient.liver.count <= T.omdMaxLesions
      return {
        best: ['systemic-only'],
        acceptable: local ? ['chemo-first', 'non-surgical-local'] : ['chemo-first'],
        readings: ['breast-extrapolation'],
        lines: {
          'systemic-only': ['Breast cancer, unfit for surgery: systemic therapy; liver surgery is for "highly selected patients".', 'breast-selected'],
          'chemo-first': ['Acceptable: systemic treatment first, and restaging decides whether a local treatment can be discussed.', 'breast-selected'],
          'surgery-first': unfitLine,
          'non-surgical-local': local
            ? [`Acceptable, as an extrapolation (${size(file)}): SBRT, "${sbrtPlace}"; the lecture's SBRT evidence is not specific to breast cancer.`, 'sbrt-comment']
            : [`${lesions(file.patient.liver.count)}: more than ESMO's "${lesionsLine}"; systemic therapy.`, 'esmo2022-definition'],
        },
      }
    },
  },
  {
    id: 'strategy.breast-extensive',
    ref: 'S3b',
    open: false,
    summary: `breast, more than ${T.omdMaxLesions} lesions or definitely unresectable → systemic therapy (chemotherapy first acceptable)`,
    when: file => isBreast(file.patient) && (file.patient.liver.count > T.omdMaxLesions || file.patient.liver.resectability === 'unresectable'),
    table: (file) => {
      const why = file.patient.liver.resectability === 'unresectable' ? 'definitely unresectable' : lesions(file.patient.liver.count)
      return {
        best: ['systemic-only'],
        acceptable: ['chemo-first'],
        lines: {
          'systemic-only': [`Breast cancer, ${why}: systemic therapy; surgery is for "highly selected patients".`, 'breast-selected'],
          'chemo-first': ['Acceptable: chemotherapy first, and restaging decides whether a resection has become possible.', 'breast-selected'],
          'surgery-first': [`Breast cancer, ${why}: surgery upfront is not for these "highly selected patients".`, 'breast-selected'],
          'non-surgical-local': [`Breast cancer, ${why}: no local treatment can treat all of it; systemic therapy.`, 'breast-selected'],
        },
      }
    },
  },
  {
    id: 'strategy.breast-extrahepatic',
    ref: 'S3c',
    open: true,
    summary: 'breast with an extrahepatic site → systemic therapy or chemotherapy first (surgery first acceptable)',
    when: file => isBreast(file.patient) && file.patient.extrahepaticSites > 0,
    table: () => ({
      best: ['chemo-first', 'systemic-only'],
      acceptable: ['surgery-first'],
      open: 'An extrahepatic site: with bone metastases the lecture prints a "2.324-fold higher risk of death" (Mariani 2013), a prognostic factor it does not make a contraindication, and gives no rule. Systemic therapy only and chemotherapy first are both graded best; surgery first, the extrahepatic site treated on its own, is acceptable.',
      readings: ['sites', 'breast-extrapolation'],
      lines: {
        'systemic-only': ['Breast cancer with an extrahepatic site: systemic therapy, surgery being for "highly selected patients".', 'breast-selected'],
        'chemo-first': ['Breast cancer with an extrahepatic site: chemotherapy first, then restaging decides on the liver.', 'breast-selected'],
        'surgery-first': ['Acceptable: liver surgery first, the extrahepatic site treated on its own; with bone metastases the lecture prints a "2.324-fold higher risk of death" (Mariani 2013), a prognostic factor, not a contraindication.', 'breast-selected'],
        // Not Mariani's: the deck's own choice not to stack its colorectal extrapolation on an extrahepatic site.
        'non-surgical-local': ['An extrahepatic site, and a non-surgical liver treatment in breast cancer is only an extrapolation from colorectal evidence: this deck reads systemic treatment first.', 'thermal-ablation'],
      },
    }),
  },
  {
    id: 'strategy.breast-liver-only',
    ref: 'S3d',
    open: true,
    summary: `breast, liver only → surgery first or chemotherapy first (systemic only acceptable; non-surgical local acceptable if all ≤ ${T.ablationEdgeMm} mm)`,
    when: file => isBreast(file.patient),
    table: (file) => {
      const local = allWithin(file.patient, T.ablationEdgeMm)
      return {
        best: ['surgery-first', 'chemo-first'],
        acceptable: local ? ['systemic-only', 'non-surgical-local'] : ['systemic-only'],
        open: `"${ruiz2018.conclusion}" (Ruiz 2018), in "highly selected patients" (Mariani 2013): the lecture gives no order, so surgery first and chemotherapy first are both graded best.`,
        readings: local ? ['breast-extrapolation'] : [],
        lines: {
          'surgery-first': ['Liver-only breast-cancer metastases in a fit patient: resection, combined to systemic treatment.', 'breast-surgery'],
          'chemo-first': ['Systemic treatment first, then resection: surgery combined to systemic treatment.', 'breast-surgery'],
          'systemic-only': [`Acceptable, but "${ruiz2018.conclusion}".`, 'breast-surgery'],
          'non-surgical-local': local
            ? [`Acceptable, as an extrapolation: ${ablationRangeWords(file.patient.liver.largestMm)}, evidence the lecture gives for colorectal metastases only.`, 'thermal-ablation']
            : [`Largest ${file.patient.liver.largestMm} mm: beyond thermal ablation's "${thermalAblation.sizeLimitCm.printed}"; surgery.`, 'thermal-ablation'],
        },
      }
    },
  },
  {
    id: 'strategy.unfit-extensive',
    ref: 'S4a',
    open: false,
    summary: `unfit, more than ${T.omdMaxLesions} lesions → systemic therapy (chemotherapy first acceptable)`,
    when: file => !file.patient.fitForSurgery && file.patient.liver.count > T.omdMaxLesions,
    table: (file) => {
      const { count } = file.patient.liver
      return {
        best: ['systemic-only'],
        acceptable: ['chemo-first'],
        lines: {
          'systemic-only': [`Unfit, ${lesions(count)}: more than ESMO's "${lesionsLine}", and no resection can make eradication complete; systemic therapy.`, 'esmo2022-definition'],
          'chemo-first': ['Acceptable: systemic treatment either way; restaging shows what it has achieved.', 'esmo2022-definition'],
          'surgery-first': unfitLine,
          'non-surgical-local': unfitManyLocal(file),
        },
      }
    },
  },
  {
    id: 'strategy.unfit-small-chemotherapy-first',
    ref: 'S4b',
    open: true,
    summary: `unfit, at most ${T.omdMaxLesions} lesions all ≤ ${T.ablationEdgeMm} mm, synchronous, within ${T.recurrenceMonths} months or 4–${T.omdMaxLesions} lesions → non-surgical local or chemotherapy first`,
    when: file => !file.patient.fitForSurgery && allWithin(file.patient, T.ablationEdgeMm) && chemotherapyFirstAnyway(file) !== null,
    table: (file) => {
      const [why, line] = chemotherapyFirstAnyway(file)!
      return {
        best: ['chemo-first', 'non-surgical-local'],
        acceptable: ['systemic-only'],
        open: `Unfit, but ${why}: the lecture's reason for chemotherapy first does not depend on fitness, and SBRT is "${sbrtPlace}": both are graded best.`,
        readings: ['size-tiers'],
        lines: {
          'non-surgical-local': [`Unfit, ${size(file)}: a non-surgical local treatment, SBRT being "${sbrtPlace}".`, 'sbrt-comment'],
          'chemo-first': line,
          'systemic-only': systemicAloneSmall,
          'surgery-first': unfitLine,
        },
      }
    },
  },
  {
    id: 'strategy.unfit-small',
    ref: 'S4b',
    open: false,
    summary: `unfit, at most ${T.omdMaxLesions} lesions all ≤ ${T.ablationEdgeMm} mm otherwise → non-surgical local (chemotherapy first and systemic only acceptable)`,
    when: file => !file.patient.fitForSurgery && allWithin(file.patient, T.ablationEdgeMm),
    table: file => ({
      best: ['non-surgical-local'],
      acceptable: ['chemo-first', 'systemic-only'],
      readings: ['size-tiers'],
      lines: {
        'non-surgical-local': [`Unfit, ${size(file)}: a non-surgical local treatment, SBRT being "${sbrtPlace}".`, 'sbrt-comment'],
        'chemo-first': ['Acceptable: CLOCC gave "ChT plus RFA ± surgical resection", chemotherapy beside the ablation.', 'clocc'],
        'systemic-only': systemicAloneSmall,
        'surgery-first': unfitLine,
      },
    }),
  },
  {
    id: 'strategy.unfit-large',
    ref: 'S4c',
    open: true,
    summary: `unfit, at most ${T.omdMaxLesions} lesions, one over ${T.ablationEdgeMm} mm → non-surgical local (SBRT) or systemic therapy (chemotherapy first acceptable)`,
    when: file => !file.patient.fitForSurgery,
    table: file => ({
      best: ['systemic-only', 'non-surgical-local'],
      acceptable: ['chemo-first'],
      open: `Unfit, with a lesion over ${T.ablationEdgeMm} mm: SBRT is "${sbrtPlace}", but "${notCurative}" (take-home 6): the lecture leaves it open, so SBRT and systemic therapy are both graded best.`,
      readings: ['size-tiers'],
      lines: {
        'non-surgical-local': [`Unfit, ${size(file)}: SBRT, "${sbrtPlace}".`, 'sbrt-comment'],
        'systemic-only': [`Systemic therapy: SBRT and the other local options are "${notCurative}".`, 'take-home'],
        'chemo-first': ['Acceptable: systemic treatment first, and restaging decides on a local treatment.', 'sbrt-comment'],
        'surgery-first': unfitLine,
      },
    }),
  },
  {
    id: 'strategy.unresectable',
    ref: 'S5',
    open: false,
    summary: 'definitely unresectable, fit → chemotherapy first, restaging asks whether it has become resectable (systemic only acceptable)',
    when: file => file.patient.liver.resectability === 'unresectable',
    table: () => ({
      best: ['chemo-first'],
      acceptable: ['systemic-only'],
      readings: ['unresectable-first'],
      lines: {
        'chemo-first': ['Definitely unresectable, one of the lecture\'s "usual 3 categories of patients", for which it gives no rule: this deck reads chemotherapy first, restaging asking whether the disease has become resectable.', 'three-categories'],
        'systemic-only': ['Acceptable: systemic therapy, though a response may make the disease resectable: restaging decides.', 'three-categories'],
        'surgery-first': [`Definitely unresectable: surgery upfront cannot be complete ("${treatableLine}").`, 'esmo2022-definition'],
        'non-surgical-local': [`Definitely unresectable: a local treatment upfront cannot treat it all ("${treatableLine}").`, 'esmo2022-definition'],
      },
    }),
  },
  {
    id: 'strategy.more-than-five',
    ref: 'S6',
    open: false,
    summary: `more than ${T.omdMaxLesions} lesions, fit, resectable or marginal → chemotherapy first (surgery first acceptable if upfront resectable and ${T.recurrenceMonths} months or more)`,
    when: file => file.patient.liver.count > T.omdMaxLesions,
    table: (file) => {
      const surgeryAcceptable = upfront(file) && isMetachronous(file) && months(file) >= T.recurrenceMonths
      return {
        best: ['chemo-first'],
        acceptable: surgeryAcceptable ? ['surgery-first'] : [],
        readings: ['occasionally-more'],
        lines: {
          'chemo-first': [`${size(file)}: "${preopChemotherapy.message}"; chemotherapy first.`, 'preop-chemotherapy'],
          'surgery-first': surgeryAcceptable
            ? [`Acceptable: upfront resectable and late, but "${takeHomeChemo}", and ${lesions(file.patient.liver.count)} are not very limited.`, 'take-home']
            : [`${size(file)}${upfront(file) ? ', an early or synchronous presentation' : ', marginally resectable'}: "${takeHomeChemo}"; chemotherapy first.`, 'take-home'],
          'systemic-only': [`Resectable or marginal disease in a fit patient: "${objective}"; chemotherapy, then surgery.`, 'take-home'],
          'non-surgical-local': [`${lesions(file.patient.liver.count)}: more than COLLISION's limited burden, "max 3 CRLM ≤ 3 cm"; chemotherapy, then surgery.`, 'collision-design'],
        },
      }
    },
  },
  {
    id: 'strategy.synchronous',
    ref: 'S7',
    open: false,
    summary: `synchronous → chemotherapy first, "even for limited disease" (surgery first acceptable for "very limited CRLM": a single liver-only lesion ≤ ${T.veryLimitedMaxMm} mm)`,
    when: file => file.presentation === 'synchronous',
    table: (file) => {
      const inPlace = file.patient.primaryInPlace !== false
      const veryLimited = isVeryLimited(file.patient)
      return {
        best: ['chemo-first'],
        acceptable: veryLimited ? ['surgery-first'] : [],
        readings: veryLimited ? ['very-limited'] : [],
        lines: {
          'chemo-first': ['Synchronous: "even for limited disease", short chemotherapy first, the "test of time".', 'consensus2015'],
          'surgery-first': veryLimited ? synchronousVeryLimited(file) : ['Synchronous: surgery first skips the "test of time"; chemotherapy comes first "even for limited disease".', 'consensus2015'],
          'systemic-only': inPlace
            ? ['Synchronous, primary controlled: chemotherapy, then "one or two stage surgery (Liver + Colon) in case of tumor control by chemotherapy".', 'consensus2015']
            : ['Synchronous, the primary already resected: chemotherapy, then the liver "in case of tumor control by chemotherapy".', 'consensus2015'],
          'non-surgical-local': inPlace
            ? ['Synchronous, fit: chemotherapy, then "one or two stage surgery (Liver + Colon)".', 'consensus2015']
            : ['Synchronous, fit: short chemotherapy first, the "test of time", then surgery.', 'consensus2015'],
        },
      }
    },
  },
  {
    id: 'strategy.early-metachronous',
    ref: 'S8',
    open: false,
    summary: `recurrence before ${T.recurrenceMonths} months → chemotherapy first (surgery first acceptable if upfront resectable; ablation acceptable for ≤ ${T.limitedBurdenMaxLesions} lesions all ≤ ${T.ablationEdgeMm} mm)`,
    when: file => timing(file) === 'early',
    table: (file) => {
      const resectable = upfront(file)
      const ablation = resectable && atMost(file.patient, T.limitedBurdenMaxLesions, T.ablationEdgeMm)
      const acceptable: S[] = [...(resectable ? ['surgery-first' as const] : []), ...(ablation ? ['non-surgical-local' as const] : [])]
      return {
        best: ['chemo-first'],
        acceptable,
        readings: ['six-months', 'early-order', ...(ablation ? ['max-three' as const, 'size-tiers' as const] : [])],
        lines: {
          'chemo-first': [`${months(file)} months: "${early}", chemotherapy first.`, 'metachronous'],
          'surgery-first': resectable
            ? [`Acceptable: "${early}" gives no order; this deck reads chemotherapy first.`, 'metachronous']
            : [`${months(file)} months and marginally resectable: "${early}", chemotherapy first.`, 'metachronous'],
          'systemic-only': [`${months(file)} months, a fit patient: "${early}"; the aim is surgery, not systemic therapy alone.`, 'metachronous'],
          'non-surgical-local': ablation
            ? [`Acceptable: ${size(file)}, a limited burden ("max 3 CRLM ≤ 3 cm"); chemotherapy first is this deck's reading of an early recurrence.`, 'collision-design']
            : [`${size(file)}${resectable ? '' : ', marginally resectable'}: not COLLISION's limited burden ("max 3 CRLM ≤ 3 cm"); chemotherapy, then surgery.`, 'collision-design'],
        },
      }
    },
  },
  {
    id: 'strategy.late-marginal',
    ref: 'S9',
    open: false,
    summary: `${T.recurrenceMonths} months or later, marginally resectable → chemotherapy first`,
    when: file => file.patient.liver.resectability === 'marginal',
    table: file => ({
      best: ['chemo-first'],
      readings: timing(file) === 'exactly' ? ['six-months'] : [],
      lines: {
        'chemo-first': [`Marginally resectable: "${takeHomeChemo}"; chemotherapy first.`, 'take-home'],
        'surgery-first': [`Marginally resectable: surgery upfront is for "easy-to-resect LM" ("${late}").`, 'metachronous'],
        'systemic-only': [`Potentially resectable in a fit patient: "${objective}"; chemotherapy, then surgery.`, 'take-home'],
        'non-surgical-local': ['Marginally resectable: not COLLISION\'s limited burden ("max 3 CRLM ≤ 3 cm"); chemotherapy, then surgery.', 'collision-design'],
      },
    }),
  },
  {
    id: 'strategy.late-very-limited',
    ref: 'S9a',
    open: false,
    summary: `after ${T.recurrenceMonths} months, a single liver-only lesion ≤ ${T.veryLimitedMaxMm} mm → surgery first (chemotherapy first acceptable; ablation best ≤ ${T.ablationWithinMm} mm, acceptable to ${T.ablationEdgeMm} mm)`,
    when: file => timing(file) === 'late' && isVeryLimited(file.patient),
    table: lateUpfrontTable,
  },
  {
    id: 'strategy.late-upfront',
    ref: 'S9b',
    open: true,
    summary: `after ${T.recurrenceMonths} months, upfront resectable otherwise → surgery first or chemotherapy first (ablation best for ≤ ${T.limitedBurdenMaxLesions} liver-only lesions all ≤ ${T.ablationWithinMm} mm)`,
    when: file => timing(file) === 'late',
    table: lateUpfrontTable,
  },
  {
    id: 'strategy.six-months',
    ref: 'S10',
    open: true,
    summary: `exactly ${T.recurrenceMonths} months → the late grades, chemotherapy first also best`,
    when: () => true,
    table: (file) => {
      const lateGrades = lateUpfrontTable(file)
      const lateBest = lateGrades.best.filter(option => option !== 'chemo-first')
      const words: Record<S, string> = { 'surgery-first': 'surgery first', 'non-surgical-local': 'percutaneous ablation', 'chemo-first': 'chemotherapy first', 'systemic-only': 'systemic therapy only' }
      return {
        ...lateGrades,
        best: sortedBest([...lateGrades.best, 'chemo-first']),
        acceptable: (lateGrades.acceptable ?? []).filter(option => option !== 'chemo-first'),
        open: `Exactly ${T.recurrenceMonths} months is neither "${early}" nor "${late}": the lecture leaves it open, so chemotherapy first (the early reading) and ${lateBest.map(option => words[option]).join(' or ')} (the late reading) are all graded best.`,
        readings: ['six-months', ...(lateGrades.readings ?? [])],
        lines: { ...lateGrades.lines, 'chemo-first': [`Exactly ${T.recurrenceMonths} months, read as early: "${early}", chemotherapy first.`, 'metachronous'] },
      }
    },
  },
] as const satisfies readonly StrategyRule[]

/**
 * S4b: an unfit patient whose presentation calls for chemotherapy first whatever the fitness (the "test of time",
 * an early recurrence, or 4–5 lesions, "usually indicated"): the reason, and chemotherapy first's line. Null otherwise.
 */
function chemotherapyFirstAnyway(file: CaseFile): [why: string, line: Line] | null {
  if (file.presentation === 'synchronous')
    return ['synchronous', ['Synchronous: short chemotherapy first, the "test of time", "even for limited disease".', 'consensus2015']]
  if (months(file) <= T.recurrenceMonths)
    return [`a recurrence at ${months(file)} months`, [`${months(file)} months: "${early}", chemotherapy first.`, 'metachronous']]
  if (file.patient.liver.count > T.limitedBurdenMaxLesions)
    return [`${lesions(file.patient.liver.count)}`, [`${lesions(file.patient.liver.count)}: "${takeHomeChemo}", and this disease is not very limited.`, 'take-home']]
  return null
}

/** The three factors the lecture gives for a metachronous recurrence, and what this case says of each. */
function metachronousFactors(file: CaseFile): Line[] {
  const p = file.patient
  if (!isMetachronous(file) || isBreast(p))
    return []
  const factors = consensus2015.metachronous.dependsOn
  return [[
    `Metachronous: "depends on ${factors[0]}, ${factors[1]} and ${factors[2]}". This case gives the ${factors[0]} (${p.monthsFromPrimaryResection} months after resection of the primary) and the ${factors[1]} (${p.adjuvantChemotherapy ? 'yes' : 'none'}); the ${factors[2]} is not stated beyond the count, size and CEA.`,
    'metachronous',
  ]]
}

/**
 * A colorectal CEA at Viganò's threshold at presentation: the lecture gives no rule before chemotherapy, but an upfront
 * local option must not read as if the CEA did not count (it contraindicates resection once on chemotherapy).
 */
function ceaRemarks(file: CaseFile): Line[] {
  const cea = file.patient.ceaNgPerMl
  if (isBreast(file.patient) || cea === undefined || cea < T.viganoCeaNgPerMl)
    return []
  return [
    [`CEA ${cea} ng/mL: a sign of the "${consensus2015.metachronous.dependsOn[2]}" the lecture's metachronous line counts; chemotherapy first gives the disease a test of time.`, 'metachronous'],
    [`On chemotherapy this CEA would contraindicate resection, "whenever the CEA value is ≥ ${T.viganoCeaNgPerMl} ng/mL, for whom further chemotherapy is recommended" (Viganò 2012); the lecture gives no rule before chemotherapy.`, 'vigano2012'],
  ]
}

/** With an extrahepatic site, a local route treats the liver only: said beside every local option's rationale. */
export function extrahepaticRemark(file: CaseFile): Line[] {
  const n = file.patient.extrahepaticSites
  if (n === 0)
    return []
  return [[`${n === 1 ? 'The extrahepatic site needs' : `The ${n} extrahepatic sites need`} its own treatment too: "${treatableLine}".`, 'esmo2022-definition']]
}

export function strategyGrades(file: CaseFile): NodeGrades {
  const extras: DecisionExtras<S> = {
    remarks: { 'surgery-first': [...extrahepaticRemark(file), ...ceaRemarks(file)], 'non-surgical-local': [...extrahepaticRemark(file), ...ceaRemarks(file)] },
    notes: metachronousFactors(file),
  }
  return gradeNode('strategy', STRATEGY_OPTIONS, STRATEGY_RULES, file, extras)
}

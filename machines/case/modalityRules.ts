import type { CaseFile, Patient } from './schema'
import type { ChemotherapyLine, FiguresAt } from './figures'
import type { Line, NodeGrades, Rule } from './grading'
import type { ModalityOption } from './ids'
import type { ReadingId } from '../../lib/clinical/facts'
import { collision } from '../../data/collision'
import { esmo2022 } from '../../data/esmo2022'
import { ruiz2018 } from '../../data/ruiz2018'
import { sbrt2022 } from '../../data/sbrt2022'
import { thermalAblation } from '../../data/thermalAblation'
import { ablationRangeWords, allWithin, atMost, isBreast, isCloccAblatable, isCloccPopulation, metastaticSites, THRESHOLDS, tooManySites } from '../../lib/clinical/facts'
import { gradeNode, lesions } from './grading'
import { MODALITY_OPTIONS, SYNCHRONOUS_MODALITY_OPTIONS } from './ids'
import { figuresAt, patientAt } from './figures'
import { extrahepaticRemark } from './strategyRules'

// The local treatment: issue #23's rules M1–M10 in the order they are tried. The grade depends on the route that
// led here (the non-surgical strategy, a local treatment chosen after progression), so the facts carry it.

export interface ModalityRoute {
  /** The learner took the non-surgical route at `strategy`. */
  viaNonSurgical: boolean
  /** The learner chose local treatment at a restaging that showed progression (P2 or P3). */
  afterProgression: boolean
  /** The restaging at which local treatment was chosen (its figures are the ones read); absent or null: none. */
  lastRestaging?: ChemotherapyLine | null
}

export const NO_ROUTE: ModalityRoute = { viaNonSurgical: false, afterProgression: false }

export interface ModalityFacts {
  file: CaseFile
  route: ModalityRoute
  /** The patient as last measured: at presentation, or at the restaging where local treatment was chosen. */
  patient: Patient
  figures: FiguresAt
}

/** The two options that also treat the primary: offered only for a colorectal primary still in place. */
export function primaryInPlace(file: CaseFile): boolean {
  return file.presentation === 'synchronous' && !isBreast(file.patient) && file.patient.primaryInPlace !== false
}

/** The modality options shown. */
export function modalityOptions(file: CaseFile): readonly ModalityOption[] {
  return primaryInPlace(file) ? [...MODALITY_OPTIONS, ...SYNCHRONOUS_MODALITY_OPTIONS] : MODALITY_OPTIONS
}

const T = THRESHOLDS
type M = ModalityOption
type ModalityRule = Rule<ModalityFacts, M>

const [lesionsLine, sitesLine, primaryLine] = esmo2022.definition.criteria
const [, sbrtPlace] = sbrt2022.conclusion.split('...')
const sizeRange = thermalAblation.sizeLimitCm.printed
const limitedBurden = collision.design.limitedBurden.printed

const p = (f: ModalityFacts) => f.patient
const size = (f: ModalityFacts) => `${lesions(p(f).liver.count)}, largest ${p(f).liver.largestMm} mm`
const unfit = (f: ModalityFacts) => !p(f).fitForSurgery
/** A non-surgical option in breast cancer: the lecture's ablation and SBRT evidence is not specific to it (reading `breast-extrapolation`). */
function extrapolatedInBreast(f: ModalityFacts, [text, evidence]: Line): Line {
  return isBreast(p(f)) ? [`${text.replace(/\.$/, '')}; in breast cancer an extrapolation, the lecture's evidence not being specific to it.`, evidence] : [text, evidence]
}
/** Breast cancer through colorectal trial criteria: said to be an extrapolation in the rationale itself, not only in a footnote. */
function breastFromColorectal(f: ModalityFacts, source: string, [text, evidence]: Line): Line {
  return isBreast(p(f)) ? [`As an extrapolation from colorectal evidence (${source}): ${text[0].toLowerCase()}${text.slice(1)}`, evidence] : [text, evidence]
}
/** Local treatment chosen at a restaging that showed tumour control (CLOCC gave the ablation with chemotherapy). */
const afterControl = (f: ModalityFacts) => (f.route.lastRestaging ?? null) !== null && !f.route.afterProgression

const sbrtForInoperable: Line = [`Fit for surgery: SBRT is "${sbrtPlace}".`, 'sbrt-comment']
const hybrid: Line = [`Acceptable: ablation "associated to surgical resection" (${collision.comments.ablationWithResectionPct}% of COLLISION cases) also treats every lesion.`, 'collision']
const resectionStandard = (f: ModalityFacts): Line => [`${size(f)}: "surgery remains the standard and best (potentially) curative treatment approach".`, 'esmo2022-surgery']
const primaryToo: Line = ['Synchronous, primary in place: it must be treated too, "one or two stage surgery (Liver + Colon)".', 'consensus2015']

/** Lines for the resections (and the liver-plus-primary options) where none is possible or chosen. */
function noResection(line: Line): Record<'resection' | 'resection-plus-ablation' | 'simultaneous-resection' | 'staged-resection', Line> {
  return { 'resection': line, 'resection-plus-ablation': line, 'simultaneous-resection': line, 'staged-resection': line }
}

const unfitNoResection = noResection(['Unfit for surgery (the case): no resection; a non-surgical local treatment instead.', 'sbrt-comment'])

/**
 * Disease not upfront resectable and not resectable now: definitely unresectable and not converted, or marginal
 * disease that the restaging where local treatment was chosen, after tumour control, showed still not resectable.
 */
function notResectableNow(f: ModalityFacts): boolean {
  const { resectability } = f.file.patient.liver
  const converted = f.file.course.convertedToResectable
  if (resectability === 'unresectable')
    return converted !== true
  const at = f.route.lastRestaging ?? null
  return resectability === 'marginal' && converted === false && at !== null && f.file.course[at] !== 'progression'
}

/** Why no local treatment is right at this node, the right course, and the reading it rests on. */
interface NoLocalTreatment { why: string, rightCourse: Line, readings?: readonly ReadingId[] }

function outsideClocc(): NoLocalTreatment {
  const population = `CLOCC's population (fewer than ${T.cloccFewerThanLesions}, no extrahepatic disease)`
  return { why: `still not resectable, outside ${population}`, rightCourse: [`The right course was continued systemic therapy: still not resectable, outside ${population} for "ChT plus RFA ± surgical resection".`, 'clocc-population'] }
}

/** Inside CLOCC's population, over the deck's size cut (reading `clocc-size`): the anatomy, not CLOCC, is the reason. */
function tooLargeToAblate(patient: Patient): NoLocalTreatment {
  const why = `still not resectable, with a lesion of ${patient.liver.largestMm} mm`
  return { why, rightCourse: [`The right course was continued systemic therapy: ${why}, which can be neither ablated ("${thermalAblation.sizeLimitCm.printed}") nor resected.`, 'thermal-ablation'], readings: ['clocc-size'] }
}

/**
 * Where the earlier decisions grade every local route incorrect (S1, S2, S3b, S5 at presentation; C1, C2, C4 after
 * control; P1 after progression), no learner reaches the modality by best or acceptable choices. Reached anyway (a
 * path that took an incorrect choice), it grades honestly: no option is right, and the right course is said.
 */
function noLocalTreatment(f: ModalityFacts): NoLocalTreatment | null {
  const patient = p(f)
  if (tooManySites(patient))
    return { why: `${metastaticSites(patient)} metastatic sites`, rightCourse: [`The right course was systemic therapy: ${metastaticSites(patient)} metastatic sites, more than ESMO's "${sitesLine}"; no liver treatment treats them all.`, 'esmo2022-definition'] }
  if (!patient.primaryControlled)
    return { why: 'the primary not controlled', rightCourse: [`The right course was systemic therapy: the primary is not controlled ("${primaryLine}").`, 'esmo2022-definition'] }
  const stillUnresectable = notResectableNow(f)
  // An unfit patient's non-surgical treatment does not depend on resectability: M1 grades it by count and size.
  if (isBreast(patient) && patient.fitForSurgery && (patient.liver.count > T.omdMaxLesions || stillUnresectable)) {
    const why = stillUnresectable ? 'breast cancer still not resectable' : `breast cancer with ${lesions(patient.liver.count)}`
    return { why, rightCourse: [`The right course was systemic therapy: ${why}, not the "highly selected patients" of the lecture's breast-cancer series.`, 'breast-selected'] }
  }
  if (!isBreast(patient) && patient.fitForSurgery && stillUnresectable && !isCloccAblatable(patient))
    return isCloccPopulation(patient) ? tooLargeToAblate(patient) : outsideClocc()
  return null
}

export const MODALITY_RULES = [
  {
    id: 'modality.no-local-treatment',
    ref: 'M0',
    open: false,
    summary: 'more than one extrahepatic site, the primary not controlled, breast (fit) with more than 5 lesions or still not resectable, or still not resectable outside CLOCC\'s population (fewer than 10, no extrahepatic disease) or with a lesion over 30 mm (this deck\'s cut) → no local treatment is right (reached only through an incorrect choice)',
    when: f => noLocalTreatment(f) !== null,
    table: (f) => {
      const { why, rightCourse, readings = [] } = noLocalTreatment(f)!
      const none: Line = [`${why[0].toUpperCase()}${why.slice(1)}: no local treatment can treat all the disease.`, rightCourse[1]]
      return {
        best: [],
        rightCourse,
        readings,
        lines: { ...noResection(none), 'ablation': none, 'sbrt': none },
      }
    },
  },
  {
    id: 'modality.unfit-within',
    ref: 'M1',
    open: false,
    summary: `unfit, at most ${T.omdMaxLesions} lesions all ≤ ${T.ablationWithinMm} mm → ablation (SBRT acceptable)`,
    when: f => unfit(f) && atMost(p(f), T.omdMaxLesions, T.ablationWithinMm),
    table: f => ({
      best: ['ablation'],
      acceptable: ['sbrt'],
      readings: isBreast(p(f)) ? ['size-tiers', 'breast-extrapolation'] : ['size-tiers'],
      lines: {
        ...unfitNoResection,
        'ablation': extrapolatedInBreast(f, [`Unfit, ${size(f)}: every lesion within thermal ablation's "${sizeRange}".`, 'thermal-ablation']),
        'sbrt': extrapolatedInBreast(f, [`Acceptable: SBRT, "${sbrtPlace}".`, 'sbrt-comment']),
      },
    }),
  },
  {
    id: 'modality.unfit-edge',
    ref: 'M1',
    open: true,
    summary: `unfit, at most ${T.omdMaxLesions} lesions all ≤ ${T.ablationEdgeMm} mm, one of ${T.ablationWithinMm + 1}–${T.ablationEdgeMm} mm → ablation or SBRT`,
    when: f => unfit(f) && atMost(p(f), T.omdMaxLesions, T.ablationEdgeMm),
    table: f => ({
      best: ['ablation', 'sbrt'],
      open: `Unfit, the largest lesion ${p(f).liver.largestMm} mm, at the edge of thermal ablation's "${sizeRange}", and SBRT "${sbrtPlace}": the lecture does not choose, so ablation and SBRT are both graded best.`,
      readings: isBreast(p(f)) ? ['size-tiers', 'breast-extrapolation'] : ['size-tiers'],
      lines: {
        ...unfitNoResection,
        'ablation': extrapolatedInBreast(f, [`Unfit, ${size(f)}: within thermal ablation's "${sizeRange}", at its edge.`, 'thermal-ablation']),
        'sbrt': extrapolatedInBreast(f, [`Unfit, ${size(f)}: SBRT, "${sbrtPlace}".`, 'sbrt-comment']),
      },
    }),
  },
  {
    id: 'modality.unfit-large',
    ref: 'M1',
    open: false,
    summary: `unfit, at most ${T.omdMaxLesions} lesions, one over ${T.ablationEdgeMm} mm → SBRT`,
    when: f => unfit(f) && p(f).liver.count <= T.omdMaxLesions,
    table: f => ({
      best: ['sbrt'],
      readings: isBreast(p(f)) ? ['size-tiers', 'breast-extrapolation'] : ['size-tiers'],
      lines: {
        ...unfitNoResection,
        'sbrt': extrapolatedInBreast(f, [`Unfit, ${size(f)}: SBRT, "${sbrtPlace}".`, 'sbrt-comment']),
        'ablation': extrapolatedInBreast(f, [`Largest ${p(f).liver.largestMm} mm: beyond thermal ablation's "${sizeRange}".`, 'thermal-ablation']),
      },
    }),
  },
  {
    id: 'modality.unfit-clocc',
    ref: 'M1',
    open: false,
    summary: `unfit, colorectal, more than ${T.omdMaxLesions} lesions inside CLOCC's population, all ≤ ${T.ablationEdgeMm} mm (this deck's cut), after tumour control → ablation (CLOCC extrapolated); SBRT incorrect`,
    when: f => unfit(f) && !isBreast(p(f)) && p(f).liver.count > T.omdMaxLesions && isCloccAblatable(p(f)) && afterControl(f),
    table: f => ({
      best: ['ablation'],
      readings: ['clocc-size', 'size-tiers'],
      lines: {
        ...unfitNoResection,
        'ablation': [`As an extrapolation of CLOCC ("ChT plus RFA") to disease that cannot be resected because of fitness: ${size(f)}, every lesion ≤ ${T.ablationEdgeMm} mm (this deck's cut).`, 'clocc-long-term'],
        'sbrt': [`SBRT to ${lesions(p(f).liver.count)}: more than ESMO's "${lesionsLine}", and the evidence for more, CLOCC, is for ablation, not SBRT.`, 'esmo2022-definition'],
      },
    }),
  },
  {
    id: 'modality.unfit-many',
    ref: 'M1',
    open: false,
    summary: `unfit, more than ${T.omdMaxLesions} lesions otherwise → no local treatment is right (reached only through an incorrect choice)`,
    when: unfit,
    table: (f) => {
      const tooMany: Line = [`${lesions(p(f).liver.count)}: too many to treat all of them locally ("${lesionsLine}"), whatever their size.`, 'esmo2022-definition']
      return {
        best: [],
        rightCourse: [`The right course was systemic therapy: unfit, with ${lesions(p(f).liver.count)}, beyond "${lesionsLine}", no local treatment can treat them all.`, 'esmo2022-definition'],
        lines: { ...unfitNoResection, 'ablation': tooMany, 'sbrt': tooMany },
      }
    },
  },
  {
    id: 'modality.non-surgical-route',
    ref: 'M2',
    open: false,
    summary: 'fit, through the non-surgical route → percutaneous ablation',
    when: f => f.route.viaNonSurgical,
    table: (f) => {
      const limited = atMost(p(f), T.limitedBurdenMaxLesions, T.limitedBurdenMaxMm)
      const chosen: Line = ['You chose a non-surgical local treatment: percutaneous ablation, not a resection.', 'collision-design']
      return {
        best: ['ablation'],
        readings: isBreast(p(f)) ? ['size-tiers', 'breast-extrapolation'] : ['size-tiers', 'max-three'],
        lines: {
          ...noResection(chosen),
          'ablation': limited
            ? breastFromColorectal(f, 'COLLISION', [`${size(f)}: a limited burden ("${limitedBurden}"), "consider percutaneous / laparoscopic approach".`, 'collision-design'])
            : breastFromColorectal(f, 'the lecture\'s ablation slide', [`${size(f)}: percutaneous thermal ablation, ${ablationRangeWords(p(f).liver.largestMm)}.`, 'thermal-ablation']),
          'sbrt': sbrtForInoperable,
        },
      }
    },
  },
  {
    id: 'modality.not-converted',
    ref: 'M3',
    open: false,
    summary: 'still not resectable (definitely unresectable, or marginal after chemotherapy) → ablation, or resection plus ablation',
    when: notResectableNow,
    table: (f) => {
      const incomplete: Line = ['Still not resectable: resection alone cannot be complete.', 'esmo2022-definition']
      const clocc: Line = [`${size(f)}, still unresectable: CLOCC's "ChT plus RFA ± surgical resection".`, 'clocc-long-term']
      return {
        best: ['ablation', 'resection-plus-ablation'],
        readings: ['clocc-size', 'size-tiers'],
        lines: { ...noResection(incomplete), 'ablation': clocc, 'resection-plus-ablation': clocc, 'sbrt': sbrtForInoperable },
      }
    },
  },
  {
    id: 'modality.breast',
    ref: 'M4',
    open: false,
    summary: `breast → resection (resection plus ablation acceptable; ablation acceptable if all ≤ ${T.ablationEdgeMm} mm)`,
    when: f => isBreast(p(f)),
    table: (f) => {
      const ablation = allWithin(p(f), T.ablationEdgeMm)
      return {
        best: ['resection'],
        acceptable: ablation ? ['ablation', 'resection-plus-ablation'] : ['resection-plus-ablation'],
        readings: ablation ? ['breast-extrapolation', 'size-tiers'] : [],
        lines: {
          ...noResection(['Breast cancer: the primary is not treated with the liver.', 'breast-surgery']),
          'resection': [`Breast cancer, ${size(f)}: "${ruiz2018.conclusion}".`, 'breast-surgery'],
          'resection-plus-ablation': ['Acceptable: a resection, with ablation of a lesion hard to resect.', 'breast-surgery'],
          'ablation': ablation
            ? [`Acceptable, as an extrapolation: ${ablationRangeWords(p(f).liver.largestMm)}, evidence the lecture gives for colorectal metastases.`, 'thermal-ablation']
            : [`Largest ${p(f).liver.largestMm} mm: beyond thermal ablation's "${sizeRange}".`, 'thermal-ablation'],
          'sbrt': sbrtForInoperable,
        },
      }
    },
  },
  {
    id: 'modality.synchronous',
    ref: 'M5',
    open: false,
    summary: 'synchronous, colorectal primary in place → liver and primary in one or two stages',
    when: f => primaryInPlace(f.file),
    table: (f) => {
      // Surgery first reaches this node with no chemotherapy given (S7's "very limited CRLM"): no control to claim.
      const afterChemotherapy = (f.route.lastRestaging ?? null) !== null
      const bothStages: Line = [`Synchronous, ${afterChemotherapy ? 'controlled by chemotherapy' : 'the liver and the primary treated together'}: "one or two stage surgery (Liver + Colon)".`, 'consensus2015']
      return {
        best: ['simultaneous-resection', 'staged-resection'],
        lines: {
          'simultaneous-resection': bothStages,
          'staged-resection': bothStages,
          'resection': primaryToo,
          'ablation': primaryToo,
          'resection-plus-ablation': primaryToo,
          'sbrt': sbrtForInoperable,
        },
      }
    },
  },
  {
    id: 'modality.after-progression',
    ref: 'M6',
    open: false,
    summary: `after local treatment chosen at a progression → resection (resection plus ablation acceptable; ablation only for ≤ ${T.limitedBurdenMaxLesions} lesions all ≤ ${T.ablationWithinMm} mm)`,
    when: f => f.route.afterProgression,
    table: (f) => {
      const ablation = atMost(p(f), T.limitedBurdenMaxLesions, T.ablationWithinMm)
      return {
        best: ['resection'],
        acceptable: ablation ? ['ablation', 'resection-plus-ablation'] : ['resection-plus-ablation'],
        readings: ['size-tiers', 'max-three'],
        lines: {
          ...noResection(primaryToo),
          'resection': [`After progression, ${size(f)}: the resection must be complete; "surgery remains the standard and best (potentially) curative treatment approach".`, 'esmo2022-surgery'],
          'resection-plus-ablation': hybrid,
          'ablation': ablation
            ? [`Acceptable: ${size(f)}, within ablation's range, but after progression "${thermalAblation.safetyMargin}".`, 'thermal-ablation']
            : [`After progression, ${size(f)}: "${thermalAblation.safetyMargin}"; resection.`, 'thermal-ablation'],
          'sbrt': sbrtForInoperable,
        },
      }
    },
  },
  {
    id: 'modality.small',
    ref: 'M7',
    open: false,
    summary: `at most ${T.limitedBurdenMaxLesions} lesions, all ≤ ${T.ablationWithinMm} mm → resection or ablation`,
    when: f => atMost(p(f), T.limitedBurdenMaxLesions, T.ablationWithinMm),
    table: f => ({
      best: ['resection', 'ablation'],
      acceptable: ['resection-plus-ablation'],
      readings: ['size-tiers', 'max-three'],
      lines: {
        ...noResection(primaryToo),
        'resection': resectionStandard(f),
        'ablation': [`${size(f)}: the lecture's comment on COLLISION, "${collision.comments.conclusion}".`, 'collision-comment'],
        'resection-plus-ablation': hybrid,
        'sbrt': sbrtForInoperable,
      },
    }),
  },
  {
    id: 'modality.edge-of-ablation',
    ref: 'M8',
    open: false,
    summary: `at most ${T.limitedBurdenMaxLesions} lesions, largest ${T.ablationWithinMm + 1}–${T.ablationEdgeMm} mm → resection (ablation acceptable)`,
    when: f => atMost(p(f), T.limitedBurdenMaxLesions, T.ablationEdgeMm),
    table: f => ({
      best: ['resection'],
      acceptable: ['ablation', 'resection-plus-ablation'],
      readings: ['size-tiers', 'max-three'],
      lines: {
        ...noResection(primaryToo),
        'resection': resectionStandard(f),
        'ablation': [`Acceptable: ${p(f).liver.largestMm} mm is at the edge of thermal ablation's "${sizeRange}".`, 'thermal-ablation'],
        'resection-plus-ablation': hybrid,
        'sbrt': sbrtForInoperable,
      },
    }),
  },
  {
    id: 'modality.collision-at-operation',
    ref: 'M9',
    open: false,
    summary: `${T.limitedBurdenMaxLesions + 1} to ${T.collisionMaxLesions} lesions, all ≤ ${T.ablationEdgeMm} mm → resection (ablation at operation acceptable)`,
    when: f => atMost(p(f), T.collisionMaxLesions, T.ablationEdgeMm),
    table: f => ({
      best: ['resection'],
      acceptable: ['ablation', 'resection-plus-ablation'],
      readings: ['size-tiers'],
      lines: {
        ...noResection(primaryToo),
        'resection': resectionStandard(f),
        'ablation': [`Acceptable, at operation: ${size(f)}; COLLISION randomised an intermediate or high burden "IOUS during OR", up to ${T.collisionMaxLesions} lesions.`, 'collision-trial'],
        'resection-plus-ablation': hybrid,
        'sbrt': sbrtForInoperable,
      },
    }),
  },
  {
    id: 'modality.other',
    ref: 'M10',
    open: false,
    summary: 'otherwise → resection (resection plus ablation acceptable)',
    when: () => true,
    table: f => ({
      best: ['resection'],
      acceptable: ['resection-plus-ablation'],
      readings: ['size-tiers'],
      lines: {
        ...noResection(primaryToo),
        'resection': resectionStandard(f),
        'resection-plus-ablation': [`Acceptable: ablation "associated to surgical resection" (${collision.comments.ablationWithResectionPct}% of COLLISION cases) for a lesion hard to resect.`, 'collision'],
        'ablation': allWithin(p(f), T.ablationEdgeMm)
          ? [`${lesions(p(f).liver.count)}: more than COLLISION randomised (up to ${T.collisionMaxLesions}); resection.`, 'collision-trial']
          : [`Largest ${p(f).liver.largestMm} mm: beyond thermal ablation's "${sizeRange}".`, 'thermal-ablation'],
        'sbrt': sbrtForInoperable,
      },
    }),
  },
] as const satisfies readonly ModalityRule[]

const WHEN: Record<ChemotherapyLine, string> = { firstLine: 'at the restaging after first-line chemotherapy', secondLine: 'at the restaging after second-line chemotherapy' }

/** What every modality grade rests on, said beside each: the figures it read, and what else decides. */
function modalityCaveat(figures: FiguresAt): Line {
  const { count, largestMm } = figures
  const when = figures.line === null ? 'at presentation' : `${WHEN[figures.line]}${figures.measured ? '' : ' (not measured again: the previous figures)'}`
  return [
    `The grade rests on the lesions' count and size ${when} (${lesions(count)}, largest ${largestMm} mm); after chemotherapy, ablation needs lesions still "ultrasound visible", and a lesion's site and margin also decide.`,
    'collision',
  ]
}

export function modalityGrades(file: CaseFile, route: ModalityRoute = NO_ROUTE): NodeGrades {
  const offered = modalityOptions(file)
  const local = extrahepaticRemark(file)
  const line = route.lastRestaging ?? null
  const figures = figuresAt(file, line)
  return gradeNode('modality', offered, MODALITY_RULES, { file, route, patient: patientAt(file, line), figures }, {
    remarks: Object.fromEntries(offered.map(option => [option, local])),
    notes: [modalityCaveat(figures)],
  })
}


import type { CaseFile, Patient, RestagingResult } from './schema'
import type { ChemotherapyLine, FiguresAt } from './figures'
import type { Line, NodeGrades, Rule } from './grading'
import type { NodeId, RestagingOption } from './ids'
import { adam2017 } from '../../data/adam2017'
import { esmo2022 } from '../../data/esmo2022'
import { progressionInPlace } from '../../data/progressionInPlace'
import { ruiz2018 } from '../../data/ruiz2018'
import { sbrt2022 } from '../../data/sbrt2022'
import { takeHome } from '../../data/takeHome'
import { thermalAblation } from '../../data/thermalAblation'
import {
  allWithin,
  isBreast,
  isCloccAblatable,
  isCloccPopulation,
  metastaticSites,
  outsideCloccWhy,
  THRESHOLDS,
  tooManySites,
  viganoContraindication,
} from '../../lib/clinical/facts'
import { gradeNode, lesions } from './grading'
import { RESTAGING_OPTIONS } from './ids'
import { figuresAt, patientAt } from './figures'
import { MissingCaseFact } from './missingFact'
import { primaryInPlace } from './modalityRules'
import { extrahepaticRemark } from './strategyRules'

// Restaging after each line of chemotherapy: issue #23's rules C1–C5 after tumour control and P1–P4 after
// progression, in the order they are tried. What they read is what the restaging screen shows (restagingFacts).

export type { ChemotherapyLine } from './figures'

export function restagingNode(line: ChemotherapyLine): NodeId {
  return line === 'firstLine' ? 'restaging-first-line' : 'restaging-second-line'
}

/** The lecture's exception after progression on a second line, condition by condition, as this deck reads it. */
export interface ExceptionConditions {
  /** "progression despite optimal therapy": read as progression on two lines. */
  optimalTherapy: boolean
  /** "unlikely to obtain a response": read as progression on both lines. */
  unlikelyResponse: boolean
  /** "if complete": a resection could be complete. */
  complete: boolean
  /** "consensus MDT decision": the MDT decides by consensus to operate. */
  mdtConsensus: boolean
}

/** Everything a restaging grade rests on, from the case file: the restaging screen shows each of these. */
export interface RestagingFacts {
  file: CaseFile
  line: ChemotherapyLine
  result: RestagingResult
  /** The patient as this restaging shows them: the liver's count and largest size and the CEA it measured. */
  now: Patient
  /** The figures this restaging shows (measured now, or the previous ones). */
  figures: FiguresAt
  /** Response or stable disease. */
  control: boolean
  /**
   * Disease that was not upfront resectable (marginal or definitely unresectable), in a fit patient, under control: has
   * it become resectable? Null where the question does not arise.
   */
  converted: boolean | null
  /** Progression: could a resection still be complete? Null otherwise. */
  completeResection: boolean | null
  /** Progression on the second line: the exception's four conditions. Null otherwise. */
  exception: ExceptionConditions | null
}

const ordinal = (line: ChemotherapyLine) => (line === 'firstLine' ? 'first' : 'second')

/** Reads what restaging shows after `line`; a fact the grades need and the file lacks is named by its field. */
export function restagingFacts(file: CaseFile, line: ChemotherapyLine): RestagingFacts {
  const { course, patient } = file
  const result = course[line]
  if (result === undefined)
    throw new MissingCaseFact(`course.${line}`, `the pathway can reach restaging after ${ordinal(line)}-line chemotherapy`)
  if (result === 'progression' && isBreast(patient))
    throw new Error(`course.${line}: progression in a breast-cancer case: the lecture gives no rule for it`)
  const control = result !== 'progression'
  let converted: boolean | null = null
  if (control && patient.fitForSurgery && patient.liver.resectability !== 'upfront') {
    if (course.convertedToResectable === undefined)
      throw new MissingCaseFact('course.convertedToResectable', `${patient.liver.resectability === 'unresectable' ? 'definitely unresectable' : 'marginally resectable'} disease can reach restaging with tumour control (the screen says whether it is resectable now)`)
    converted = course.convertedToResectable
  }
  let completeResection: boolean | null = null
  let exception: ExceptionConditions | null = null
  if (!control) {
    if (course.completeResectionPossible === undefined)
      throw new MissingCaseFact('course.completeResectionPossible', `a restaging after ${ordinal(line)}-line chemotherapy can show progression (the screen says whether resection could be complete)`)
    completeResection = course.completeResectionPossible
    if (line === 'secondLine') {
      if (course.mdtConsensus === undefined)
        throw new MissingCaseFact('course.mdtConsensus', 'the restaging after second-line chemotherapy can show progression (the screen says what the MDT decided)')
      exception = {
        optimalTherapy: true,
        unlikelyResponse: course.firstLine === 'progression',
        complete: completeResection,
        mdtConsensus: course.mdtConsensus,
      }
    }
  }
  return { file, line, result, now: patientAt(file, line), figures: figuresAt(file, line), control, converted, completeResection, exception }
}

const T = THRESHOLDS
type R = RestagingOption
type RestagingRule = Rule<RestagingFacts, R>

const [lesionsLine, , primaryLine, treatableLine] = esmo2022.definition.criteria
const [, sbrtPlace] = sbrt2022.conclusion.split('...')
const notCurative = takeHome.messages[5]
const ablationEquivalent = takeHome.messages[4]
const objective = takeHome.messages[2]
const progressionNeeds = takeHome.messages[6]
const { controlFirst, exception: exceptionLine, relativeContraindication } = progressionInPlace
const [secondLineLine] = controlFirst.split(' and then surgery')
const [, conditionsLine] = exceptionLine.split('Surgery at some conditions ? ')

const controlWord = (f: RestagingFacts) => (f.result === 'response' ? 'Response' : 'Stable disease')
/** Disease not upfront resectable that restaging shows still not resectable: "still definitely unresectable". */
const stillUnresectable = (f: RestagingFacts) => (f.file.patient.liver.resectability === 'unresectable' ? 'still definitely unresectable' : 'marginal and still not resectable')
const capital = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`
const size = (f: RestagingFacts) => `${lesions(f.now.liver.count)}, largest ${f.now.liver.largestMm} mm`
/** Outside CLOCC's population (10 lesions or more, or an extrahepatic site): no trial ablated such disease. */
function outsideClocc(f: RestagingFacts): Line {
  const why = f.now.liver.count >= T.cloccFewerThanLesions ? lesions(f.now.liver.count) : 'an extrahepatic site'
  return [`${capital(stillUnresectable(f))}, with ${why}: outside CLOCC's population (fewer than ${T.cloccFewerThanLesions}, no extrahepatic disease) for "ChT plus RFA ± surgical resection"; no local treatment can be complete.`, 'clocc-population']
}

/** Inside CLOCC's population but over the deck's size cut: the anatomy on the screen, not CLOCC, rules local treatment out. */
function tooLargeToAblate(f: RestagingFacts): Line {
  return [`${capital(stillUnresectable(f))}, with a lesion of ${f.now.liver.largestMm} mm: too large to ablate ("${thermalAblation.sizeLimitCm.printed}"), and the restaging finds the disease still not resectable; no local treatment can be complete.`, 'thermal-ablation']
}

/** Unfit, more than ESMO's 5 lesions: quoted in full, since its "occasionally more" is what CLOCC's extrapolation rests on. */
const unfitBeyondFive = (f: RestagingFacts): Line =>
  [`${controlWord(f)}, unfit, ${lesions(f.now.liver.count)}: more than ESMO's "${lesionsLine}"; continue systemic therapy.`, 'esmo2022-definition']

const nextLine = (f: RestagingFacts) => (f.line === 'firstLine' ? 'a second-line regimen' : 'a third-line regimen, and the case ends')

/** After tumour control: the regimen works. */
const keepWorkingRegimen = (f: RestagingFacts): Line =>
  [`${controlWord(f)}: the regimen is working. "${controlFirst}" is for progression; no reason to change it.`, 'progression-in-place']

/** After progression: the regimen has failed. */
const failedRegimen: Line = [`Progression: the regimen has failed, and "${progressionNeeds}"; change it rather than continue it.`, 'take-home']
const notRadiotherapysOligoprogression: Line = [
  'Radiotherapy\'s "oligoprogression" (local treatment of the few progressing lesions while the same regimen continues) is another use of the word, not this lecture\'s colorectal pathway.',
  'oligoprogression-radiotherapy',
]
const afterProgression = { 'continue-regimen': [notRadiotherapysOligoprogression] } as const

/** P1: why no local treatment can follow this progression (the first reason that holds), with its source. */
function noLocalAfterProgression(f: RestagingFacts): { why: string, change: Line, local: Line } | null {
  const p = f.now
  // Viganò's criteria are read on the presentation's figures (reading `latest-figures`).
  const vigano = viganoContraindication(f.file.patient)
  if (tooManySites(p)) {
    const why = `${metastaticSites(p)} metastatic sites`
    return { why, change: [`Progression, and ${why}: ${nextLine(f)}, "${secondLineLine}".`, 'progression-in-place'], local: [`Progression, and ${why}: a liver treatment leaves disease untreated ("${treatableLine}").`, 'esmo2022-definition'] }
  }
  if (!p.primaryControlled) {
    const why = 'the primary not controlled'
    return { why, change: [`Progression, with ${why}: ${nextLine(f)}, "${secondLineLine}".`, 'progression-in-place'], local: [`Progression, with ${why} ("${primaryLine}"): a liver treatment leaves disease untreated.`, 'esmo2022-definition'] }
  }
  if (!p.fitForSurgery) {
    const why = 'unfit for surgery'
    return { why, change: [`Progression in a patient ${why}: ${nextLine(f)}, "${secondLineLine}".`, 'progression-in-place'], local: [`Progression: "${progressionNeeds}", and no resection is possible in this patient.`, 'take-home'] }
  }
  if (vigano.contraindicated) {
    const why = vigano.reasons.join(' and ')
    return {
      why: `Viganò's contraindication (${why}, at presentation)`,
      change: [`Progression, with ${why} at presentation: "for whom further chemotherapy is recommended"; ${nextLine(f)}.`, 'vigano2012'],
      local: [`Progression, with ${why} at presentation: "Liver resection is contraindicated only in patients with >3 and large (≥ 5 cm) metastases, or whenever the CEA value is ≥ 200 ng/mL".`, 'vigano2012'],
    }
  }
  if (p.liver.resectability === 'unresectable') {
    const why = 'definitely unresectable disease'
    return { why, change: [`Progression of ${why}: ${nextLine(f)}, "${secondLineLine}".`, 'progression-in-place'], local: ['Definitely unresectable and progressing: progression converts nothing; no local treatment can be complete.', 'esmo2022-definition'] }
  }
  return null
}

/** The exception's conditions that do not hold, in the lecture's words. */
function missingConditions(e: ExceptionConditions): string[] {
  return [
    e.unlikelyResponse ? null : 'the first line did not progress',
    e.complete ? null : 'resection could not be complete',
    e.mdtConsensus ? null : 'no consensus MDT decision to operate',
  ].filter((reason): reason is string => reason !== null)
}

export const RESTAGING_RULES = [
  {
    id: 'restaging.control-not-oligometastatic',
    ref: 'C1',
    open: false,
    summary: 'tumour control, more than one extrahepatic site or primary not controlled → continue systemic therapy',
    when: f => f.control && (tooManySites(f.now) || !f.now.primaryControlled),
    table: (f) => {
      const sites = tooManySites(f.now)
      const why = sites ? `${metastaticSites(f.now)} metastatic sites` : 'the primary is not controlled'
      return {
        best: ['continue-regimen'],
        readings: [sites ? 'sites' : 'primary-controlled'],
        lines: {
          'continue-regimen': [`${controlWord(f)}, but ${why}: continue systemic therapy.`, 'esmo2022-definition'],
          'local-treatment': [`${controlWord(f)}, but ${why}: a liver treatment leaves disease untreated ("${sites ? treatableLine : primaryLine}").`, 'esmo2022-definition'],
          'change-regimen': keepWorkingRegimen(f),
        },
      }
    },
  },
  {
    id: 'restaging.breast-unfit',
    ref: 'C2',
    open: false,
    summary: `tumour control, breast, unfit → continue systemic therapy (local treatment acceptable for ≤ ${T.omdMaxLesions} lesions, SBRT having no size limit in the lecture)`,
    when: f => f.control && isBreast(f.now) && !f.now.fitForSurgery,
    table: (f) => {
      const local = f.now.liver.count <= T.omdMaxLesions
      return {
        best: ['continue-regimen'],
        acceptable: local ? ['local-treatment'] : [],
        readings: ['breast-extrapolation', 'latest-figures'],
        lines: {
          'continue-regimen': [`${controlWord(f)}, breast cancer in a patient unfit for surgery: continue systemic therapy; surgery is for "highly selected patients".`, 'breast-selected'],
          'local-treatment': local
            ? [`Acceptable, as an extrapolation: ${size(f)}, a non-surgical local treatment, SBRT being "${sbrtPlace}"; the lecture's SBRT evidence is not specific to breast cancer.`, 'sbrt-comment']
            : [`${lesions(f.now.liver.count)} in a patient unfit for surgery: more than ESMO's "${lesionsLine}"; continue systemic therapy.`, 'esmo2022-definition'],
          'change-regimen': keepWorkingRegimen(f),
        },
      }
    },
  },
  {
    id: 'restaging.breast-extensive',
    ref: 'C2',
    open: false,
    summary: `tumour control, breast, more than ${T.omdMaxLesions} lesions or still not resectable → continue systemic therapy`,
    when: f => f.control && isBreast(f.now) && (f.now.liver.count > T.omdMaxLesions || f.converted === false),
    table: (f) => {
      const why = f.converted === false ? stillUnresectable(f) : lesions(f.now.liver.count)
      return {
        best: ['continue-regimen'],
        readings: ['latest-figures'],
        lines: {
          'continue-regimen': [`${controlWord(f)}, breast cancer, ${why}: continue systemic therapy; surgery is for "highly selected patients".`, 'breast-selected'],
          'local-treatment': [`Breast cancer, ${why}: a liver treatment cannot treat it all, and these are not the "highly selected patients" of the lecture's series.`, 'breast-selected'],
          'change-regimen': keepWorkingRegimen(f),
        },
      }
    },
  },
  {
    id: 'restaging.breast-open',
    ref: 'C2',
    open: true,
    summary: 'tumour control, breast with an extrahepatic site or stable disease → local treatment or continue systemic therapy',
    when: f => f.control && isBreast(f.now) && (f.now.extrahepaticSites > 0 || f.result === 'stable'),
    table: (f) => {
      const extrahepatic = f.now.extrahepaticSites > 0
      return {
        best: ['local-treatment', 'continue-regimen'],
        open: extrahepatic
          ? `"${ruiz2018.conclusion}" (Ruiz 2018), but with bone metastases a "2.324-fold higher risk of death" (Mariani 2013): the lecture gives no rule, so local treatment and continued systemic therapy are both graded best.`
          : `Stable disease: "${ruiz2018.conclusion}" (Ruiz 2018), in "highly selected patients" (Mariani 2013), and no rule for stable disease: local treatment and continued systemic therapy are both graded best.`,
        lines: {
          'local-treatment': [`${controlWord(f)}: surgery "combined to systemic treatment", in a highly selected patient.`, 'breast-surgery'],
          'continue-regimen': [`${controlWord(f)}${extrahepatic ? ', with an extrahepatic site' : ''}: continued systemic therapy, surgery being for "highly selected patients".`, 'breast-selected'],
          'change-regimen': keepWorkingRegimen(f),
        },
      }
    },
  },
  {
    id: 'restaging.breast-response',
    ref: 'C2',
    open: false,
    summary: 'response, breast, liver only → local treatment (continue systemic therapy acceptable)',
    when: f => f.control && isBreast(f.now),
    table: f => ({
      best: ['local-treatment'],
      acceptable: ['continue-regimen'],
      lines: {
        'local-treatment': [`Response, liver only: "${ruiz2018.conclusion}".`, 'breast-surgery'],
        'continue-regimen': [`Acceptable: continued systemic therapy, but "${ruiz2018.conclusion}".`, 'breast-surgery'],
        'change-regimen': keepWorkingRegimen(f),
      },
    }),
  },
  {
    id: 'restaging.unfit-clocc',
    ref: 'C3',
    open: false,
    summary: `tumour control, unfit, colorectal, more than ${T.omdMaxLesions} lesions inside CLOCC's population, all ≤ ${T.ablationEdgeMm} mm (this deck's cut) → continue systemic therapy (local treatment acceptable, CLOCC extrapolated)`,
    when: f => f.control && !f.now.fitForSurgery && !isBreast(f.now) && f.now.liver.count > T.omdMaxLesions && isCloccAblatable(f.now),
    table: f => ({
      best: ['continue-regimen'],
      acceptable: ['local-treatment'],
      readings: ['clocc-size', 'size-tiers', 'latest-figures'],
      lines: {
        'continue-regimen': unfitBeyondFive(f),
        'local-treatment': [`Acceptable: CLOCC ("ChT plus RFA"), extrapolated to a patient whose disease cannot be resected because of fitness: ${size(f)}, fewer than ${T.cloccFewerThanLesions}, no extrahepatic disease, every lesion ≤ ${T.ablationEdgeMm} mm (this deck's cut).`, 'clocc-long-term'],
        'change-regimen': keepWorkingRegimen(f),
      },
    }),
  },
  {
    id: 'restaging.unfit-extensive',
    ref: 'C3',
    open: false,
    summary: `tumour control, unfit, more than ${T.omdMaxLesions} lesions otherwise → continue systemic therapy`,
    when: f => f.control && !f.now.fitForSurgery && f.now.liver.count > T.omdMaxLesions,
    table: f => ({
      best: ['continue-regimen'],
      readings: ['latest-figures'],
      lines: {
        'continue-regimen': unfitBeyondFive(f),
        'local-treatment': [`${lesions(f.now.liver.count)}: too many to treat all of them locally ("${lesionsLine}"), ${outsideCloccWhy(f.now)}.`, 'esmo2022-definition'],
        'change-regimen': keepWorkingRegimen(f),
      },
    }),
  },
  {
    id: 'restaging.unfit-small',
    ref: 'C3',
    open: false,
    summary: `tumour control, unfit, at most ${T.omdMaxLesions} lesions all ≤ ${T.ablationEdgeMm} mm → local treatment (continue systemic therapy acceptable)`,
    when: f => f.control && !f.now.fitForSurgery && allWithin(f.now, T.ablationEdgeMm),
    table: f => ({
      best: ['local-treatment'],
      acceptable: ['continue-regimen'],
      readings: ['size-tiers', 'latest-figures'],
      lines: {
        'local-treatment': [`${controlWord(f)}, unfit, ${size(f)}: a non-surgical local treatment, SBRT being "${sbrtPlace}".`, 'sbrt-comment'],
        'continue-regimen': [`Acceptable: continued systemic therapy, but "${ablationEquivalent}" (take-home 5), and SBRT is an option for inoperable patients.`, 'take-home'],
        'change-regimen': keepWorkingRegimen(f),
      },
    }),
  },
  {
    id: 'restaging.unfit-large',
    ref: 'C3',
    open: true,
    summary: `tumour control, unfit, at most ${T.omdMaxLesions} lesions, one over ${T.ablationEdgeMm} mm → local treatment (SBRT) or continue systemic therapy`,
    when: f => f.control && !f.now.fitForSurgery,
    table: f => ({
      best: ['local-treatment', 'continue-regimen'],
      open: `Unfit, with a lesion over ${T.ablationEdgeMm} mm: SBRT is "${sbrtPlace}", but "${notCurative}" (take-home 6): the lecture leaves it open, so SBRT and continued systemic therapy are both graded best.`,
      readings: ['size-tiers', 'latest-figures'],
      lines: {
        'local-treatment': [`${controlWord(f)}, unfit, ${size(f)}: SBRT, "${sbrtPlace}".`, 'sbrt-comment'],
        'continue-regimen': [`Continued systemic therapy: SBRT and the other local options are "${notCurative}".`, 'take-home'],
        'change-regimen': keepWorkingRegimen(f),
      },
    }),
  },
  {
    id: 'restaging.not-converted-clocc',
    ref: 'C4',
    open: true,
    summary: `tumour control, still not resectable (definitely unresectable, or marginal), fewer than ${T.cloccFewerThanLesions} lesions, no extrahepatic disease (CLOCC's population), all ≤ ${T.ablationEdgeMm} mm (this deck's cut, from ablation's "max 2-3 cm") → continue systemic therapy or local treatment`,
    when: f => f.control && f.converted === false && isCloccAblatable(f.now),
    table: f => ({
      best: ['local-treatment', 'continue-regimen'],
      open: 'A response is not a conversion, but CLOCC\'s "ChT plus RFA ± surgical resection" treated unresectable disease like this one: the lecture gives no rule for it, so ablation (with or without resection) and continued systemic therapy are both graded best.',
      readings: ['clocc-size', 'size-tiers', 'latest-figures'],
      lines: {
        'local-treatment': [`${capital(stillUnresectable(f))}, but ${size(f)}: fewer than ${T.cloccFewerThanLesions}, no extrahepatic disease, CLOCC's population for "ChT plus RFA ± surgical resection"; every lesion ≤ ${T.ablationEdgeMm} mm (this deck's cut).`, 'clocc-population'],
        'continue-regimen': [`${controlWord(f)}, but ${stillUnresectable(f)}: a response is not a conversion; continued systemic therapy.`, 'esmo2022-definition'],
        'change-regimen': keepWorkingRegimen(f),
      },
    }),
  },
  {
    id: 'restaging.not-converted',
    ref: 'C4',
    open: false,
    summary: 'tumour control, still not resectable otherwise → continue systemic therapy',
    when: f => f.control && f.converted === false,
    table: (f) => {
      const inClocc = isCloccPopulation(f.now)
      return {
        best: ['continue-regimen'],
        readings: inClocc ? ['clocc-size', 'latest-figures'] : ['latest-figures'],
        lines: {
          'continue-regimen': [`${controlWord(f)}, but ${stillUnresectable(f)}: a response is not a conversion; continue systemic therapy.`, 'esmo2022-definition'],
          'local-treatment': inClocc ? tooLargeToAblate(f) : outsideClocc(f),
          'change-regimen': keepWorkingRegimen(f),
        },
      }
    },
  },
  {
    id: 'restaging.tumour-control',
    ref: 'C5',
    open: false,
    summary: 'tumour control (response or stable), otherwise → local treatment',
    when: f => f.control,
    table: f => ({
      best: ['local-treatment'],
      lines: {
        'local-treatment': primaryInPlace(f.file)
          ? [`${controlWord(f)}: "one or two stage surgery (Liver + Colon) in case of tumor control by chemotherapy".`, 'consensus2015']
          : [`${controlWord(f)}${f.converted ? ', and the disease is now resectable' : ''}: local treatment now; "surgery remains the standard and best (potentially) curative treatment approach".`, 'esmo2022-surgery'],
        'continue-regimen': [`Controlled${f.converted ? ', now resectable' : ''} disease in a fit patient: "${objective}"; continuing systemic therapy postpones the local treatment.`, 'take-home'],
        'change-regimen': keepWorkingRegimen(f),
      },
    }),
  },
  {
    id: 'restaging.progression-no-local',
    ref: 'P1',
    open: false,
    summary: `progression, with more than one extrahepatic site, the primary not controlled, unfit, Viganò's contraindication (> ${T.viganoMoreThanMetastases} and ≥ ${T.viganoSizeMm} mm, or CEA ≥ ${T.viganoCeaNgPerMl} ng/mL) or definitely unresectable → change the regimen`,
    when: f => !f.control && noLocalAfterProgression(f) !== null,
    table: (f) => {
      const { change, local } = noLocalAfterProgression(f)!
      return {
        best: ['change-regimen'],
        readings: ['latest-figures', ...(f.line === 'secondLine' ? ['further-line' as const] : [])],
        remarks: afterProgression,
        lines: { 'change-regimen': change, 'local-treatment': local, 'continue-regimen': failedRegimen },
      }
    },
  },
  {
    id: 'restaging.progression-first-line',
    ref: 'P2',
    open: false,
    summary: 'progression on the first line, otherwise → change to a second-line regimen (local treatment acceptable if resection can be complete)',
    when: f => !f.control && f.line === 'firstLine',
    table: f => ({
      best: ['change-regimen'],
      acceptable: f.completeResection ? ['local-treatment'] : [],
      readings: ['latest-figures'],
      remarks: { ...afterProgression, 'change-regimen': [[`"${adam2017.conclusion}": after the first line, surgery stays the aim.`, 'adam2017']] },
      lines: {
        'change-regimen': [`"${controlFirst}"`, 'progression-in-place'],
        'local-treatment': f.completeResection
          ? ['Acceptable: resection can be complete, and without Viganò\'s criteria progression "Should Not Be an Absolute Contraindication".', 'vigano2012']
          : [`Resection could not be complete: "${relativeContraindication}"; change the regimen first.`, 'progression-in-place'],
        'continue-regimen': failedRegimen,
      },
    }),
  },
  {
    id: 'restaging.progression-exception',
    ref: 'P3',
    open: true,
    summary: 'progression on the second line, the exception\'s four conditions met (two lines, progression on both, resection complete, consensus MDT decision) → local treatment or a third-line regimen',
    when: f => !f.control && f.exception !== null && missingConditions(f.exception).length === 0,
    table: () => ({
      best: ['local-treatment', 'change-regimen'],
      open: `The lecture poses the exception as a question: "${exceptionLine}". Surgery and a further line are both graded best.`,
      readings: ['optimal-therapy', 'further-line', 'latest-figures'],
      remarks: afterProgression,
      lines: {
        'local-treatment': [`All four conditions hold (two lines, progression on both, resection complete, consensus MDT decision): "${exceptionLine}".`, 'progression-in-place'],
        'change-regimen': [`A third line, the case ending there: "${secondLineLine}", the exception being a question ("Surgery at some conditions ?").`, 'progression-in-place'],
        'continue-regimen': failedRegimen,
      },
    }),
  },
  {
    id: 'restaging.progression-second-line',
    ref: 'P4',
    open: false,
    summary: 'progression on the second line otherwise → a third-line regimen (the case ends)',
    when: f => !f.control,
    table: (f) => {
      const missing = missingConditions(f.exception!).join(' and ')
      return {
        best: ['change-regimen'],
        readings: ['optimal-therapy', 'further-line', 'latest-figures'],
        remarks: afterProgression,
        lines: {
          'change-regimen': [`Progression on two lines, the exception not met (${missing}): a further line, "${secondLineLine}"; the case ends there.`, 'progression-in-place'],
          'local-treatment': [`Surgery after progression on two lines needs "${conditionsLine}": ${missing}.`, 'progression-in-place'],
          'continue-regimen': failedRegimen,
        },
      }
    },
  },
] as const satisfies readonly RestagingRule[]

export function restagingGrades(file: CaseFile, line: ChemotherapyLine): NodeGrades {
  const facts = restagingFacts(file, line)
  const local = extrahepaticRemark(file)
  return gradeNode(restagingNode(line), RESTAGING_OPTIONS, RESTAGING_RULES, facts, { remarks: { 'local-treatment': local } })
}

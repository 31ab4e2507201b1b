import type { CaseFile, RestagingResult } from './schema'
import type { Evidence, EvidenceId } from './evidence'
import type { ReadingId } from '../../lib/clinical/facts'
import type { Grade, ModalityOption, NodeId, OptionId, RestagingOption, StrategyOption } from './ids'
import { collision } from '../../data/collision'
import { consensus2015 } from '../../data/consensus2015'
import { epoc2008 } from '../../data/epoc2008'
import { jcog0603 } from '../../data/jcog0603'
import { mariani2013 } from '../../data/mariani2013'
import { progressionInPlace } from '../../data/progressionInPlace'
import { ruiz2018 } from '../../data/ruiz2018'
import { takeHome } from '../../data/takeHome'
import { EVIDENCE } from './evidence'
import {
  allWithin,
  isBreast,
  isVeryLimited,
  metastaticSites,
  READINGS,
  recurrenceTiming,
  THRESHOLDS,
  tooManySites,
  viganoContraindication,
} from '../../lib/clinical/facts'
import { MODALITY_OPTIONS, RESTAGING_OPTIONS, STRATEGY_OPTIONS, SYNCHRONOUS_MODALITY_OPTIONS } from './ids'

export { recurrenceTiming, THRESHOLDS, viganoContraindication } from '../../lib/clinical/facts'

// The lecture's management pathway as pure functions: each decision node gets every offered option graded
// best / acceptable / incorrect with a one-line rationale, its citation and the slide to revisit. The first
// matching rule wins (issue #9 lists them in order). Where the lecture leaves a decision open, every defensible
// option is best and `open` says why in one line, quoting the lecture; where the deck reads an ambiguous line one
// way, `readings` says so.

export const RULE_IDS = [
  'strategy.too-many-sites', 'strategy.primary-not-controlled',
  'strategy.breast-unfit', 'strategy.breast-extensive', 'strategy.breast-extrahepatic', 'strategy.breast-liver-only',
  'strategy.unfit-extensive', 'strategy.unfit', 'strategy.unresectable', 'strategy.more-than-five',
  'strategy.synchronous', 'strategy.early-metachronous', 'strategy.late-marginal',
  'strategy.late-very-limited-small', 'strategy.late-very-limited', 'strategy.late-upfront', 'strategy.six-months',
  'restaging.control-not-oligometastatic', 'restaging.control-breast-extrahepatic', 'restaging.converted',
  'restaging.not-converted', 'restaging.tumour-control', 'restaging.vigano-first-line', 'restaging.vigano-second-line',
  'restaging.progression-not-locally-treatable', 'restaging.progression-first-line',
  'restaging.progression-second-line-exception', 'restaging.progression-second-line',
  'modality.unfit-ablation', 'modality.unfit-sbrt', 'modality.non-surgical', 'modality.not-converted', 'modality.breast',
  'modality.synchronous', 'modality.after-exception', 'modality.small', 'modality.edge-of-ablation', 'modality.other',
] as const

export type RuleId = typeof RULE_IDS[number]

export interface OptionGrade extends Evidence {
  option: OptionId
  grade: Grade
  rationale: string
}

export interface NodeGrades {
  node: NodeId
  rule: RuleId
  options: OptionGrade[]
  /** The lecture leaves this decision open: one line quoting it (every defensible option is best); else null. */
  open: string | null
  /** "This deck reads ..." lines for the ambiguous lines this decision rests on. */
  readings: string[]
  /** Further lines the feedback adds (e.g. the factors of a metachronous recurrence). */
  notes: string[]
}

/** A fact the pathway needs but the case file does not give; `field` is its path in the file. */
export class MissingCaseFact extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: required because ${reason}`)
    this.name = 'MissingCaseFact'
  }
}

// ---------------------------------------------------------------------------------------------------------
// Grading tables

type Line = readonly [rationale: string, evidence: EvidenceId]

interface RuleTable<O extends OptionId> {
  rule: RuleId
  best: readonly O[]
  acceptable?: readonly O[]
  lines: Partial<Record<O, Line>>
  open?: string
  readings?: readonly ReadingId[]
  notes?: readonly string[]
}

function grade<O extends OptionId>(node: NodeId, offered: readonly O[], table: RuleTable<O>): NodeGrades {
  return {
    node,
    rule: table.rule,
    options: offered.map((option) => {
      const line = table.lines[option]
      if (!line)
        throw new Error(`rule ${table.rule} has no rationale for option ${option}`)
      const grade: Grade = table.best.includes(option) ? 'best' : table.acceptable?.includes(option) ? 'acceptable' : 'incorrect'
      const evidence = EVIDENCE[line[1]]
      return { option, grade, rationale: line[0], citation: evidence.citation, slide: evidence.slide }
    }),
    open: table.open ?? null,
    readings: (table.readings ?? []).map(id => READINGS[id]),
    notes: [...(table.notes ?? [])],
  }
}

const T = THRESHOLDS
const joined = (reasons: string[]) => reasons.join(', ')
const bothBest = (a: string, b: string) => `${a} and ${b} are both graded best.`
const [takeHomeChemo] = takeHome.messages[1].split(' but ')
const lateLine = `"${consensus2015.metachronous.late.printed} : ${consensus2015.metachronous.late.treatment}"`
const earlyLine = `"${consensus2015.metachronous.early.printed}: ${consensus2015.metachronous.early.treatment}"`
const lesions = (count: number) => `${count} lesion${count > 1 ? 's' : ''}`

// ---------------------------------------------------------------------------------------------------------
// strategy

export function strategyGrades(file: CaseFile): NodeGrades {
  return grade('strategy', STRATEGY_OPTIONS, strategyTable(file))
}

/** The three factors the lecture gives for a metachronous recurrence, and what this case says of each. */
function metachronousFactors(file: CaseFile): string[] {
  const p = file.patient
  if (file.presentation !== 'metachronous' || isBreast(p))
    return []
  const factors = consensus2015.metachronous.dependsOn
  return [
    `Metachronous: "depends on ${factors[0]}, ${factors[1]} and ${factors[2]}". This case gives the ${factors[0]} (${p.monthsFromPrimaryResection} months after resection of the primary) and the ${factors[1]} (${p.adjuvantChemotherapy ? 'yes' : 'none'}); the ${factors[2]} is not stated beyond the count, size and CEA.`,
  ]
}

function strategyTable(file: CaseFile): RuleTable<StrategyOption> {
  const p = file.patient
  const { count } = p.liver
  const notes = metachronousFactors(file)

  if (tooManySites(p)) {
    const why = `${metastaticSites(p)} metastatic sites, liver included`
    return {
      rule: 'strategy.too-many-sites',
      best: ['systemic-only'],
      acceptable: ['chemo-first'],
      readings: ['sites'],
      notes,
      lines: {
        'systemic-only': [`${why}: more than ESMO's "Up to ${T.omdMaxSites} metastatic sites"; systemic therapy.`, 'esmo2022-definition'],
        'chemo-first': ['Acceptable: chemotherapy first tests the disease ("test of time") before any local plan.', 'consensus2015'],
        'surgery-first': [`${why}: liver surgery cannot treat all the disease.`, 'esmo2022-definition'],
        'non-surgical-local': [`${why}: a liver-directed treatment leaves disease untreated.`, 'esmo2022-definition'],
      },
    }
  }
  if (!p.primaryControlled) {
    return {
      rule: 'strategy.primary-not-controlled',
      best: ['systemic-only'],
      acceptable: ['chemo-first'],
      readings: ['primary-controlled'],
      notes,
      lines: {
        'systemic-only': ['The primary is not controlled (ESMO: "Controlled primary tumor"): systemic therapy.', 'esmo2022-definition'],
        'chemo-first': ['Acceptable: chemotherapy first; a local plan only if the primary comes under control.', 'esmo2022-definition'],
        'surgery-first': ['With the primary not controlled, liver surgery cannot make the patient disease-free.', 'esmo2022-definition'],
        'non-surgical-local': ['With the primary not controlled, a liver-directed treatment leaves disease untreated.', 'esmo2022-definition'],
      },
    }
  }
  if (isBreast(p))
    return breastStrategyTable(file)
  if (!p.fitForSurgery)
    return unfitStrategyTable(file, notes)
  if (p.liver.resectability === 'unresectable') {
    return {
      rule: 'strategy.unresectable',
      best: ['chemo-first'],
      acceptable: ['systemic-only'],
      notes,
      lines: {
        'chemo-first': ['Definitely unresectable: chemotherapy first, then restaging asks whether it has become resectable.', 'esmo2022-definition'],
        'systemic-only': ['Acceptable: systemic therapy, though a response may make the disease resectable: restaging decides.', 'esmo2022-definition'],
        'surgery-first': ['Definitely unresectable: surgery upfront cannot be complete.', 'esmo2022-definition'],
        'non-surgical-local': ['Definitely unresectable: "All metastatic sites must be safely treatable" for a local treatment.', 'esmo2022-definition'],
      },
    }
  }
  if (count > T.omdMaxLesions) {
    return {
      rule: 'strategy.more-than-five',
      best: ['chemo-first'],
      acceptable: ['systemic-only'],
      readings: ['occasionally-more'],
      notes,
      lines: {
        'chemo-first': [`${count} lesions, ${p.liver.resectability === 'marginal' ? 'marginally' : 'upfront'} resectable: "occasionally more... if complete eradication is possible"; chemotherapy first.`, 'esmo2022-definition'],
        'systemic-only': [`Acceptable: ${count} lesions is beyond "1 to ${T.omdMaxLesions}", but complete eradication is possible here.`, 'esmo2022-definition'],
        'surgery-first': [`${count} lesions: "Neo adjuvant Chemo is usually indicated unless very limited CRLM"; chemotherapy first.`, 'take-home'],
        'non-surgical-local': [`${count} lesions in a fit patient: chemotherapy, then a complete resection.`, 'esmo2022-surgery'],
      },
    }
  }
  if (file.presentation === 'synchronous') {
    return {
      rule: 'strategy.synchronous',
      best: ['chemo-first'],
      readings: ['primary-controlled'],
      lines: {
        'chemo-first': ['Synchronous: "even for limited disease", short chemotherapy first, the "test of time".', 'consensus2015'],
        'surgery-first': ['Synchronous: surgery first skips the "test of time"; chemotherapy comes first even for limited disease.', 'consensus2015'],
        'systemic-only': ['Synchronous, primary controlled: chemotherapy, then surgery of liver and colon in case of tumour control.', 'consensus2015'],
        'non-surgical-local': ['Fit patient: chemotherapy, then "one or two stage surgery (Liver + Colon)".', 'consensus2015'],
      },
    }
  }
  const months = p.monthsFromPrimaryResection
  if (months === undefined)
    throw new MissingCaseFact('patient.monthsFromPrimaryResection', 'the presentation is metachronous')
  const timing = recurrenceTiming(months)
  if (timing === 'early') {
    return {
      rule: 'strategy.early-metachronous',
      best: ['chemo-first'],
      readings: ['six-months'],
      notes,
      lines: {
        'chemo-first': [`${months} months: ${earlyLine}, chemotherapy first.`, 'consensus2015'],
        'surgery-first': [`${months} months, an early recurrence: surgery upfront is for late recurrence, easy to resect.`, 'consensus2015'],
        'systemic-only': ['Oligometastatic and resectable: the aim is cure, with chemotherapy and surgery.', 'consensus2015'],
        'non-surgical-local': ['Early recurrence in a fit patient: chemotherapy and surgery.', 'consensus2015'],
      },
    }
  }
  const late = lateTable(file, months)
  if (timing === 'late' || late.rule === 'strategy.late-marginal')
    return { ...late, notes, readings: timing === 'exactly' ? ['six-months', ...(late.readings ?? [])] : late.readings }
  // Exactly 6 months: the late grades with chemotherapy first (the early reading) added to best.
  return {
    ...late,
    rule: 'strategy.six-months',
    best: STRATEGY_OPTIONS.filter(option => late.best.includes(option) || option === 'chemo-first'),
    acceptable: (late.acceptable ?? []).filter(option => option !== 'chemo-first'),
    open: `Exactly ${T.recurrenceMonths} months is neither ${earlyLine} nor ${lateLine}: the lecture leaves it open, so chemotherapy first (the early reading) and ${late.best.filter(option => option !== 'chemo-first').map(option => OPTION_WORDS[option]).join(' or ')} (the late reading) are all graded best.`,
    readings: ['six-months', ...(late.readings ?? [])],
    notes,
    lines: { ...late.lines, 'chemo-first': [`Exactly ${T.recurrenceMonths} months: read as early, ${earlyLine}, chemotherapy first.`, 'consensus2015'] },
  }
}

const OPTION_WORDS: Partial<Record<OptionId, string>> = {
  'surgery-first': 'surgery first',
  'chemo-first': 'chemotherapy first',
  'systemic-only': 'systemic therapy only',
  'non-surgical-local': 'percutaneous ablation',
}

/** Late recurrence (> 6 months), fit, colorectal, at most 5 lesions, resectable. */
function lateTable(file: CaseFile, months: number): RuleTable<StrategyOption> {
  const p = file.patient
  const { count, largestMm } = p.liver
  const when = `${months} months`
  if (p.liver.resectability === 'marginal') {
    return {
      rule: 'strategy.late-marginal',
      best: ['chemo-first'],
      lines: {
        'chemo-first': ['Marginally resectable: chemotherapy first ("Neo adjuvant Chemo is usually indicated unless very limited CRLM").', 'take-home'],
        'surgery-first': ['Marginally resectable: surgery upfront is for "easy-to-resect LM"; chemotherapy first.', 'consensus2015'],
        'systemic-only': ['Potentially resectable: the objective is cure, not systemic therapy alone.', 'take-home'],
        'non-surgical-local': ['Fit patient with potentially resectable disease: chemotherapy, then surgery.', 'esmo2022-surgery'],
      },
    }
  }
  const systemicOnly: Line = ['Resectable disease in a fit patient: surgery remains the standard, potentially curative.', 'esmo2022-surgery']
  if (isVeryLimited(p) && allWithin(p, T.ablationWithinMm)) {
    return {
      rule: 'strategy.late-very-limited-small',
      best: ['surgery-first', 'non-surgical-local'],
      acceptable: ['chemo-first'],
      readings: ['very-limited', 'size-tiers', 'max-three'],
      lines: {
        'surgery-first': [`${when}, ${lesions(count)} ≤ ${T.ablationWithinMm} mm: ${lateLine}.`, 'consensus2015'],
        'non-surgical-local': [`${lesions(count)} ≤ ${T.ablationWithinMm} mm: "If limited disease burden (${collision.design.limitedBurden.printed}) consider percutaneous / laparoscopic approach"; ablation, "Equal results with less risk".`, 'collision'],
        'chemo-first': [`Acceptable: "${takeHomeChemo}", and this disease is very limited.`, 'take-home'],
        'systemic-only': systemicOnly,
      },
    }
  }
  if (isVeryLimited(p)) {
    return {
      rule: 'strategy.late-very-limited',
      best: ['surgery-first'],
      acceptable: ['chemo-first', 'non-surgical-local'],
      readings: ['very-limited', 'size-tiers', 'max-three'],
      lines: {
        'surgery-first': [`${when}, very limited disease (${lesions(count)}, largest ${largestMm} mm): ${lateLine}.`, 'consensus2015'],
        'chemo-first': [`Acceptable: "${takeHomeChemo}", and this disease is very limited.`, 'take-home'],
        'non-surgical-local': [`Acceptable: percutaneous ablation for limited burden, but ${largestMm} mm is at the edge of ablation's "max 2-3 cm".`, 'clocc'],
        'systemic-only': systemicOnly,
      },
    }
  }
  return {
    rule: 'strategy.late-upfront',
    best: ['surgery-first', 'chemo-first'],
    open: `${lateLine} against take-home 2, "${takeHomeChemo}", with EPOC's "No improvement of OS": the lecture leaves it open. ${bothBest('Surgery first', 'chemotherapy first')}`,
    readings: ['very-limited'],
    lines: {
      'surgery-first': [`${when}, upfront resectable: ${lateLine}.`, 'consensus2015'],
      'chemo-first': [`Not very limited (${lesions(count)}, largest ${largestMm} mm${p.extrahepaticSites > 0 ? ', an extrahepatic site' : ''}): "${takeHomeChemo}".`, 'take-home'],
      'systemic-only': systemicOnly,
      'non-surgical-local': [`Not a limited burden for ablation (${collision.design.limitedBurden.printed}, liver only): surgery.`, 'collision'],
    },
  }
}

function breastStrategyTable(file: CaseFile): RuleTable<StrategyOption> {
  const p = file.patient
  const noNonSurgical: Line = ['The lecture\'s breast-cancer evidence is for surgery combined to systemic treatment, not for non-surgical local treatment.', 'breast-surgery']
  if (!p.fitForSurgery) {
    return {
      rule: 'strategy.breast-unfit',
      best: ['systemic-only'],
      lines: {
        'systemic-only': ['Breast cancer, unfit for surgery: systemic therapy; liver surgery is for "highly selected patients".', 'breast-selected'],
        'chemo-first': ['Chemotherapy first prepares a resection this patient cannot undergo.', 'breast-selected'],
        'surgery-first': ['The patient is unfit for surgery.', 'breast-selected'],
        'non-surgical-local': noNonSurgical,
      },
    }
  }
  if (p.liver.count > T.omdMaxLesions || p.liver.resectability === 'unresectable') {
    const why = p.liver.resectability === 'unresectable' ? 'definitely unresectable' : `${p.liver.count} lesions`
    return {
      rule: 'strategy.breast-extensive',
      best: ['systemic-only'],
      acceptable: ['chemo-first'],
      lines: {
        'systemic-only': [`Breast cancer, ${why}: systemic therapy; surgery is for "highly selected patients".`, 'breast-selected'],
        'chemo-first': ['Acceptable: chemotherapy first, and restaging decides whether a resection has become possible.', 'breast-selected'],
        'surgery-first': [`Breast cancer, ${why}: surgery upfront cannot be complete.`, 'breast-selected'],
        'non-surgical-local': noNonSurgical,
      },
    }
  }
  if (p.extrahepaticSites > 0) {
    return {
      rule: 'strategy.breast-extrahepatic',
      best: ['systemic-only', 'chemo-first'],
      open: `An extrahepatic site: for bone metastases the lecture prints a "${mariani2013.boneMetastases.rr}-fold higher risk of death" (Mariani 2013), a prognostic factor it does not make a contraindication, and gives no rule. ${bothBest('Systemic therapy only', 'chemotherapy first')}`,
      readings: ['sites'],
      lines: {
        'systemic-only': ['Breast cancer with an extrahepatic site: systemic therapy.', 'breast-selected'],
        'chemo-first': ['Breast cancer with an extrahepatic site: chemotherapy first, then restaging decides on the liver.', 'breast-selected'],
        'surgery-first': ['An extrahepatic site: liver surgery first leaves disease untreated.', 'breast-selected'],
        'non-surgical-local': noNonSurgical,
      },
    }
  }
  return {
    rule: 'strategy.breast-liver-only',
    best: ['surgery-first', 'chemo-first'],
    acceptable: ['systemic-only'],
    open: `"${ruiz2018.conclusion}" (Ruiz 2018), in "highly selected patients" (Mariani 2013): the lecture gives no order. ${bothBest('Surgery first', 'chemotherapy first')}`,
    lines: {
      'surgery-first': ['Liver-only breast-cancer metastases in a fit patient: resection, combined to systemic treatment.', 'breast-surgery'],
      'chemo-first': ['Systemic treatment first, then resection: surgery combined to systemic treatment.', 'breast-surgery'],
      'systemic-only': [`Acceptable, but "${ruiz2018.conclusion}".`, 'breast-surgery'],
      'non-surgical-local': noNonSurgical,
    },
  }
}

function unfitStrategyTable(file: CaseFile, notes: string[]): RuleTable<StrategyOption> {
  const p = file.patient
  const { count } = p.liver
  const smallEnough = allWithin(p, T.ablationEdgeMm)
  const surgery: Line = ['The patient is unfit for surgery.', 'sbrt']
  const chemoFirst: Line = ['Chemotherapy first prepares a resection this patient cannot undergo.', 'sbrt']
  if (count > T.omdMaxLesions) {
    return {
      rule: 'strategy.unfit-extensive',
      best: ['systemic-only'],
      acceptable: smallEnough ? ['non-surgical-local'] : [],
      readings: smallEnough ? ['size-tiers'] : [],
      notes,
      lines: {
        'systemic-only': [`Unfit, ${count} lesions: beyond "1 to ${T.omdMaxLesions}" with no resection to make eradication complete; systemic therapy.`, 'esmo2022-definition'],
        'non-surgical-local': smallEnough
          ? [`Acceptable: every lesion ≤ ${T.ablationEdgeMm} mm, within ablation's "max 2-3 cm", if all can be treated.`, 'clocc']
          : [`${count} lesions, some over ${T.ablationEdgeMm} mm: not all can be treated locally.`, 'esmo2022-definition'],
        'surgery-first': surgery,
        'chemo-first': chemoFirst,
      },
    }
  }
  return {
    rule: 'strategy.unfit',
    best: ['non-surgical-local'],
    acceptable: ['systemic-only'],
    notes,
    lines: {
      'non-surgical-local': ['Unfit for surgery: a non-surgical local treatment still treats limited disease ("A treatment option for inoperable pts").', 'sbrt'],
      'systemic-only': ['Acceptable: systemic therapy alone, but it gives up local control of limited disease.', 'take-home'],
      'surgery-first': surgery,
      'chemo-first': chemoFirst,
    },
  }
}

// ---------------------------------------------------------------------------------------------------------
// restaging-first-line / restaging-second-line

export type ChemotherapyLine = 'firstLine' | 'secondLine'

export function restagingNode(line: ChemotherapyLine): NodeId {
  return line === 'firstLine' ? 'restaging-first-line' : 'restaging-second-line'
}

/** What restaging shows after `line`, from the case's course. */
export function restagingResult(file: CaseFile, line: ChemotherapyLine): RestagingResult {
  const result = file.course[line]
  if (result === undefined)
    throw new MissingCaseFact(`course.${line}`, `the pathway can reach restaging after ${line === 'firstLine' ? 'first' : 'second'}-line chemotherapy`)
  return result
}

export function restagingGrades(file: CaseFile, line: ChemotherapyLine): NodeGrades {
  return grade(restagingNode(line), RESTAGING_OPTIONS, restagingTable(file, line))
}

/** Definitely unresectable disease that chemotherapy has not made resectable (a response is not a conversion). */
function notConverted(file: CaseFile): boolean {
  if (file.patient.liver.resectability !== 'unresectable')
    return false
  if (file.course.convertedToResectable === undefined)
    throw new MissingCaseFact('course.convertedToResectable', 'definitely unresectable disease can reach restaging with tumour control')
  return !file.course.convertedToResectable
}

function restagingTable(file: CaseFile, line: ChemotherapyLine): RuleTable<RestagingOption> {
  const result = restagingResult(file, line)
  const p = file.patient
  const anotherLine: Line = line === 'firstLine'
    ? ['The disease is controlled: no reason to change the regimen.', 'consensus2015']
    : ['A second line has already been given: the choice is local treatment or further systemic therapy.', 'progression-in-place']
  if (result !== 'progression') {
    const control = result === 'response' ? 'Response' : 'Stable disease'
    if (tooManySites(p) || !p.primaryControlled) {
      const why = tooManySites(p) ? `${metastaticSites(p)} metastatic sites` : 'the primary is not controlled'
      return {
        rule: 'restaging.control-not-oligometastatic',
        best: ['continue-systemic'],
        readings: [tooManySites(p) ? 'sites' : 'primary-controlled'],
        lines: {
          'continue-systemic': [`${control}, but ${why}: continue systemic therapy.`, 'esmo2022-definition'],
          'local-treatment': [`${control}, but ${why}: a liver treatment leaves disease untreated.`, 'esmo2022-definition'],
          'second-line-chemo': anotherLine,
        },
      }
    }
    if (isBreast(p) && p.extrahepaticSites > 0) {
      return {
        rule: 'restaging.control-breast-extrahepatic',
        best: ['local-treatment', 'continue-systemic'],
        open: `"${ruiz2018.conclusion}", but with bone metastases a "${mariani2013.boneMetastases.rr}-fold higher risk of death" (Mariani 2013): the lecture gives no rule. ${bothBest('Local treatment', 'continued systemic therapy')}`,
        lines: {
          'local-treatment': [`${control}: surgery combined to systemic treatment, in a highly selected patient.`, 'breast-surgery'],
          'continue-systemic': [`${control}, with an extrahepatic site: systemic therapy.`, 'breast-selected'],
          'second-line-chemo': anotherLine,
        },
      }
    }
    if (p.liver.resectability === 'unresectable') {
      if (!notConverted(file)) {
        return {
          rule: 'restaging.converted',
          best: ['local-treatment'],
          lines: {
            'local-treatment': [`${control}, and the disease has become resectable: local treatment, with curative intent.`, 'take-home'],
            'continue-systemic': ['Converted to resectable disease: the local treatment is the curative step; do not postpone it.', 'take-home'],
            'second-line-chemo': anotherLine,
          },
        }
      }
      const smallEnough = allWithin(p, T.ablationEdgeMm)
      return {
        rule: 'restaging.not-converted',
        best: ['continue-systemic'],
        acceptable: smallEnough ? ['local-treatment'] : [],
        readings: smallEnough ? ['size-tiers'] : [],
        lines: {
          'continue-systemic': [`${control}, but still definitely unresectable: a response is not a conversion; continue systemic therapy.`, 'esmo2022-definition'],
          'local-treatment': smallEnough
            ? [`Acceptable: every lesion ≤ ${T.ablationEdgeMm} mm; CLOCC, "ChT plus RFA ± surgical resection", improved PFS and OS.`, 'clocc-long-term']
            : ['Still definitely unresectable: no local treatment can be complete.', 'esmo2022-definition'],
          'second-line-chemo': anotherLine,
        },
      }
    }
    return {
      rule: 'restaging.tumour-control',
      best: ['local-treatment'],
      lines: {
        'local-treatment': [`${control}: "tumor control by chemotherapy", proceed to local treatment.`, 'consensus2015'],
        'continue-systemic': ['Controlled disease: local treatment is the curative step; do not postpone it.', 'take-home'],
        'second-line-chemo': anotherLine,
      },
    }
  }

  const vigano = viganoContraindication(p)
  if (vigano.contraindicated) {
    const why = joined(vigano.reasons)
    const noResection: Line = [`Progression with ${why}: "Liver resection is contraindicated" (Viganò).`, 'vigano2012']
    return line === 'firstLine'
      ? {
          rule: 'restaging.vigano-first-line',
          best: ['second-line-chemo'],
          lines: {
            'second-line-chemo': [`Progression with ${why}: "further chemotherapy is recommended" (Viganò), a second line.`, 'vigano2012'],
            'local-treatment': noResection,
            'continue-systemic': ['The first line has failed: change to a second line rather than continue it.', 'progression-in-place'],
          },
        }
      : {
          rule: 'restaging.vigano-second-line',
          best: ['continue-systemic'],
          lines: {
            'continue-systemic': [`Progression despite two lines, with ${why}: further systemic therapy (Viganò).`, 'vigano2012'],
            'local-treatment': noResection,
            'second-line-chemo': anotherLine,
          },
        }
  }
  if (tooManySites(p) || !p.primaryControlled || p.liver.resectability === 'unresectable') {
    const why = tooManySites(p) ? `${metastaticSites(p)} metastatic sites` : !p.primaryControlled ? 'the primary is not controlled' : 'the disease is definitely unresectable'
    const noLocal: Line = [`Progression, and ${why}: no local treatment can be complete.`, 'esmo2022-definition']
    return line === 'firstLine'
      ? {
          rule: 'restaging.progression-not-locally-treatable',
          best: ['second-line-chemo'],
          lines: {
            'second-line-chemo': [`Progression on the first line, and ${why}: a second line.`, 'progression-in-place'],
            'local-treatment': noLocal,
            'continue-systemic': ['The first line has failed: change to a second line rather than continue it.', 'progression-in-place'],
          },
        }
      : {
          rule: 'restaging.progression-not-locally-treatable',
          best: ['continue-systemic'],
          lines: {
            'continue-systemic': [`Progression despite two lines, and ${why}: further systemic therapy.`, 'progression-in-place'],
            'local-treatment': noLocal,
            'second-line-chemo': anotherLine,
          },
        }
  }
  if (line === 'firstLine') {
    return {
      rule: 'restaging.progression-first-line',
      best: ['second-line-chemo'],
      acceptable: ['local-treatment'],
      lines: {
        'second-line-chemo': [`"${progressionInPlace.controlFirst}"`, 'progression-in-place'],
        'local-treatment': ['Acceptable: without Viganò\'s criteria, progression "Should Not Be an Absolute Contraindication".', 'vigano2012'],
        'continue-systemic': ['"Surgery should not be denied after the failure Of 1st line chemotherapy": change the regimen, aim for surgery.', 'adam2017'],
      },
    }
  }
  const { completeResectionPossible, mdtConsensus } = file.course
  const reason = 'progression on second line without Viganò\'s contraindication'
  if (completeResectionPossible === undefined)
    throw new MissingCaseFact('course.completeResectionPossible', reason)
  if (mdtConsensus === undefined)
    throw new MissingCaseFact('course.mdtConsensus', reason)
  if (completeResectionPossible && mdtConsensus) {
    return {
      rule: 'restaging.progression-second-line-exception',
      best: ['local-treatment', 'continue-systemic'],
      open: `The lecture poses it as a question: "${progressionInPlace.exception}". ${bothBest('Local treatment', 'further systemic therapy')}`,
      lines: {
        'local-treatment': ['Progression despite optimal therapy: surgery, as the resection can be complete and the MDT agrees.', 'progression-in-place'],
        'continue-systemic': ['Further systemic therapy: "Surgery at some conditions ?" is a question the lecture leaves to the MDT.', 'progression-in-place'],
        'second-line-chemo': anotherLine,
      },
    }
  }
  const missing = [
    completeResectionPossible ? null : 'resection cannot be complete',
    mdtConsensus ? null : 'no MDT consensus',
  ].filter(Boolean).join(' and ')
  return {
    rule: 'restaging.progression-second-line',
    best: ['continue-systemic'],
    lines: {
      'continue-systemic': [`Progression despite optimal therapy, but ${missing}: further systemic therapy.`, 'progression-in-place'],
      'local-treatment': [`Surgery after progression needs "complete and consensus MDT decision": ${missing}.`, 'progression-in-place'],
      'second-line-chemo': anotherLine,
    },
  }
}

// ---------------------------------------------------------------------------------------------------------
// modality

/** The modality options shown: the two that also treat the primary only when a colorectal primary is in place. */
export function modalityOptions(file: CaseFile): readonly ModalityOption[] {
  return file.presentation === 'synchronous' && !isBreast(file.patient)
    ? [...MODALITY_OPTIONS, ...SYNCHRONOUS_MODALITY_OPTIONS]
    : MODALITY_OPTIONS
}

export interface ModalityRoute {
  /** The learner took the non-surgical route at `strategy`. */
  viaNonSurgical: boolean
  /** The learner took the second-line exception (local treatment after progression on the second line). */
  afterException: boolean
}

const NO_ROUTE: ModalityRoute = { viaNonSurgical: false, afterException: false }

export function modalityGrades(file: CaseFile, route: ModalityRoute = NO_ROUTE): NodeGrades {
  return grade('modality', modalityOptions(file), modalityTable(file, route))
}

function modalityTable(file: CaseFile, route: ModalityRoute): RuleTable<ModalityOption> {
  const p = file.patient
  const { count, largestMm } = p.liver
  const size = `${lesions(count)}, largest ${largestMm} mm`
  const sbrtNotCurative: Line = ['SBRT: "A treatment option for inoperable pts", "not ranged as curative".', 'sbrt']
  const primaryToo: Line = ['Synchronous: the primary must be treated too, "one or two stage surgery (Liver + Colon)".', 'consensus2015']
  const synchronousLines = { 'simultaneous-resection': primaryToo, 'staged-resection': primaryToo } as const
  const hybrid: Line = [`Acceptable: ablation "associated to surgical resection" (${collision.comments.ablationWithResectionPct}% of COLLISION cases) also treats every lesion.`, 'collision']

  if (!p.fitForSurgery) {
    const unfit: Line = ['Unfit for surgery: no resection.', 'sbrt']
    const noResection = { 'resection': unfit, 'resection-plus-ablation': unfit, 'simultaneous-resection': unfit, 'staged-resection': unfit } as const
    return count <= T.omdMaxLesions && allWithin(p, T.ablationEdgeMm)
      ? {
          rule: 'modality.unfit-ablation',
          best: ['ablation'],
          acceptable: ['sbrt'],
          readings: ['size-tiers'],
          lines: {
            ...noResection,
            'ablation': [`${size}: within thermal ablation's "max 2-3 cm".`, 'clocc'],
            'sbrt': ['Acceptable: SBRT, "A treatment option for inoperable pts", though "not ranged as curative".', 'sbrt'],
          },
        }
      : {
          rule: 'modality.unfit-sbrt',
          best: ['sbrt'],
          readings: ['size-tiers'],
          lines: {
            ...noResection,
            'sbrt': [`${size}: beyond ablation's limits; SBRT is "A treatment option for inoperable pts".`, 'sbrt'],
            'ablation': [`${size}: beyond thermal ablation's "max 2-3 cm".`, 'clocc'],
          },
        }
  }
  if (route.viaNonSurgical) {
    const notThisRoute: Line = ['You chose a non-surgical local treatment: percutaneous ablation, not a resection.', 'collision']
    return {
      rule: 'modality.non-surgical',
      best: ['ablation'],
      readings: ['size-tiers'],
      lines: {
        'ablation': [`${size}: percutaneous ablation, "Equal results with less risk for a very limited subset of patients".`, 'collision'],
        'sbrt': ['Fit patient: SBRT is "A treatment option for inoperable pts", "not ranged as curative".', 'sbrt'],
        'resection': notThisRoute,
        'resection-plus-ablation': notThisRoute,
        ...synchronousLines,
      },
    }
  }
  if (p.liver.resectability === 'unresectable' && !file.course.convertedToResectable) {
    const incomplete: Line = ['Still definitely unresectable: resection alone cannot be complete.', 'esmo2022-definition']
    return {
      rule: 'modality.not-converted',
      best: ['ablation', 'resection-plus-ablation'],
      readings: ['size-tiers'],
      lines: {
        'ablation': [`${size}: CLOCC, "ChT plus RFA ± surgical resection".`, 'clocc-long-term'],
        'resection-plus-ablation': [`${size}: CLOCC, "ChT plus RFA ± surgical resection".`, 'clocc-long-term'],
        'resection': incomplete,
        'sbrt': sbrtNotCurative,
        'simultaneous-resection': incomplete,
        'staged-resection': incomplete,
      },
    }
  }
  if (isBreast(p)) {
    const seriesAreResections: Line = ['The lecture\'s breast-cancer series are resections: "Resection of Breast Cancer Liver Metastases".', 'breast-surgery']
    return {
      rule: 'modality.breast',
      best: ['resection'],
      acceptable: ['resection-plus-ablation'],
      lines: {
        'resection': [`Breast cancer, ${size}: resection, "combined to systemic treatment".`, 'breast-surgery'],
        'resection-plus-ablation': ['Acceptable: a resection, with ablation of a lesion hard to resect.', 'breast-surgery'],
        'ablation': seriesAreResections,
        'sbrt': sbrtNotCurative,
      },
    }
  }
  if (file.presentation === 'synchronous') {
    const bothStages: Line = ['Synchronous, controlled by chemotherapy: "one or two stage surgery (Liver + Colon)".', 'consensus2015']
    return {
      rule: 'modality.synchronous',
      best: ['simultaneous-resection', 'staged-resection'],
      lines: {
        'simultaneous-resection': bothStages,
        'staged-resection': bothStages,
        'resection': primaryToo,
        'ablation': primaryToo,
        'resection-plus-ablation': primaryToo,
        'sbrt': sbrtNotCurative,
      },
    }
  }
  if (route.afterException) {
    return {
      rule: 'modality.after-exception',
      best: ['resection'],
      acceptable: ['resection-plus-ablation'],
      lines: {
        'resection': ['The exception: "Surgery at some conditions ? if complete and consensus MDT decision".', 'progression-in-place'],
        'resection-plus-ablation': hybrid,
        'ablation': ['The exception the lecture names is surgery, complete: "Surgery at some conditions ?".', 'progression-in-place'],
        'sbrt': sbrtNotCurative,
      },
    }
  }
  const resectionStandard: Line = [`${size}: "surgery remains the standard and best (potentially) curative treatment".`, 'esmo2022-surgery']
  if (count <= T.veryLimitedMaxLesions && allWithin(p, T.ablationWithinMm)) {
    return {
      rule: 'modality.small',
      best: ['resection', 'ablation'],
      acceptable: ['resection-plus-ablation'],
      readings: ['size-tiers', 'max-three'],
      lines: {
        'resection': resectionStandard,
        'ablation': [`${size}: COLLISION, "Equal results with less risk for a very limited subset of patients".`, 'collision'],
        'resection-plus-ablation': hybrid,
        'sbrt': sbrtNotCurative,
      },
    }
  }
  if (count <= T.veryLimitedMaxLesions && allWithin(p, T.ablationEdgeMm)) {
    return {
      rule: 'modality.edge-of-ablation',
      best: ['resection'],
      acceptable: ['ablation', 'resection-plus-ablation'],
      readings: ['size-tiers', 'max-three'],
      lines: {
        'resection': resectionStandard,
        'ablation': [`Acceptable: ${largestMm} mm is at the edge of ablation's "max 2-3 cm"; COLLISION addressed "small size (${collision.comments.sizeMm}mm)" lesions.`, 'collision'],
        'resection-plus-ablation': hybrid,
        'sbrt': sbrtNotCurative,
      },
    }
  }
  return {
    rule: 'modality.other',
    best: ['resection'],
    acceptable: ['resection-plus-ablation'],
    readings: ['size-tiers', 'max-three'],
    lines: {
      'resection': resectionStandard,
      'resection-plus-ablation': [`Acceptable: ablation "associated to surgical resection" (${collision.comments.ablationWithResectionPct}% of COLLISION cases) for a lesion hard to resect.`, 'collision'],
      'ablation': count > T.veryLimitedMaxLesions
        ? [`${lesions(count)}: more than COLLISION's limited burden, "${collision.design.limitedBurden.printed}"; resection.`, 'collision']
        : [`Largest ${largestMm} mm: beyond thermal ablation's "max 2-3 cm".`, 'clocc'],
      'sbrt': sbrtNotCurative,
    },
  }
}

// ---------------------------------------------------------------------------------------------------------
// Any node

/** A choice the case followed (graded best or acceptable). */
export interface PathStep {
  node: NodeId
  option: OptionId
}

export function routeOf(file: CaseFile, path: readonly PathStep[]): ModalityRoute {
  return {
    viaNonSurgical: path.some(step => step.node === 'strategy' && step.option === 'non-surgical-local'),
    afterException: file.course.secondLine === 'progression'
      && path.some(step => step.node === 'restaging-second-line' && step.option === 'local-treatment'),
  }
}

/** The grades at `node`, given the choices that led there (the modality depends on the route taken). */
export function gradesAt(file: CaseFile, node: NodeId, path: readonly PathStep[]): NodeGrades {
  switch (node) {
    case 'strategy': return strategyGrades(file)
    case 'restaging-first-line': return restagingGrades(file, 'firstLine')
    case 'restaging-second-line': return restagingGrades(file, 'secondLine')
    case 'modality': return modalityGrades(file, routeOf(file, path))
  }
}

/** What the debrief adds once the case is over: after a resection first, what the lecture says of chemotherapy after it. */
export function debriefNotes(file: CaseFile, path: readonly PathStep[]): string[] {
  const surgeryFirst = path.some(step => step.node === 'strategy' && step.option === 'surgery-first')
  if (!surgeryFirst || isBreast(file.patient))
    return []
  return [
    `Chemotherapy after resection: JCOG0603, "${jcog0603.lecturerConclusion.replace(/^In conclusion, /, '')}" EPOC (${epoc2008.source.citation}): "Improvement of PFS", "No improvement of OS".`,
  ]
}

/** One line per rule, for the pathway slide (generated, so the slide cannot disagree with the rules). */
export const RULE_SUMMARIES: Record<RuleId, { summary: string, open?: true }> = {
  'strategy.too-many-sites': { summary: `more than ${T.omdMaxSites} metastatic sites, liver included → systemic only (chemotherapy first acceptable)` },
  'strategy.primary-not-controlled': { summary: 'primary not controlled → systemic only (chemotherapy first acceptable)' },
  'strategy.breast-unfit': { summary: 'breast, unfit → systemic only' },
  'strategy.breast-extensive': { summary: `breast, more than ${T.omdMaxLesions} lesions or unresectable → systemic only (chemotherapy first acceptable)` },
  'strategy.breast-extrahepatic': { summary: 'breast with an extrahepatic site → systemic only or chemotherapy first', open: true },
  'strategy.breast-liver-only': { summary: 'breast, liver only → surgery first or chemotherapy first', open: true },
  'strategy.unfit-extensive': { summary: `unfit, more than ${T.omdMaxLesions} lesions → systemic only` },
  'strategy.unfit': { summary: 'unfit → non-surgical local treatment (systemic only acceptable)' },
  'strategy.unresectable': { summary: 'definitely unresectable → chemotherapy first, restaging asks if it has become resectable' },
  'strategy.more-than-five': { summary: `more than ${T.omdMaxLesions} lesions, resectable or marginal → chemotherapy first` },
  'strategy.synchronous': { summary: 'synchronous → chemotherapy first, "even for limited disease"' },
  'strategy.early-metachronous': { summary: `recurrence before ${T.recurrenceMonths} months → chemotherapy first` },
  'strategy.late-marginal': { summary: `after ${T.recurrenceMonths} months, marginal → chemotherapy first` },
  'strategy.late-very-limited-small': { summary: `after ${T.recurrenceMonths} months, very limited, all ≤ ${T.ablationWithinMm} mm → surgery first or percutaneous ablation` },
  'strategy.late-very-limited': { summary: `after ${T.recurrenceMonths} months, very limited, largest ${T.ablationWithinMm + 1}–${T.ablationEdgeMm} mm → surgery first` },
  'strategy.late-upfront': { summary: `after ${T.recurrenceMonths} months, upfront resectable, not very limited → surgery first or chemotherapy first`, open: true },
  'strategy.six-months': { summary: `exactly ${T.recurrenceMonths} months → the late grades, chemotherapy first also best`, open: true },
  'restaging.control-not-oligometastatic': { summary: 'tumour control, too many sites or primary not controlled → continue systemic' },
  'restaging.control-breast-extrahepatic': { summary: 'tumour control, breast with an extrahepatic site → local treatment or continue systemic', open: true },
  'restaging.converted': { summary: 'tumour control, unresectable disease converted to resectable → local treatment' },
  'restaging.not-converted': { summary: `tumour control, still unresectable → continue systemic (local treatment acceptable if all ≤ ${T.ablationEdgeMm} mm, CLOCC)` },
  'restaging.tumour-control': { summary: 'tumour control (response or stable) → local treatment' },
  'restaging.vigano-first-line': { summary: `progression with Viganò's contraindication (> ${T.viganoMoreThanMetastases} and ≥ ${T.viganoSizeMm} mm, or CEA ≥ ${T.viganoCeaNgPerMl} ng/mL) → second line` },
  'restaging.vigano-second-line': { summary: 'progression on the second line with Viganò\'s contraindication → continue systemic' },
  'restaging.progression-not-locally-treatable': { summary: 'progression, and too many sites, primary not controlled or unresectable → further systemic therapy' },
  'restaging.progression-first-line': { summary: 'progression on the first line → second line (local treatment acceptable)' },
  'restaging.progression-second-line-exception': { summary: 'progression on the second line, resection complete and MDT agrees → local treatment or continue systemic', open: true },
  'restaging.progression-second-line': { summary: 'progression on the second line otherwise → continue systemic' },
  'modality.unfit-ablation': { summary: `unfit, at most ${T.omdMaxLesions} lesions all ≤ ${T.ablationEdgeMm} mm → ablation (SBRT acceptable)` },
  'modality.unfit-sbrt': { summary: 'unfit, otherwise → SBRT' },
  'modality.non-surgical': { summary: 'fit, non-surgical route → ablation' },
  'modality.not-converted': { summary: 'unresectable, not converted → ablation, or resection plus ablation' },
  'modality.breast': { summary: 'breast → resection' },
  'modality.synchronous': { summary: 'synchronous → liver and primary in one or two stages' },
  'modality.after-exception': { summary: 'after the second-line exception → resection' },
  'modality.small': { summary: `at most ${T.veryLimitedMaxLesions} lesions, all ≤ ${T.ablationWithinMm} mm → resection or ablation` },
  'modality.edge-of-ablation': { summary: `at most ${T.veryLimitedMaxLesions} lesions, largest ${T.ablationWithinMm + 1}–${T.ablationEdgeMm} mm → resection (ablation acceptable)` },
  'modality.other': { summary: 'otherwise → resection (resection plus ablation acceptable)' },
}

export type RuleGroup = 'strategy' | 'restaging' | 'modality'

export const RULE_GROUP_TITLES: Record<RuleGroup, string> = {
  strategy: 'Strategy',
  restaging: 'Restaging after each line',
  modality: 'Local treatment',
}

/** The rules of one decision, in the order they are tried (the first that matches wins). */
export function rulesOf(group: RuleGroup): { id: RuleId, summary: string, open: boolean }[] {
  return RULE_IDS.filter(id => id.startsWith(`${group}.`)).map(id => ({ id, summary: RULE_SUMMARIES[id].summary, open: RULE_SUMMARIES[id].open === true }))
}

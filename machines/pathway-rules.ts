import type { CaseFile, Patient, RestagingResult } from './case-schema'
import type { Evidence, EvidenceId } from './evidence'
import type { Grade, ModalityOption, NodeId, OptionId, RestagingOption, StrategyOption } from './pathway-ids'
import { clocc } from '../data/clocc'
import { collision } from '../data/collision'
import { consensus2015 } from '../data/consensus2015'
import { esmo2022 } from '../data/esmo2022'
import { vigano2012 } from '../data/vigano2012'
import { EVIDENCE } from './evidence'
import { MODALITY_OPTIONS, RESTAGING_OPTIONS, STRATEGY_OPTIONS, SYNCHRONOUS_MODALITY_OPTIONS } from './pathway-ids'

// The lecture's management pathway as pure functions: each decision node gets every offered option graded
// best / acceptable / incorrect with a one-line rationale, its citation and the slide to revisit.
// The first matching rule wins, in the order the lecture's reasoning goes (issue #4 lists them).

/** Thresholds, read from data/ (never retyped here). */
export const THRESHOLDS = {
  /** ESMO 2022: "1 to 5 metastatic lesions". */
  omdMaxLesions: esmo2022.definition.maxLesions,
  /**
   * ESMO 2022: "Up to 2 metastatic sites". The liver is one of them, so a second site is allowed: one
   * extrahepatic site is still oligometastatic, "more than 1 extrahepatic site" is not.
   */
  omdMaxExtrahepaticSites: esmo2022.definition.maxSites - 1,
  /** Consensus 2015: early recurrence "< 6 months", late "> 6 months"; exactly 6 counts as late (see isEarlyRecurrence). */
  earlyRecurrenceMonths: consensus2015.earlyRecurrenceMonths,
  /** Viganò 2012: "> 3 metastases" and "Size ≥ 50 mm", or "CEA ≥ 200 ng/mL". */
  viganoMoreThanMetastases: vigano2012.moreThanMetastases,
  viganoSizeMm: vigano2012.sizeMm,
  viganoCeaNgPerMl: vigano2012.ceaNgPerMl,
  /** COLLISION: limited disease burden = "max 3 CRLM ≤ 3 cm". */
  limitedBurdenMaxLesions: collision.design.limitedBurden.maxLesions,
  limitedBurdenMaxMm: collision.design.limitedBurden.maxSizeCm * 10,
}

export type RuleId =
  | 'strategy.not-oligometastatic' | 'strategy.unresectable' | 'strategy.unfit' | 'strategy.synchronous'
  | 'strategy.early-metachronous' | 'strategy.late-upfront' | 'strategy.late-marginal'
  | 'restaging.tumour-control' | 'restaging.vigano-first-line' | 'restaging.vigano-second-line'
  | 'restaging.progression-first-line' | 'restaging.progression-second-line-complete'
  | 'restaging.progression-second-line-not-complete'
  | 'modality.non-surgical-limited' | 'modality.non-surgical-other' | 'modality.synchronous'
  | 'modality.limited-burden' | 'modality.other'

export interface OptionGrade extends Evidence {
  option: OptionId
  grade: Grade
  rationale: string
}

export interface NodeGrades {
  node: NodeId
  rule: RuleId
  options: OptionGrade[]
}

/** A fact the pathway needs but the case file does not give; `field` is its path in the file. */
export class MissingCaseFact extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: required because ${reason}`)
    this.name = 'MissingCaseFact'
  }
}

// ---------------------------------------------------------------------------------------------------------
// Facts

/**
 * Liver lesions are counted (the case files give no count of extrahepatic lesions). ESMO adds "occasionally
 * more... if complete eradication is possible"; the pathway (issue #4) takes more than 5 as not oligometastatic
 * and leaves that exception to the "chemotherapy first" option, graded acceptable for these patients.
 */
export function isOligometastatic(patient: Patient): { oligometastatic: boolean, reasons: string[] } {
  const reasons: string[] = []
  if (patient.liver.count > THRESHOLDS.omdMaxLesions)
    reasons.push(`${patient.liver.count} liver lesions (ESMO: 1 to ${THRESHOLDS.omdMaxLesions})`)
  if (patient.extrahepaticSites > THRESHOLDS.omdMaxExtrahepaticSites)
    reasons.push(`${patient.extrahepaticSites + 1} metastatic sites, liver included (ESMO: up to ${esmo2022.definition.maxSites})`)
  if (!patient.primaryControlled)
    reasons.push('primary tumour not controlled')
  return { oligometastatic: reasons.length === 0, reasons }
}

/** "Early recurrence (< 6 months)": 6 months exactly is late. */
export function isEarlyRecurrence(monthsFromPrimaryResection: number): boolean {
  return monthsFromPrimaryResection < THRESHOLDS.earlyRecurrenceMonths
}

/** COLLISION's limited burden: at most 3 lesions, all ≤ 3 cm (the largest decides). */
export function isLimitedBurden(liver: Patient['liver']): boolean {
  return liver.count <= THRESHOLDS.limitedBurdenMaxLesions && liver.largestMm <= THRESHOLDS.limitedBurdenMaxMm
}

/** Viganò 2012: resection contraindicated with > 3 and large (≥ 50 mm) metastases, or whenever CEA ≥ 200 ng/mL. */
export function viganoContraindication(patient: Patient): { contraindicated: boolean, reasons: string[] } {
  const reasons: string[] = []
  const { count, largestMm } = patient.liver
  if (count > THRESHOLDS.viganoMoreThanMetastases && largestMm >= THRESHOLDS.viganoSizeMm)
    reasons.push(`${count} metastases with the largest ${largestMm} mm`)
  if (patient.ceaNgPerMl >= THRESHOLDS.viganoCeaNgPerMl)
    reasons.push(`CEA ${patient.ceaNgPerMl} ng/mL`)
  return { contraindicated: reasons.length > 0, reasons }
}

// ---------------------------------------------------------------------------------------------------------
// Grading tables

type Line = readonly [rationale: string, evidence: EvidenceId]

interface RuleTable<O extends OptionId> {
  rule: RuleId
  best: readonly O[]
  acceptable?: readonly O[]
  lines: Partial<Record<O, Line>>
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
  }
}

const joined = (reasons: string[]) => reasons.join(', ')

// ---------------------------------------------------------------------------------------------------------
// strategy

export function strategyGrades(file: CaseFile): NodeGrades {
  return grade('strategy', STRATEGY_OPTIONS, strategyTable(file))
}

function strategyTable(file: CaseFile): RuleTable<StrategyOption> {
  const { patient } = file
  const omd = isOligometastatic(patient)
  if (!omd.oligometastatic) {
    const why = joined(omd.reasons)
    return {
      rule: 'strategy.not-oligometastatic',
      best: ['systemic-only'],
      acceptable: ['chemo-first'],
      lines: {
        'systemic-only': [`Not oligometastatic (${why}): systemic therapy.`, 'esmo2022-definition'],
        'chemo-first': ['Acceptable: chemotherapy first tests the disease ("test of time") before any local plan.', 'consensus2015'],
        'surgery-first': [`Not oligometastatic (${why}): surgery cannot treat all the disease.`, 'esmo2022-definition'],
        'non-surgical-local': [`Not oligometastatic (${why}): a liver-directed treatment leaves disease untreated.`, 'esmo2022-definition'],
      },
    }
  }
  if (patient.liver.resectability === 'unresectable') {
    return {
      rule: 'strategy.unresectable',
      best: ['systemic-only'],
      acceptable: ['chemo-first'],
      lines: {
        'systemic-only': ['Definitely unresectable: systemic therapy.', 'esmo2022-definition'],
        'chemo-first': ['Acceptable: chemotherapy first, then reassess resectability if the disease is controlled.', 'take-home'],
        'surgery-first': ['Definitely unresectable: surgery upfront cannot be complete.', 'esmo2022-definition'],
        'non-surgical-local': ['Definitely unresectable: all sites must be safely treatable for a local treatment.', 'esmo2022-definition'],
      },
    }
  }
  if (!patient.fitForSurgery) {
    return {
      rule: 'strategy.unfit',
      best: ['non-surgical-local'],
      acceptable: ['systemic-only'],
      lines: {
        'non-surgical-local': ['Unfit for surgery: a non-surgical local treatment still treats limited disease.', 'sbrt'],
        'systemic-only': ['Acceptable: systemic therapy alone, but it gives up local control of limited disease.', 'take-home'],
        'surgery-first': ['The patient is unfit for surgery.', 'sbrt'],
        'chemo-first': ['Chemotherapy first prepares a resection this patient cannot undergo.', 'sbrt'],
      },
    }
  }
  if (file.presentation === 'synchronous') {
    return {
      rule: 'strategy.synchronous',
      best: ['chemo-first'],
      lines: {
        'chemo-first': ['Synchronous: short chemotherapy first, the "test of time", even for limited disease.', 'consensus2015'],
        'surgery-first': ['Synchronous: surgery first skips the "test of time"; chemotherapy comes first even for limited disease.', 'consensus2015'],
        'systemic-only': ['Synchronous oligometastatic disease: chemotherapy, then surgery of liver and primary if controlled.', 'consensus2015'],
        'non-surgical-local': ['Fit patient: chemotherapy, then surgery of liver and primary in one or two stages.', 'consensus2015'],
      },
    }
  }
  const months = patient.monthsFromPrimaryResection
  if (months === undefined)
    throw new MissingCaseFact('patient.monthsFromPrimaryResection', 'the presentation is metachronous')
  if (isEarlyRecurrence(months)) {
    return {
      rule: 'strategy.early-metachronous',
      best: ['chemo-first'],
      lines: {
        'chemo-first': [`Early recurrence (${months} months, under ${THRESHOLDS.earlyRecurrenceMonths}): chemotherapy and surgery, chemotherapy first.`, 'consensus2015'],
        'surgery-first': [`Early recurrence (${months} months): surgery upfront is for late recurrence only.`, 'consensus2015'],
        'systemic-only': ['Oligometastatic and resectable: the aim is cure, with chemotherapy and surgery.', 'consensus2015'],
        'non-surgical-local': ['Fit patient: chemotherapy then surgery, not a non-surgical treatment.', 'consensus2015'],
      },
    }
  }
  if (patient.liver.resectability === 'upfront') {
    return {
      rule: 'strategy.late-upfront',
      best: ['surgery-first'],
      acceptable: ['chemo-first'],
      lines: {
        'surgery-first': [`Late recurrence (${months} months, ${THRESHOLDS.earlyRecurrenceMonths} or more), easy to resect: surgery upfront.`, 'consensus2015'],
        'chemo-first': ['Acceptable: perioperative chemotherapy improves PFS but not overall survival (EPOC).', 'epoc'],
        'systemic-only': ['Resectable oligometastatic disease: surgery remains the standard, potentially curative.', 'esmo2022-surgery'],
        'non-surgical-local': ['Fit and resectable: surgery remains the standard; ablation is weighed at the modality step.', 'esmo2022-surgery'],
      },
    }
  }
  return {
    rule: 'strategy.late-marginal',
    best: ['chemo-first'],
    lines: {
      'chemo-first': ['Marginally resectable: chemotherapy first; neoadjuvant chemotherapy is usually indicated unless CRLM are very limited.', 'take-home'],
      'surgery-first': ['Marginally resectable: upfront surgery risks an incomplete resection; chemotherapy first.', 'take-home'],
      'systemic-only': ['Oligometastatic and potentially resectable: the objective is cure, not systemic therapy alone.', 'take-home'],
      'non-surgical-local': ['Fit patient with potentially resectable disease: chemotherapy, then surgery.', 'esmo2022-surgery'],
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

function restagingTable(file: CaseFile, line: ChemotherapyLine): RuleTable<RestagingOption> {
  const result = restagingResult(file, line)
  const alreadySecondLine: Line = ['A second line has already been given: the choice is local treatment or further systemic therapy.', 'progression-exception']
  if (result !== 'progression') {
    return {
      rule: 'restaging.tumour-control',
      best: ['local-treatment'],
      lines: {
        'local-treatment': [`${result === 'response' ? 'Response' : 'Stable disease'}: tumour control by chemotherapy, proceed to local treatment.`, 'consensus2015'],
        'second-line-chemo': line === 'firstLine' ? ['The disease is controlled: no reason to change the regimen.', 'consensus2015'] : alreadySecondLine,
        'continue-systemic': ['Controlled disease: local treatment is the curative step; do not postpone it.', 'take-home'],
      },
    }
  }
  const vigano = viganoContraindication(file.patient)
  if (vigano.contraindicated) {
    const why = joined(vigano.reasons)
    const noResection: Line = [`Progression with ${why}: resection is contraindicated (Viganò).`, 'vigano2012']
    return line === 'firstLine'
      ? {
          rule: 'restaging.vigano-first-line',
          best: ['second-line-chemo'],
          lines: {
            'second-line-chemo': [`Progression with ${why}: further chemotherapy, a second line (Viganò).`, 'vigano2012'],
            'local-treatment': noResection,
            'continue-systemic': ['The first line has failed: change to a second line rather than continue it.', 'adam2017'],
          },
        }
      : {
          rule: 'restaging.vigano-second-line',
          best: ['continue-systemic'],
          lines: {
            'continue-systemic': [`Progression despite two lines, with ${why}: further systemic therapy (Viganò).`, 'vigano2012'],
            'local-treatment': noResection,
            'second-line-chemo': alreadySecondLine,
          },
        }
  }
  if (line === 'firstLine') {
    return {
      rule: 'restaging.progression-first-line',
      best: ['second-line-chemo'],
      acceptable: ['local-treatment'],
      lines: {
        'second-line-chemo': ['Progression on first line: control the disease first, even with a second line, then surgery.', 'adam2017'],
        'local-treatment': ['Acceptable: without Viganò\'s criteria, progression is not an absolute contraindication.', 'vigano2012'],
        'continue-systemic': ['The first line has failed: switch to a second line rather than continue it.', 'adam2017'],
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
      rule: 'restaging.progression-second-line-complete',
      best: ['local-treatment'],
      lines: {
        'local-treatment': ['Progression despite optimal therapy: surgery, as resection can be complete and the MDT agrees.', 'progression-exception'],
        'continue-systemic': ['Complete resection is possible and the MDT agrees: surgery should not be denied after chemotherapy failure.', 'adam2017'],
        'second-line-chemo': alreadySecondLine,
      },
    }
  }
  const missing = [
    completeResectionPossible ? null : 'resection cannot be complete',
    mdtConsensus ? null : 'no MDT consensus',
  ].filter(Boolean).join(' and ')
  return {
    rule: 'restaging.progression-second-line-not-complete',
    best: ['continue-systemic'],
    lines: {
      'continue-systemic': [`Progression despite optimal therapy, but ${missing}: further systemic therapy.`, 'progression-exception'],
      'local-treatment': [`Surgery after progression needs a complete resection and an MDT consensus: ${missing}.`, 'progression-exception'],
      'second-line-chemo': alreadySecondLine,
    },
  }
}

// ---------------------------------------------------------------------------------------------------------
// modality

/** The modality options shown for this case: the two that also treat the primary only when it is still in place. */
export function modalityOptions(file: CaseFile): readonly ModalityOption[] {
  return file.presentation === 'synchronous' ? [...MODALITY_OPTIONS, ...SYNCHRONOUS_MODALITY_OPTIONS] : MODALITY_OPTIONS
}

/**
 * `viaNonSurgical`: the learner took the non-surgical route at `strategy`. An unfit patient is graded the same
 * way whichever route led here (surgery is not an option for them).
 */
export function modalityGrades(file: CaseFile, viaNonSurgical: boolean): NodeGrades {
  return grade('modality', modalityOptions(file), modalityTable(file, viaNonSurgical))
}

function modalityTable(file: CaseFile, viaNonSurgical: boolean): RuleTable<ModalityOption> {
  const { liver } = file.patient
  const size = `${liver.count} lesion${liver.count > 1 ? 's' : ''}, largest ${liver.largestMm} mm`
  const limits = `max ${THRESHOLDS.limitedBurdenMaxLesions} lesions ≤ ${THRESHOLDS.limitedBurdenMaxMm} mm`
  const limited = isLimitedBurden(liver)
  const sbrtNotCurative: Line = ['SBRT: no randomised or large prospective trial, an option for inoperable patients, not ranked as curative.', 'sbrt']
  const bothStages = (why: string): Line => [`${why}: liver and primary in one or two stages.`, 'consensus2015']

  if (viaNonSurgical || !file.patient.fitForSurgery) {
    const unfit: Line = ['Unfit for surgery: no resection.', 'sbrt']
    return limited
      ? {
          rule: 'modality.non-surgical-limited',
          best: ['ablation'],
          acceptable: ['sbrt'],
          lines: {
            'ablation': [`${size}: within thermal ablation's limits (${limits}).`, 'collision'],
            'sbrt': ['Acceptable: SBRT is a treatment option for inoperable patients, though not ranked as curative.', 'sbrt'],
            'resection': unfit,
            'resection-plus-ablation': unfit,
            'simultaneous-resection': unfit,
            'staged-resection': unfit,
          },
        }
      : {
          rule: 'modality.non-surgical-other',
          best: ['sbrt'],
          lines: {
            'sbrt': [`${size}: beyond ablation's limits; SBRT is a treatment option for inoperable patients.`, 'sbrt'],
            'ablation': [`${size}: beyond thermal ablation's limits (${limits}; thermal ablation ${clocc.ablationSizeLimitCm.printed}).`, 'clocc'],
            'resection': unfit,
            'resection-plus-ablation': unfit,
            'simultaneous-resection': unfit,
            'staged-resection': unfit,
          },
        }
  }
  if (file.presentation === 'synchronous') {
    const primaryInPlace = bothStages('Synchronous: the primary must be resected too')
    return {
      rule: 'modality.synchronous',
      best: ['simultaneous-resection', 'staged-resection'],
      lines: {
        'simultaneous-resection': bothStages('Synchronous, controlled by chemotherapy'),
        'staged-resection': bothStages('Synchronous, controlled by chemotherapy'),
        'resection': primaryInPlace,
        'ablation': primaryInPlace,
        'resection-plus-ablation': primaryInPlace,
        'sbrt': sbrtNotCurative,
      },
    }
  }
  if (limited) {
    return {
      rule: 'modality.limited-burden',
      best: ['resection', 'ablation'],
      acceptable: ['resection-plus-ablation'],
      lines: {
        'resection': ['Surgery remains the standard, potentially curative treatment.', 'esmo2022-surgery'],
        'ablation': [`${size} (${limits}): COLLISION, ablation equal to resection with less risk.`, 'collision'],
        'resection-plus-ablation': [`Acceptable: ablation associated to resection (${collision.comments.ablationWithResectionPct}% of COLLISION cases) also treats every lesion.`, 'collision'],
        'sbrt': sbrtNotCurative,
      },
    }
  }
  return {
    rule: 'modality.other',
    best: ['resection'],
    acceptable: ['resection-plus-ablation'],
    lines: {
      'resection': [`${size}: surgery remains the standard, potentially curative treatment.`, 'esmo2022-surgery'],
      'resection-plus-ablation': [`Acceptable: ablation associated to resection (${collision.comments.ablationWithResectionPct}% of COLLISION cases) for a lesion hard to resect.`, 'collision'],
      'ablation': [`${size}: beyond thermal ablation's limits (${limits}; thermal ablation ${clocc.ablationSizeLimitCm.printed}).`, 'clocc'],
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

/** The grades at `node`, given the choices that led there (the modality depends on the route taken). */
export function gradesAt(file: CaseFile, node: NodeId, path: readonly PathStep[]): NodeGrades {
  switch (node) {
    case 'strategy': return strategyGrades(file)
    case 'restaging-first-line': return restagingGrades(file, 'firstLine')
    case 'restaging-second-line': return restagingGrades(file, 'secondLine')
    case 'modality':
      return modalityGrades(file, path.some(step => step.node === 'strategy' && step.option === 'non-surgical-local'))
  }
}

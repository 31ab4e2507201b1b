import type { CaseFile } from './schema'
import type { NodeGrades } from './grading'
import type { ModalityRoute } from './modalityRules'
import type { NodeId, OptionId } from './ids'
import type { ChemotherapyLine } from './figures'
import { epoc2008 } from '../../data/epoc2008'
import { jcog0603 } from '../../data/jcog0603'
import { isBreast } from '../../lib/clinical/facts'
import { evidenceOf } from './evidence'
import { modalityGrades, MODALITY_RULES } from './modalityRules'
import { restagingGrades, RESTAGING_RULES } from './restagingRules'
import { strategyGrades, STRATEGY_RULES } from './strategyRules'

// The lecture's management pathway as pure functions: each decision node gets every offered option graded best /
// acceptable / incorrect with a one-line rationale, its citation and the slide to revisit. The rules are ordered
// arrays, one file per decision (strategyRules.ts, restagingRules.ts, modalityRules.ts) and one shared grading
// helper (grading.ts): the first rule that matches wins. Where the lecture leaves a decision open, every
// defensible option is best and `open` says why in one line, quoting the lecture; where the deck reads an
// ambiguous line one way, `readings` says so.

export type { NodeGrades, OptionGrade, Remark } from './grading'
export type { ChemotherapyLine, ExceptionConditions, RestagingFacts } from './restagingRules'
export type { ModalityRoute } from './modalityRules'
export { MissingCaseFact } from './missingFact'
export { figuresAt, figuresText, patientAt } from './figures'
export { modalityGrades, modalityOptions, NO_ROUTE, primaryInPlace } from './modalityRules'
export { restagingFacts, restagingGrades, restagingNode } from './restagingRules'
export { strategyGrades } from './strategyRules'
export { recurrenceTiming, THRESHOLDS, viganoContraindication } from '../../lib/clinical/facts'

export type RuleGroup = 'strategy' | 'restaging' | 'modality'

/** The rules of each decision, in the order they are tried. */
export const RULES = { strategy: STRATEGY_RULES, restaging: RESTAGING_RULES, modality: MODALITY_RULES } as const

type AnyRule = (typeof RULES)[RuleGroup][number]
export type RuleId = AnyRule['id']

/** Every rule id, in the order the rules are tried, decision by decision (read from the arrays, never listed). */
export const RULE_IDS: readonly RuleId[] = [...STRATEGY_RULES, ...RESTAGING_RULES, ...MODALITY_RULES].map(rule => rule.id)

export const RULE_GROUP_TITLES: Record<RuleGroup, string> = {
  strategy: 'Strategy',
  restaging: 'Restaging after each line',
  modality: 'Local treatment',
}

/** The rules of one decision, in the order they are tried (the first that matches wins), for the pathway slide. */
export function rulesOf(group: RuleGroup): { id: RuleId, ref: string, summary: string, open: boolean }[] {
  return (RULES[group] as readonly AnyRule[]).map(({ id, ref, summary, open }) => ({ id, ref, summary, open }))
}

/** A choice the case followed (graded best or acceptable). */
export interface PathStep {
  node: NodeId
  option: OptionId
}

/** The route to the modality: the non-surgical strategy, or local treatment chosen at a restaging that showed progression. */
export function routeOf(file: CaseFile, path: readonly PathStep[]): ModalityRoute {
  const lineOf = (node: NodeId): ChemotherapyLine | null => node === 'restaging-first-line' ? 'firstLine' : node === 'restaging-second-line' ? 'secondLine' : null
  const chosenAt = path.filter(step => lineOf(step.node) !== null && step.option === 'local-treatment').map(step => lineOf(step.node)!)
  return {
    viaNonSurgical: path.some(step => step.node === 'strategy' && step.option === 'non-surgical-local'),
    afterProgression: chosenAt.some(line => file.course[line] === 'progression'),
    lastRestaging: chosenAt.at(-1) ?? null,
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

/** The options graded best at a node (what feedback names when a choice was not best). */
export function bestOptions(grades: NodeGrades): OptionId[] {
  return grades.options.filter(option => option.grade === 'best').map(option => option.option)
}

/** What the debrief adds once the case is over: after a resection first, what the lecture says of chemotherapy after it. */
export function debriefNotes(file: CaseFile, path: readonly PathStep[]): { text: string, citation: string, slide: string }[] {
  const surgeryFirst = path.some(step => step.node === 'strategy' && step.option === 'surgery-first')
  if (!surgeryFirst || isBreast(file.patient))
    return []
  return [
    { text: `Chemotherapy after resection: JCOG0603, "${jcog0603.lecturerConclusion.replace(/^In conclusion, /, '')}"`, ...evidenceOf('jcog0603') },
    { text: `EPOC: "Improvement of PFS (Lancet 2008)" (${epoc2008.source.citation}), but at long term "No improvement of OS".`, ...evidenceOf('epoc-long-term') },
  ]
}

import type { SnapshotFrom } from 'xstate'
import type { CaseFile } from './schema'
import type { CaseEvent, CaseStateMeta } from './caseMachine'
import type { NodeId, OptionId } from './ids'
import type { NodeGrades, OptionGrade, PathStep, RuleId } from './rules'
import { initialTransition, transition } from 'xstate'
import { getAdjacencyMap, getSimplePaths } from 'xstate/graph'
import { caseMachine, gradesFor } from './caseMachine'
import { MissingCaseFact } from './rules'

// Walks over the case machine with xstate/graph (no actor, no side effect): the answer key follows the first
// best choice at each node, the explorer every viable one. Both read the flow from caseMachine, never restate it.

export type CaseSnapshot = SnapshotFrom<typeof caseMachine>

export function stateMetaOf(snapshot: CaseSnapshot): CaseStateMeta {
  return Object.values(snapshot.getMeta())[0] as CaseStateMeta
}

export function initialSnapshot(caseFile: CaseFile): CaseSnapshot {
  return initialTransition(caseMachine, { caseFile })[0]
}

export function step(snapshot: CaseSnapshot, event: CaseEvent): CaseSnapshot {
  return transition(caseMachine, snapshot, event)[0]
}

export interface AnswerKeyStep {
  node: NodeId
  best: OptionId[]
  acceptable: OptionId[]
  /** The lecture leaves this decision open (every defensible option is best). */
  open?: true
}

export interface AnswerKey {
  case: string
  steps: AnswerKeyStep[]
}

type Chooser = (grades: NodeGrades) => OptionId[]

const viable: Chooser = grades => grades.options.filter(o => o.grade !== 'incorrect').map(o => o.option)
const firstBest: Chooser = grades => [grades.options.find(o => o.grade === 'best')!.option]

/** A state is its value and the choices followed so far (incorrect answers loop back and add nothing). */
const serializeState = (snapshot: CaseSnapshot) =>
  JSON.stringify({ value: snapshot.value, path: snapshot.context.choices.filter(c => c.grade !== 'incorrect').map(c => c.option) })

/**
 * The learner's events xstate/graph follows from each state: the choices `choose` picks at a decision, the step
 * buttons elsewhere. A fact the case file lacks stops that branch and is reported to `missing`.
 */
function eventsFor(caseFile: CaseFile, choose: Chooser, missing?: Map<string, string>) {
  return (snapshot: CaseSnapshot): CaseEvent[] => {
    const meta = stateMetaOf(snapshot)
    if (meta.node) {
      try {
        return choose(gradesFor(snapshot.context, meta.node)).map(option => ({ type: 'learner.choose', option }))
      }
      catch (error) {
        if (!(error instanceof MissingCaseFact) || !missing)
          throw error
        if (!missing.has(error.field))
          missing.set(error.field, error.reason)
        return []
      }
    }
    if (meta.restages) {
      if (caseFile.course[meta.restages] !== undefined)
        return [{ type: 'case.restage' }]
      const line = meta.restages === 'firstLine' ? 'first' : 'second'
      missing?.set(`course.${meta.restages}`, `the pathway can reach restaging after ${line}-line chemotherapy`)
      return []
    }
    if (snapshot.value === 'presentation')
      return [{ type: 'learner.start' }]
    return snapshot.value === 'outcome' ? [{ type: 'learner.debrief' }] : []
  }
}

/** Every state a learner can reach by choices the case follows (best or acceptable), from xstate/graph. */
function reachableStates(caseFile: CaseFile, missing?: Map<string, string>): CaseSnapshot[] {
  const map = getAdjacencyMap(caseMachine, { input: { caseFile }, events: eventsFor(caseFile, viable, missing), serializeState: serializeState as never })
  return Object.values(map).map(entry => entry.state as CaseSnapshot)
}

/** The case played taking the first best option at every decision and restaging as the case's course says. */
export function walkBest(caseFile: CaseFile): { key: AnswerKey, path: PathStep[], reasons: OptionGrade[], grades: NodeGrades[] } {
  const paths = getSimplePaths(caseMachine, { input: { caseFile }, events: eventsFor(caseFile, firstBest), serializeState: serializeState as never })
  const complete = paths.find(path => path.state.value === 'debrief')
  if (!complete)
    throw new Error(`case ${caseFile.id}: the best path does not reach an outcome`)
  const steps: AnswerKeyStep[] = []
  const path: PathStep[] = []
  const reasons: OptionGrade[] = []
  const nodeGrades: NodeGrades[] = []
  complete.steps.forEach(({ event }, index) => {
    if (event.type !== 'learner.choose')
      return
    const before = complete.steps[index - 1].state as CaseSnapshot
    const node = stateMetaOf(before).node!
    const grades = gradesFor(before.context, node)
    const pick = (grade: string) => grades.options.filter(o => o.grade === grade).map(o => o.option)
    steps.push(grades.open ? { node, best: pick('best'), acceptable: pick('acceptable'), open: true } : { node, best: pick('best'), acceptable: pick('acceptable') })
    path.push({ node, option: event.option })
    reasons.push(grades.options.find(o => o.option === event.option)!)
    nodeGrades.push(grades)
  })
  return { key: { case: caseFile.id, steps }, path, reasons, grades: nodeGrades }
}

export function answerKey(caseFile: CaseFile): AnswerKey {
  return walkBest(caseFile).key
}

/** The rules that grade the decisions met on the best path, and on any viable path (every choice a learner can follow). */
export function rulesExercised(caseFile: CaseFile): { best: RuleId[], viable: RuleId[] } {
  const best = new Set(walkBest(caseFile).grades.map(grades => grades.rule as RuleId))
  const rules = new Set<RuleId>()
  for (const snapshot of reachableStates(caseFile)) {
    const meta = stateMetaOf(snapshot)
    if (meta.node)
      rules.add(gradesFor(snapshot.context, meta.node).rule as RuleId)
  }
  return { best: [...best], viable: [...rules] }
}

/** Every decision a learner can reach by best or acceptable choices: its snapshot, in the order xstate/graph found it. */
export function reachableDecisions(caseFile: CaseFile): CaseSnapshot[] {
  return reachableStates(caseFile).filter(snapshot => stateMetaOf(snapshot).node !== undefined)
}

/**
 * Follows every viable choice and reports the facts the pathway would need but the file does not give
 * (e.g. `course.secondLine` when a second line can be reached). Returns field paths, first reason kept.
 */
export function missingFacts(caseFile: CaseFile): Map<string, string> {
  const missing = new Map<string, string>()
  reachableStates(caseFile, missing)
  return missing
}

/** The key as JSON, one step per line, spaced as organisers read it: `{"case": "<id>", "steps": [...]}`. */
export function formatAnswerKey(key: AnswerKey): string {
  const json = JSON.stringify
  const list = (options: OptionId[]) => `[${options.map(option => json(option)).join(', ')}]`
  const steps = key.steps.map(s => `  {"node": ${json(s.node)}, "best": ${list(s.best)}, "acceptable": ${list(s.acceptable)}${s.open ? ', "open": true' : ''}}`)
  return `{"case": ${json(key.case)}, "steps": [\n${steps.join(',\n')}\n]}`
}

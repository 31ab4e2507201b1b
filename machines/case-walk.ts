import type { SnapshotFrom } from 'xstate'
import type { CaseFile } from './case-schema'
import type { CaseEvent, CaseStateMeta } from './caseMachine'
import type { NodeId, OptionId } from './pathway-ids'
import type { NodeGrades, OptionGrade, PathStep, RuleId } from './pathway-rules'
import { initialTransition, transition } from 'xstate'
import { caseMachine, gradesFor } from './caseMachine'
import { MissingCaseFact } from './pathway-rules'

// Pure walks over the case machine (no actor, no side effect): the answer key follows the best choice at each
// node, the explorer follows every viable one. Both read the flow from caseMachine, never restate it.

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

/** Walk the case taking the first best option at every decision and restaging as the case's course says. */
export function walkBest(caseFile: CaseFile): { key: AnswerKey, path: PathStep[], reasons: OptionGrade[], grades: NodeGrades[] } {
  const steps: AnswerKeyStep[] = []
  const path: PathStep[] = []
  const reasons: OptionGrade[] = []
  const nodeGrades: NodeGrades[] = []
  let snapshot = step(initialSnapshot(caseFile), { type: 'learner.start' })
  for (let guard = 0; guard < 20; guard++) {
    const meta = stateMetaOf(snapshot)
    if (meta.node) {
      const grades = gradesFor(snapshot.context, meta.node)
      nodeGrades.push(grades)
      const graded = grades.options
      const best = graded.filter(o => o.grade === 'best').map(o => o.option)
      const acceptable = graded.filter(o => o.grade === 'acceptable').map(o => o.option)
      steps.push(grades.open ? { node: meta.node, best, acceptable, open: true } : { node: meta.node, best, acceptable })
      path.push({ node: meta.node, option: best[0] })
      reasons.push(graded.find(o => o.option === best[0])!)
      snapshot = step(snapshot, { type: 'learner.choose', option: best[0] })
    }
    else if (meta.restages) {
      snapshot = step(snapshot, { type: 'case.restage' })
    }
    else {
      return { key: { case: caseFile.id, steps }, path, reasons, grades: nodeGrades }
    }
  }
  throw new Error(`case ${caseFile.id}: the best path does not reach an outcome`)
}

export function answerKey(caseFile: CaseFile): AnswerKey {
  return walkBest(caseFile).key
}

/** The rules that grade the decisions met on the best path, and on any viable path (every choice a learner can follow). */
export function rulesExercised(caseFile: CaseFile): { best: RuleId[], viable: RuleId[] } {
  const best = new Set<RuleId>()
  const viable = new Set<RuleId>()
  const bestPath = walkBest(caseFile).path
  const queue: CaseSnapshot[] = [step(initialSnapshot(caseFile), { type: 'learner.start' })]
  while (queue.length > 0) {
    const snapshot = queue.shift()!
    const meta = stateMetaOf(snapshot)
    if (meta.node) {
      const grades = gradesFor(snapshot.context, meta.node)
      viable.add(grades.rule)
      const path = snapshot.context.choices.map(({ node, option }) => ({ node, option }))
      if (path.every((taken, i) => bestPath[i]?.option === taken.option))
        best.add(grades.rule)
      for (const graded of grades.options) {
        if (graded.grade !== 'incorrect')
          queue.push(step(snapshot, { type: 'learner.choose', option: graded.option }))
      }
    }
    else if (meta.restages) {
      queue.push(step(snapshot, { type: 'case.restage' }))
    }
  }
  return { best: [...best], viable: [...viable] }
}

/**
 * Follows every viable choice and reports the facts the pathway would need but the file does not give
 * (e.g. `course.secondLine` when a second line can be reached). Returns field paths, first reason kept.
 */
export function missingFacts(caseFile: CaseFile): Map<string, string> {
  const missing = new Map<string, string>()
  const queue: CaseSnapshot[] = [step(initialSnapshot(caseFile), { type: 'learner.start' })]
  while (queue.length > 0) {
    const snapshot = queue.shift()!
    const meta = stateMetaOf(snapshot)
    try {
      if (meta.node) {
        for (const graded of gradesFor(snapshot.context, meta.node).options) {
          if (graded.grade !== 'incorrect')
            queue.push(step(snapshot, { type: 'learner.choose', option: graded.option }))
        }
      }
      else if (meta.restages) {
        if (caseFile.course[meta.restages] === undefined) {
          const line = meta.restages === 'firstLine' ? 'first' : 'second'
          missing.set(`course.${meta.restages}`, `the pathway can reach restaging after ${line}-line chemotherapy`)
        }
        else {
          queue.push(step(snapshot, { type: 'case.restage' }))
        }
      }
    }
    catch (error) {
      if (!(error instanceof MissingCaseFact))
        throw error
      if (!missing.has(error.field))
        missing.set(error.field, error.reason)
    }
  }
  return missing
}

/** The key as JSON, one step per line, spaced as organisers read it: `{"case": "<id>", "steps": [...]}`. */
export function formatAnswerKey(key: AnswerKey): string {
  const json = JSON.stringify
  const list = (options: OptionId[]) => `[${options.map(option => json(option)).join(', ')}]`
  const steps = key.steps.map(s => `  {"node": ${json(s.node)}, "best": ${list(s.best)}, "acceptable": ${list(s.acceptable)}${s.open ? ', "open": true' : ''}}`)
  return `{"case": ${json(key.case)}, "steps": [\n${steps.join(',\n')}\n]}`
}

import type { CaseFile } from './schema'
import type { CaseEvent } from './caseMachine'
import type { CaseSnapshot } from './walk'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { createTestModel } from 'xstate/graph'
import { patientGrid } from '../../tests/unit/support/patientGrid'
import { caseMachine, gradesFor, pathOf } from './caseMachine'
import { optionsAt } from './view'
import { stateMetaOf } from './walk'
import { loadCaseFiles } from './load'

// Model-based tests: the paths are generated from the machine with xstate/graph, never hand-listed.
// A state is its value plus the choices the case followed (incorrect answers loop back to the same state,
// so simple paths skip them).

const root = join(__dirname, '../..')
const shipped = loadCaseFiles(Object.fromEntries(readdirSync(join(root, 'cases')).filter(name => name.endsWith('.yaml'))
  .map(name => [`cases/${name}`, readFileSync(join(root, 'cases', name), 'utf8')])))
  .flatMap(loaded => (loaded.ok ? [loaded.caseFile] : []))

const STATES = Object.keys(caseMachine.root.states)

/** Every event a learner could send in this state: all offered options at a decision, else the step buttons. */
function eventsFor(caseFile: CaseFile) {
  return (snapshot: CaseSnapshot): CaseEvent[] => {
    const meta = stateMetaOf(snapshot)
    if (meta.node)
      return optionsAt(caseFile, meta.node).map(option => ({ type: 'learner.choose', option }))
    return [{ type: 'learner.start' }, { type: 'case.restage' }, { type: 'learner.debrief' }]
  }
}

/** A viable (best or acceptable) choice always moves the case on: it never leaves the learner where they were. */
function expectProgress(steps: { state: CaseSnapshot, event: CaseEvent }[]) {
  steps.forEach(({ state, event }, index) => {
    if (event.type !== 'learner.choose' || index === 0)
      return
    const graded = state.context.choices.at(-1)!
    if (graded.grade !== 'incorrect')
      expect(state.value, `${graded.node} → ${graded.option}`).not.toBe(steps[index - 1].state.value)
  })
}

const serializeState = (snapshot: CaseSnapshot) => JSON.stringify({ value: snapshot.value, path: pathOf(snapshot.context.choices) })

function modelOf(caseFile: CaseFile) {
  return createTestModel(caseMachine, { input: { caseFile }, events: eventsFor(caseFile), serializeState: serializeState as never })
}

/** The maximal simple paths (a path contained in a longer one is left out). */
function simplePaths(caseFile: CaseFile) {
  return modelOf(caseFile).getSimplePaths()
}

/** A readable test name: the learner's steps, e.g. "start → chemo-first → restage → local-treatment → resection → debrief". */
function describePath(steps: readonly { event: CaseEvent }[]): string {
  return steps
    .map(({ event }) => event.type === 'learner.choose' ? event.option : event.type.replace(/^\w+\./, ''))
    .filter(name => name !== 'init')
    .join(' → ')
}

describe('every state of the case machine is reachable', () => {
  it('the shipped cases, together, visit every state the machine defines', () => {
    const visited = new Set(shipped.flatMap(caseFile => simplePaths(caseFile).flatMap(path => [path.state, ...path.steps.map(s => s.state)].map(s => String(s.value)))))
    expect(STATES.length).toBeGreaterThanOrEqual(9)
    expect([...visited].sort()).toEqual([...STATES].sort())
  }, 30_000)
})

describe.each(shipped.map(caseFile => [caseFile.id, caseFile] as const))('case %s', (_id, caseFile) => {
  const paths = simplePaths(caseFile)

  it('has no dead end: every maximal path ends at the debrief, through an outcome with a rationale, a citation and a slide', () => {
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      expect(path.state.value, path.description).toBe('debrief')
      const outcome = path.state.context.outcome
      expect(outcome?.rationale, path.description).toBeTruthy()
      expect(outcome?.citation, path.description).toBeTruthy()
      expect(outcome?.slide, path.description).toBeTruthy()
      expect(outcome?.grade, path.description).not.toBe('incorrect')
      expectProgress(path.steps as never)
    }
  })

  // One generated test per path, replayed on a live actor (the system under test).
  it.each(paths.map(path => [describePath(path.steps as never), path] as const))('%s', async (_description, path) => {
    const actor = createActor(caseMachine, { input: { caseFile } }).start()
    const send = ({ event }: { event: CaseEvent }) => { actor.send(event) }
    await path.test({
      events: { 'learner.start': send, 'learner.choose': send, 'case.restage': send, 'learner.debrief': send } as never,
      states: Object.fromEntries(STATES.map(state => [state, (expected: CaseSnapshot) => {
        const live = actor.getSnapshot()
        expect(live.value).toBe(state)
        expect(pathOf(live.context.choices)).toEqual(pathOf(expected.context.choices))
      }])),
    })
    actor.stop()
  })
})

describe('no dead end for any combination of boundary facts', () => {
  // The generated grid of patients (tests/unit/support/patientGrid.ts): every threshold met on both sides, crossed
  // with courses that reach every restaging; its simple paths follow every offered option, the viable ones included.
  const grid = patientGrid()
  let open = 0
  let decisions = 0

  it(`all ${grid.length} generated cases reach the debrief on every viable path, with a best option at every decision`, () => {
    expect(grid.length).toBeGreaterThan(5000)
    for (const caseFile of grid) {
      for (const path of simplePaths(caseFile)) {
        expect(path.state.value).toBe('debrief')
        expectProgress(path.steps as never)
        for (const { state } of path.steps) {
          const meta = stateMetaOf(state as CaseSnapshot)
          if (!meta.node)
            continue
          const grades = gradesFor((state as CaseSnapshot).context, meta.node)
          const best = grades.options.filter(o => o.grade === 'best').length
          decisions++
          expect(best, `${caseFile.patient.liver.count}/${caseFile.patient.liver.largestMm} ${grades.rule}`).toBeGreaterThan(0)
          if (grades.open !== null) {
            // An open decision grades two or more options best and says why in one line, quoting the lecture.
            open++
            expect(best, grades.rule).toBeGreaterThanOrEqual(2)
            expect(grades.open, grades.rule).not.toContain('\n')
            expect(grades.open, grades.rule).toMatch(/"/)
          }
        }
      }
    }
    expect(open).toBeGreaterThan(100)
    expect(decisions).toBeGreaterThan(grid.length)
  }, 300_000)
})

import type { CaseFile, RestagingResult } from './schema'
import type { ChemotherapyLine, NodeGrades, OptionGrade, PathStep } from './rules'
import type { Grade, NodeId, OptionId } from './ids'
import { assertEvent, assign, setup } from 'xstate'
import { MODALITY_OPTIONS, SYNCHRONOUS_MODALITY_OPTIONS } from './ids'
import { gradesAt } from './rules'

// A patient case, played by a learner: presentation → strategy → (chemotherapy → restaging, up to two lines)
// → local treatment modality → outcome → debrief. Every answer is graded by the pure rules in rules.ts;
// the case follows a choice only if it is viable (best or acceptable), otherwise the learner sees why and
// chooses again. The flow lives here and only here: the answer key, the pathway diagram and the tests all
// walk this definition.

export type CaseEvent =
  | { type: 'learner.start' }
  | { type: 'learner.choose', option: OptionId }
  | { type: 'case.restage' }
  | { type: 'learner.debrief' }
  | { type: 'learner.restart' }

/** One answer, kept in order (incorrect ones too): the debrief and the score read them. */
export interface ChoiceRecord extends PathStep {
  grade: Grade
}

export interface CaseOutcome extends OptionGrade {
  node: NodeId
}

export interface CaseContext {
  caseFile: CaseFile
  choices: ChoiceRecord[]
  restaging: Partial<Record<ChemotherapyLine, RestagingResult>>
  outcome: CaseOutcome | null
  /** Accepted events since the last restart: what is persisted and mirrored to the audience window. */
  journal: CaseEvent[]
}

export interface CaseInput {
  caseFile: CaseFile
}

/** What each state is, for the views and the diagram: `node` marks a decision, `restages` a chemotherapy line. */
export interface CaseStateMeta {
  label: string
  node?: NodeId
  restages?: ChemotherapyLine
}

/** The choices the case has followed so far. */
export function pathOf(choices: readonly ChoiceRecord[]): PathStep[] {
  return choices.filter(choice => choice.grade !== 'incorrect').map(({ node, option }) => ({ node, option }))
}

export function gradesFor(context: CaseContext, node: NodeId): NodeGrades {
  return gradesAt(context.caseFile, node, pathOf(context.choices))
}

function gradeOf(context: CaseContext, node: NodeId, option: OptionId): OptionGrade | undefined {
  return gradesFor(context, node).options.find(graded => graded.option === option)
}

const freshContext = (caseFile: CaseFile): CaseContext => ({ caseFile, choices: [], restaging: {}, outcome: null, journal: [] })

const keep = ['recordChoice', 'logEvent', 'persistProgress'] as const

/** A viable `option` at `node` moves the case to `target`. */
function follow(node: NodeId, option: OptionId, target: string) {
  return {
    guard: { type: 'isViableChoice', params: { node, option } },
    target,
    actions: keep.map(type => type === 'recordChoice' ? { type, params: { node } } : type),
  } as const
}

/** Any other offered option is recorded (graded incorrect) and the learner stays at the node. */
function stay(node: NodeId) {
  return {
    guard: { type: 'isOfferedOption', params: { node } },
    actions: keep.map(type => type === 'recordChoice' ? { type, params: { node } } : type),
  } as const
}

function restage(line: ChemotherapyLine, target: string) {
  return {
    guard: { type: 'courseKnown', params: { line } },
    target,
    actions: [{ type: 'recordRestaging', params: { line } }, 'logEvent', 'persistProgress'],
  } as const
}

const modalityTransitions = [...MODALITY_OPTIONS, ...SYNCHRONOUS_MODALITY_OPTIONS].map(option => follow('modality', option, 'outcome'))

export const caseMachine = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
  },
  guards: {
    isViableChoice: ({ context, event }, params: { node: NodeId, option: OptionId }) => {
      assertEvent(event, 'learner.choose')
      if (event.option !== params.option)
        return false
      const graded = gradeOf(context, params.node, event.option)
      return graded !== undefined && graded.grade !== 'incorrect'
    },
    isOfferedOption: ({ context, event }, params: { node: NodeId }) => {
      assertEvent(event, 'learner.choose')
      return gradeOf(context, params.node, event.option) !== undefined
    },
    courseKnown: ({ context }, params: { line: ChemotherapyLine }) => context.caseFile.course[params.line] !== undefined,
  },
  actions: {
    recordChoice: assign({
      choices: ({ context, event }, params: { node: NodeId }) => {
        assertEvent(event, 'learner.choose')
        const graded = gradeOf(context, params.node, event.option)!
        return [...context.choices, { node: params.node, option: event.option, grade: graded.grade }]
      },
    }),
    recordRestaging: assign({
      restaging: ({ context }, params: { line: ChemotherapyLine }) => ({ ...context.restaging, [params.line]: context.caseFile.course[params.line] }),
    }),
    /** The case ends on the last choice it followed: its rationale and citation are the outcome's. */
    recordOutcome: assign({
      outcome: ({ context }) => {
        const last = context.choices.findLast(choice => choice.grade !== 'incorrect')!
        return { node: last.node, ...gradeOf(context, last.node, last.option)! }
      },
    }),
    logEvent: assign({ journal: ({ context, event }) => [...context.journal, event] }),
    reset: assign(({ context }) => freshContext(context.caseFile)),
    /** Injected with `.provide(...)` by the session (shared state, localStorage); a no-op by default. */
    persistProgress: () => {},
  },
}).createMachine({
  id: 'case',
  context: ({ input }) => freshContext(input.caseFile),
  initial: 'presentation',
  on: {
    'learner.restart': { target: '.presentation', actions: ['reset', 'persistProgress'] },
  },
  states: {
    presentation: {
      meta: { label: 'Presentation' } satisfies CaseStateMeta,
      on: { 'learner.start': { target: 'strategy', actions: ['logEvent', 'persistProgress'] } },
    },
    strategy: {
      meta: { label: 'Strategy', node: 'strategy' } satisfies CaseStateMeta,
      on: {
        'learner.choose': [
          follow('strategy', 'surgery-first', 'modality'),
          follow('strategy', 'non-surgical-local', 'modality'),
          follow('strategy', 'chemo-first', 'firstLineChemotherapy'),
          follow('strategy', 'systemic-only', 'outcome'),
          stay('strategy'),
        ],
      },
    },
    firstLineChemotherapy: {
      meta: { label: 'First-line chemotherapy', restages: 'firstLine' } satisfies CaseStateMeta,
      on: { 'case.restage': restage('firstLine', 'restagingFirstLine') },
    },
    restagingFirstLine: {
      meta: { label: 'Restaging after first line', node: 'restaging-first-line' } satisfies CaseStateMeta,
      on: {
        'learner.choose': [
          follow('restaging-first-line', 'local-treatment', 'modality'),
          follow('restaging-first-line', 'change-regimen', 'secondLineChemotherapy'),
          follow('restaging-first-line', 'continue-regimen', 'outcome'),
          stay('restaging-first-line'),
        ],
      },
    },
    secondLineChemotherapy: {
      meta: { label: 'Second-line chemotherapy', restages: 'secondLine' } satisfies CaseStateMeta,
      on: { 'case.restage': restage('secondLine', 'restagingSecondLine') },
    },
    restagingSecondLine: {
      meta: { label: 'Restaging after second line', node: 'restaging-second-line' } satisfies CaseStateMeta,
      on: {
        'learner.choose': [
          follow('restaging-second-line', 'local-treatment', 'modality'),
          // A third line: the case ends there.
          follow('restaging-second-line', 'change-regimen', 'outcome'),
          follow('restaging-second-line', 'continue-regimen', 'outcome'),
          stay('restaging-second-line'),
        ],
      },
    },
    modality: {
      meta: { label: 'Local treatment', node: 'modality' } satisfies CaseStateMeta,
      on: { 'learner.choose': [...modalityTransitions, stay('modality')] },
    },
    outcome: {
      meta: { label: 'Outcome' } satisfies CaseStateMeta,
      entry: 'recordOutcome',
      on: { 'learner.debrief': { target: 'debrief', actions: ['logEvent', 'persistProgress'] } },
    },
    debrief: {
      meta: { label: 'Debrief' } satisfies CaseStateMeta,
    },
  },
})

export type CaseMachine = typeof caseMachine
export type CaseStateName = keyof typeof caseMachine.config.states & string

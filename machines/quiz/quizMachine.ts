import { assertEvent, assign, setup } from 'xstate'
import type { Certainty, MarkedAnswer } from '../../lib/learner/certainty'
import type { QuizAnswer, QuizPart, QuizQuestion } from './schema'
import { isValidAnswer, scoreAnswer, scoreByPart, totalScore } from './scoring'

/**
 * The learner's quiz: choose the questions (the whole bank or one part) and the feedback mode, answer one
 * question at a time, see the score per part, review the wrong answers, retry only those, or reset.
 *
 * idle ──quiz.start──▶ answering ──quiz.answer──▶ feedback (immediate mode) ──quiz.next──▶ answering … ▶ results
 *                         └──────quiz.answer (end-of-quiz mode)──────▶ next question … ▶ results ⇄ review
 * results/review ──quiz.retryWrong──▶ answering (wrong questions only);  any state ──quiz.reset──▶ idle
 *
 * With certainty on (the default), each answer comes with how sure the learner is (low / medium / high), marked by
 * certainty-based marking (lib/learner/certainty.ts); it can be turned off for a plain quiz.
 *
 * Pure: saving progress (`persist`) and scheduling the answered question for spaced review (`scheduleReview`) are
 * no-ops here, provided by the caller (components/composables/useQuizSession.ts) with `.provide({ actions })`.
 * Saved progress resumes with XState's own means: `savedState` (machine.resolveState) and `createActor(machine, { snapshot })`.
 */

export type FeedbackMode = 'immediate' | 'end'
/** 'all' runs the whole bank (self-test); a part runs that part's questions only. */
export type QuizScope = 'all' | QuizPart
/** The stable states, as saved: a reload puts the learner back where they were. */
export type QuizPhase = 'idle' | 'answering' | 'feedback' | 'results' | 'review'

/** Everything needed to resume a quiz; what machines/quiz/storage.ts writes to localStorage. */
export interface QuizProgress {
  phase: QuizPhase
  scope: QuizScope
  feedback: FeedbackMode
  /** Question ids of the current round, in order. */
  queue: string[]
  /** Position in `queue` of the question on screen. */
  index: number
  /** Latest answer per question id. */
  answers: Record<string, QuizAnswer>
  /** 1 for the first pass, +1 for each "retry wrong answers". */
  round: number
  /** Ask how sure the learner is before the feedback (certainty-based marking). */
  certaintyOn: boolean
  /** The certainty given with the latest answer per question id (certainty on). */
  certainties: Record<string, Certainty>
  /** The best score reached at the end of a round, per scope ('all', 'definitions', '1' … '5'), kept across restarts. */
  best: Record<string, { points: number, total: number }>
}

export interface QuizContext extends Omit<QuizProgress, 'phase'> {
  questions: QuizQuestion[]
}

export interface QuizInput {
  questions: QuizQuestion[]
}

export type QuizEvent =
  | { type: 'quiz.setScope'; scope: QuizScope }
  | { type: 'quiz.setFeedback'; feedback: FeedbackMode }
  | { type: 'quiz.start' }
  | { type: 'quiz.setCertainty'; on: boolean }
  | { type: 'quiz.answer'; answer: QuizAnswer; certainty?: Certainty }
  | { type: 'quiz.next' }
  | { type: 'quiz.review' }
  | { type: 'quiz.back' }
  | { type: 'quiz.retryWrong' }
  | { type: 'quiz.reset' }

// ── selectors: what the components render ───────────────────────────────────────────────────────────────

export function questionsInScope(questions: readonly QuizQuestion[], scope: QuizScope): QuizQuestion[] {
  return scope === 'all' ? [...questions] : questions.filter(question => question.part === scope)
}

export function currentQuestion(context: QuizContext): QuizQuestion | undefined {
  const id = context.queue[context.index]
  return context.questions.find(question => question.id === id)
}

/** Questions in scope answered without full marks (unanswered ones included), in bank order. */
export function wrongQuestions(context: Pick<QuizContext, 'questions' | 'scope' | 'answers'>): QuizQuestion[] {
  return questionsInScope(context.questions, context.scope)
    .filter(question => !scoreAnswer(question, context.answers[question.id]).right)
}

/** The answers given with a certainty, in bank order: what certainty-based marking scores. */
export function markedAnswers(context: Pick<QuizContext, 'questions' | 'scope' | 'answers' | 'certainties'>): MarkedAnswer[] {
  return questionsInScope(context.questions, context.scope).flatMap((question) => {
    const answer = context.answers[question.id]
    const certainty = context.certainties[question.id]
    return answer === undefined || !certainty ? [] : [{ id: question.id, right: scoreAnswer(question, answer).right, certainty }]
  })
}

export function partScores(context: Pick<QuizContext, 'questions' | 'scope' | 'answers'>) {
  return scoreByPart(questionsInScope(context.questions, context.scope), context.answers)
}

/** "Question 3 of 12" and how far the bar is filled. */
export function progressOf(context: QuizContext, phase: QuizPhase): { position: number; total: number; done: number } {
  const total = context.queue.length
  const done = phase === 'results' || phase === 'review' ? total : phase === 'feedback' ? context.index + 1 : context.index
  return { position: Math.min(context.index + 1, total), total, done }
}

export function toProgress(context: QuizContext, phase: QuizPhase): QuizProgress {
  const { questions: _questions, ...progress } = context
  return { phase, ...progress }
}

/** The score of the scope's questions now, and the best one kept for that scope (null before any round ended). */
export function bestScore(context: Pick<QuizContext, 'best' | 'scope'>): { points: number, total: number } | null {
  return context.best[String(context.scope)] ?? null
}

function freshContext(input: QuizInput): QuizContext {
  return { questions: input.questions, scope: 'all', feedback: 'immediate', queue: [], index: 0, answers: {}, round: 1, certaintyOn: true, certainties: {}, best: {} }
}

// ── the machine ─────────────────────────────────────────────────────────────────────────────────────────

const persistIn = (phase: QuizPhase) => ({ type: 'persist' as const, params: { phase } })

export const quizMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput,
  },
  guards: {
    answerFitsQuestion: ({ context, event }) => {
      assertEvent(event, 'quiz.answer')
      const question = currentQuestion(context)
      return question !== undefined && isValidAnswer(question, event.answer) && (!context.certaintyOn || event.certainty !== undefined)
    },
    wantsImmediateFeedback: ({ context }) => context.feedback === 'immediate',
    isLastQuestion: ({ context }) => context.index >= context.queue.length - 1,
    hasQuestions: ({ context }) => questionsInScope(context.questions, context.scope).length > 0,
    hasWrongAnswers: ({ context }) => wrongQuestions(context).length > 0,
  },
  actions: {
    /** Replaced by the caller; receives the context and the phase being entered. */
    persist: (_, _params: { phase: QuizPhase }) => {},
    /** Replaced by the caller: the answered question, whether it was right, and how sure (medium when not asked). */
    scheduleReview: (_, _params: { id: string, right: boolean, certainty: Certainty }) => {},
    chooseScope: assign(({ event }) => {
      assertEvent(event, 'quiz.setScope')
      return { scope: event.scope }
    }),
    chooseFeedback: assign(({ event }) => {
      assertEvent(event, 'quiz.setFeedback')
      return { feedback: event.feedback }
    }),
    startRound: assign(({ context }) => {
      const queue = questionsInScope(context.questions, context.scope).map(question => question.id)
      const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => !queue.includes(id)))
      return { queue, index: 0, answers: keep(context.answers), certainties: keep(context.certainties), round: 1 }
    }),
    chooseCertainty: assign(({ event }) => {
      assertEvent(event, 'quiz.setCertainty')
      return { certaintyOn: event.on }
    }),
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'quiz.answer')
      const id = context.queue[context.index]
      const { [id]: _previous, ...certainties } = context.certainties
      return {
        answers: { ...context.answers, [id]: event.answer },
        certainties: context.certaintyOn && event.certainty ? { ...certainties, [id]: event.certainty } : certainties,
      }
    }),
    recordBest: assign(({ context }) => {
      const score = totalScore(partScores(context))
      const previous = bestScore(context)
      if (previous && previous.points >= score.points)
        return {}
      return { best: { ...context.best, [String(context.scope)]: { points: score.points, total: score.total } } }
    }),
    advance: assign(({ context }) => ({ index: context.index + 1 })),
    startRetryRound: assign(({ context }) => ({
      queue: wrongQuestions(context).map(question => question.id),
      index: 0,
      round: context.round + 1,
    })),
    // The best scores survive "start over": they are the learner's record.
    clearProgress: assign({ queue: [], index: 0, answers: {}, certainties: {}, round: 1 }),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => freshContext(input),
  initial: 'idle',
  on: {
    'quiz.reset': { target: '.idle', actions: 'clearProgress' },
  },
  states: {
    idle: {
      entry: persistIn('idle'),
      on: {
        'quiz.setScope': { target: 'idle', reenter: true, actions: 'chooseScope' },
        'quiz.setFeedback': { target: 'idle', reenter: true, actions: 'chooseFeedback' },
        'quiz.setCertainty': { target: 'idle', reenter: true, actions: 'chooseCertainty' },
        'quiz.start': { guard: 'hasQuestions', target: 'answering', actions: 'startRound' },
      },
    },
    answering: {
      entry: persistIn('answering'),
      on: {
        'quiz.answer': [
          {
            guard: { type: 'answerFitsQuestion' },
            target: 'answerRecorded',
            actions: ['recordAnswer', {
              type: 'scheduleReview',
              params: ({ context, event }) => {
                const id = context.queue[context.index]
                const question = context.questions.find(q => q.id === id)
                return { id, right: question !== undefined && scoreAnswer(question, event.answer).right, certainty: context.certaintyOn && event.certainty ? event.certainty : 'medium' }
              },
            }],
          },
        ],
      },
    },
    /** Transient: where the answer leads depends on the feedback mode and the position in the round. */
    answerRecorded: {
      always: [
        { guard: 'wantsImmediateFeedback', target: 'feedback' },
        { guard: 'isLastQuestion', target: 'results' },
        { target: 'answering', actions: 'advance' },
      ],
    },
    feedback: {
      entry: persistIn('feedback'),
      on: {
        'quiz.next': [
          { guard: 'isLastQuestion', target: 'results' },
          { target: 'answering', actions: 'advance' },
        ],
      },
    },
    results: {
      entry: ['recordBest', persistIn('results')],
      on: {
        'quiz.review': { guard: 'hasWrongAnswers', target: 'review' },
        'quiz.retryWrong': { guard: 'hasWrongAnswers', target: 'answering', actions: 'startRetryRound' },
        'quiz.setFeedback': { target: 'results', reenter: true, actions: 'chooseFeedback' },
      },
    },
    review: {
      entry: persistIn('review'),
      on: {
        'quiz.back': { target: 'results' },
        'quiz.retryWrong': { guard: 'hasWrongAnswers', target: 'answering', actions: 'startRetryRound' },
      },
    },
  },
})

/**
 * Saved progress (already checked against `questions` by machines/quiz/storage.ts) → the state it was saved in, for
 * `createActor(machine, { snapshot })`: the learner is back on the same screen, and nothing runs on the way.
 */
export function savedState(progress: QuizProgress, questions: QuizQuestion[]) {
  const { phase, ...saved } = progress
  return quizMachine.resolveState({ value: phase, context: { questions, ...saved } })
}

import type { Ref, ShallowRef } from 'vue'
import type { Actor } from 'xstate'
import type { QuizEvent, QuizPhase, QuizProgress } from '../../machines/quiz/quizMachine'
import type { QuizQuestion } from '../../machines/quiz/schema'
import { tryOnScopeDispose } from '@vueuse/core'
import { useSelector } from '@xstate/vue'
import { computed, ref, shallowRef } from 'vue'
import { createActor } from 'xstate'
import { totalScore } from '../../machines/quiz/scoring'
import { parseQuizProgress, serializeQuizProgress, type StorageNotice } from '../../machines/quiz/progress-codec'
import { bestScore, currentQuestion, markedAnswers, partScores, progressOf, quizMachine, savedState, toProgress, wrongQuestions } from '../../machines/quiz/quizMachine'
import { browserStorage, storageHealth, useProgressStorage } from './useProgressStorage'
import { useReviewSchedule } from './useReviewSchedule'
import { useStepHistory } from './useStepHistory'
import { QUIZ_STORAGE_KEY } from '../../lib/learner/storage-keys'

export interface QuizSessionOptions {
  /** Where the session is saved (default `omd.quiz.v1`); null: kept in memory only (the review's round). */
  key?: string | null
  storage?: Storage | null
  /** Every step an entry of the browser's history (the learner's page): back and forward step through the quiz. */
  stepHistory?: boolean
}

export type QuizSession = ReturnType<typeof useQuizSession>

/**
 * One learner's self-test, kept in this browser only (localStorage key `omd.quiz.v1`; nothing is sent anywhere), and
 * what its screens show. Every answer also reschedules its question for spaced review (useReviewSchedule). Saved
 * progress resumes on the screen it was saved on (XState's `resolveState` and `createActor({ snapshot })`); progress
 * that cannot be used starts a fresh quiz and raises `notice`; when storage is unavailable or full the quiz still
 * works and `saving` turns false.
 */
export function useQuizSession(questions: QuizQuestion[], options: QuizSessionOptions = {}) {
  const storage = options.storage === undefined ? browserStorage() : options.storage
  const key = options.key === undefined ? QUIZ_STORAGE_KEY : options.key
  const review = useReviewSchedule(storage)
  const stored = key === null ? null : useProgressStorage(key, storage)
  const saved = stored?.read() ?? null
  const loaded = parseQuizProgress(saved, questions)
  const notice: Ref<StorageNotice | null> = ref(loaded.notice)
  // A quiz nobody has touched saves nothing: its first screen, entered when it starts, writes no key.
  let untouched = stored !== null && saved === null

  const machine = quizMachine.provide({
    actions: {
      persist: ({ context }, params: { phase: QuizPhase }) => {
        if (untouched)
          return
        stored?.write(serializeQuizProgress(toProgress(context, params.phase)))
      },
      scheduleReview: (_, params: { id: string, right: boolean, certainty: 'low' | 'medium' | 'high' }) => {
        review.record(params.id, params.right, params.certainty)
      },
    },
  })

  function startActor(progress: QuizProgress | null): Actor<typeof machine> {
    const actor = progress
      ? createActor(machine, { input: { questions }, snapshot: savedState(progress, questions) })
      : createActor(machine, { input: { questions } })
    return actor.start()
  }

  const actorRef: ShallowRef<Actor<typeof machine>> = shallowRef(startActor(loaded.progress))
  untouched = false
  const snapshot = useSelector(actorRef, current => current)
  tryOnScopeDispose(() => actorRef.value.stop())

  /** Puts the quiz back as `text` saved it (a step of the browser's history), as a reload of that text would. */
  function restore(text: string) {
    stored?.write(text)
    const reloaded = parseQuizProgress(text, questions)
    notice.value = reloaded.notice
    actorRef.value.stop()
    actorRef.value = startActor(reloaded.progress)
  }
  if (options.stepHistory && key !== null)
    useStepHistory(key, restore)

  const phase = computed(() => snapshot.value.value as QuizPhase)
  const context = computed(() => snapshot.value.context)
  const scores = computed(() => partScores(context.value))

  return {
    phase,
    context,
    /** The question on screen (answering or feedback). */
    question: computed(() => currentQuestion(context.value)),
    progress: computed(() => progressOf(context.value, phase.value)),
    scores,
    overall: computed(() => totalScore(scores.value)),
    wrong: computed(() => wrongQuestions(context.value)),
    marked: computed(() => markedAnswers(context.value)),
    best: computed(() => bestScore(context.value)),
    send: (event: QuizEvent) => actorRef.value.send(event),
    restore,
    notice,
    dismissNotice: () => { notice.value = null },
    /** This browser can keep progress (false: blocked or full storage). */
    saving: computed(() => storageHealth.value === 'ok'),
    /** The learner's latest progress is in storage (a write just succeeded, or it was there already). */
    saved: stored ? stored.saved : computed(() => storageHealth.value === 'ok'),
  }
}

import type { Ref } from 'vue'
import type { QuizEvent, QuizPhase } from '../../machines/quiz/quizMachine'
import type { QuizQuestion } from '../../machines/quiz/schema'
import { useActor } from '@xstate/vue'
import { computed, ref } from 'vue'
import { parseQuizProgress, QUIZ_STORAGE_KEY, serializeQuizProgress, type StorageNotice } from '../../machines/quiz/storage'
import { quizMachine, toProgress } from '../../machines/quiz/quizMachine'
import { browserStorage, storageHealth, useProgressStorage } from './useProgressStorage'
import { useReviewSchedule } from './useReviewSchedule'

export interface QuizSessionOptions {
  /** Where the session is saved (default `omd.quiz.v1`); null: kept in memory only (the review's round). */
  key?: string | null
  storage?: Storage | null
}

/**
 * One learner's self-test, kept in this browser only (localStorage key `omd.quiz.v1`; nothing is sent anywhere).
 * Every answer also reschedules its question for spaced review (useReviewSchedule). Saved progress that cannot be
 * used starts a fresh quiz and raises `notice`; when storage is unavailable or full the quiz still works and
 * `saving` turns false.
 */
export function useQuizSession(questions: QuizQuestion[], options: QuizSessionOptions = {}) {
  const storage = options.storage === undefined ? browserStorage() : options.storage
  const key = options.key === undefined ? QUIZ_STORAGE_KEY : options.key
  const review = useReviewSchedule(storage)
  const stored = key === null ? null : useProgressStorage(key, storage)
  const loaded = parseQuizProgress(stored?.read() ?? null, questions)
  const notice: Ref<StorageNotice | null> = ref(loaded.notice)

  const machine = quizMachine.provide({
    actions: {
      persist: ({ context }, params: { phase: QuizPhase }) => {
        stored?.write(serializeQuizProgress(toProgress(context, params.phase)))
      },
      scheduleReview: (_, params: { id: string, right: boolean, certainty: 'low' | 'medium' | 'high' }) => {
        review.record(params.id, params.right, params.certainty)
      },
    },
  })
  const { snapshot, send } = useActor(machine, { input: { questions, restored: loaded.progress } })

  return {
    snapshot,
    send: (event: QuizEvent) => send(event),
    notice,
    dismissNotice: () => { notice.value = null },
    /** This browser can keep progress (false: blocked or full storage). */
    saving: computed(() => storageHealth.value === 'ok'),
    /** The learner's latest progress is in storage (a write just succeeded, or it was there already). */
    saved: stored ? stored.saved : computed(() => storageHealth.value === 'ok'),
  }
}

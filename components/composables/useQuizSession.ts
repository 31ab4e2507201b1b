import type { Ref, ShallowRef } from 'vue'
import type { Actor } from 'xstate'
import type { QuizEvent, QuizPhase, QuizProgress } from '../../machines/quiz/quizMachine'
import type { QuizQuestion } from '../../machines/quiz/schema'
import { tryOnScopeDispose } from '@vueuse/core'
import { useSelector } from '@xstate/vue'
import { computed, ref, shallowRef } from 'vue'
import { createActor } from 'xstate'
import { parseQuizProgress, QUIZ_STORAGE_KEY, serializeQuizProgress, type StorageNotice } from '../../machines/quiz/storage'
import { quizMachine, savedState, toProgress } from '../../machines/quiz/quizMachine'
import { browserStorage, storageHealth, useProgressStorage } from './useProgressStorage'
import { useReviewSchedule } from './useReviewSchedule'

export interface QuizSessionOptions {
  /** Where the session is saved (default `omd.quiz.v1`); null: kept in memory only (the review's round). */
  key?: string | null
  storage?: Storage | null
}

/**
 * One learner's self-test, kept in this browser only (localStorage key `omd.quiz.v1`; nothing is sent anywhere).
 * Every answer also reschedules its question for spaced review (useReviewSchedule). Saved progress resumes on the
 * screen it was saved on (XState's `resolveState` and `createActor({ snapshot })`); progress that cannot be used
 * starts a fresh quiz and raises `notice`; when storage is unavailable or full the quiz still works and `saving`
 * turns false.
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

  function startActor(progress: QuizProgress | null): Actor<typeof machine> {
    const actor = progress
      ? createActor(machine, { input: { questions }, snapshot: savedState(progress, questions) })
      : createActor(machine, { input: { questions } })
    return actor.start()
  }

  const actorRef: ShallowRef<Actor<typeof machine>> = shallowRef(startActor(loaded.progress))
  const snapshot = useSelector(actorRef, current => current)
  tryOnScopeDispose(() => actorRef.value.stop())

  return {
    snapshot,
    send: (event: QuizEvent) => actorRef.value.send(event),
    notice,
    dismissNotice: () => { notice.value = null },
    /** This browser can keep progress (false: blocked or full storage). */
    saving: computed(() => storageHealth.value === 'ok'),
    /** The learner's latest progress is in storage (a write just succeeded, or it was there already). */
    saved: stored ? stored.saved : computed(() => storageHealth.value === 'ok'),
  }
}

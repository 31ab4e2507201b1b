import type { Ref } from 'vue'
import type { QuizEvent, QuizPhase } from '../../machines/quiz/quizMachine'
import type { QuizQuestion } from '../../machines/quiz/schema'
import { useActor } from '@xstate/vue'
import { computed, ref } from 'vue'
import { parseQuizProgress, QUIZ_STORAGE_KEY, serializeQuizProgress, type StorageNotice } from '../../machines/quiz/storage'
import { quizMachine, toProgress } from '../../machines/quiz/quizMachine'
import { browserStorage, useProgressStorage } from './useProgressStorage'

/**
 * One learner's self-test, kept in this browser only (localStorage key `omd.quiz.v1`; nothing is sent anywhere).
 * Saved progress that cannot be used starts a fresh quiz and raises `notice`; when storage is unavailable or full
 * the quiz still works and `saving` turns false.
 */
export function useQuizSession(questions: QuizQuestion[], storage: Storage | null = browserStorage()) {
  const stored = useProgressStorage(QUIZ_STORAGE_KEY, storage)
  const loaded = parseQuizProgress(stored.read(), questions)
  const notice: Ref<StorageNotice | null> = ref(loaded.notice)

  const machine = quizMachine.provide({
    actions: {
      persist: ({ context }, params: { phase: QuizPhase }) => {
        stored.write(serializeQuizProgress(toProgress(context, params.phase)))
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
    saving: computed(() => stored.health.value === 'ok'),
    /** The learner's latest progress is in storage (a write just succeeded, or it was there already). */
    saved: stored.saved,
  }
}

import type { Ref } from 'vue'
import type { QuizEvent, QuizPhase } from '../../machines/quizMachine'
import type { QuizQuestion } from '../../machines/quiz-schema'
import { useActor } from '@xstate/vue'
import { ref } from 'vue'
import { parseQuizProgress, QUIZ_STORAGE_KEY, serializeQuizProgress, type StorageNotice } from '../../lib/quiz-storage'
import { quizMachine, toProgress } from '../../machines/quizMachine'

/** localStorage if this browser lets us use it (private mode or blocked storage may not), else null. */
export function quizStorage(): Storage | null {
  try {
    const storage = window.localStorage
    const probe = `${QUIZ_STORAGE_KEY}.probe`
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return storage
  }
  catch {
    return null
  }
}

function readSaved(storage: Storage | null): string | null {
  try {
    return storage?.getItem(QUIZ_STORAGE_KEY) ?? null
  }
  catch {
    return null
  }
}

/**
 * One learner's self-test, kept in this browser only (localStorage key `omd.quiz.v1`; nothing is sent anywhere).
 * Saved progress that cannot be used starts a fresh quiz and raises `notice`; when storage is unavailable or full
 * the quiz still works and `saving` turns false.
 */
export function useQuizSession(questions: QuizQuestion[], storage: Storage | null = quizStorage()) {
  const loaded = parseQuizProgress(readSaved(storage), questions)
  const notice: Ref<StorageNotice | null> = ref(loaded.notice)
  const saving = ref(storage !== null)

  const machine = quizMachine.provide({
    actions: {
      persist: ({ context }, params: { phase: QuizPhase }) => {
        if (!storage)
          return
        try {
          storage.setItem(QUIZ_STORAGE_KEY, serializeQuizProgress(toProgress(context, params.phase)))
          saving.value = true
        }
        catch {
          saving.value = false
        }
      },
    },
  })
  const { snapshot, send } = useActor(machine, { input: { questions, restored: loaded.progress } })

  return {
    snapshot,
    send: (event: QuizEvent) => send(event),
    notice,
    dismissNotice: () => { notice.value = null },
    saving,
  }
}

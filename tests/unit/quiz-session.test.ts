import { afterEach, describe, expect, it } from 'vitest'
import { effectScope } from 'vue'
import { useQuizSession } from '../../components/composables/useQuizSession'
import { QUIZ_STORAGE_KEY } from '../../machines/quiz/storage'
import { SAVED_AT_0DC30EF, smallBank } from './support/quizFixture'

// The self-test's session as a learner's browser meets it: what localStorage holds decides the screen it opens on.

function openSession() {
  const scope = effectScope()
  const session = scope.run(() => useQuizSession(smallBank))!
  return { session, close: () => scope.stop() }
}

afterEach(() => localStorage.clear())

describe('useQuizSession over progress saved by an earlier deck', () => {
  it('opens on the feedback it was saved on (std answered A with low certainty), without writing anything', () => {
    localStorage.setItem(QUIZ_STORAGE_KEY, SAVED_AT_0DC30EF.feedback)
    const { session, close } = openSession()
    expect(session.snapshot.value.value).toBe('feedback')
    expect(session.snapshot.value.context.queue[session.snapshot.value.context.index]).toBe('std')
    expect(session.snapshot.value.context.certainties).toEqual({ os: 'high', std: 'low' })
    expect(session.notice.value).toBeNull()
    expect(localStorage.getItem(QUIZ_STORAGE_KEY)).toBe(SAVED_AT_0DC30EF.feedback)
    // and keeps saving from there: the next screen is what a reload finds
    session.send({ type: 'quiz.next' })
    expect(JSON.parse(localStorage.getItem(QUIZ_STORAGE_KEY)!).payload).toMatchObject({ phase: 'answering', index: 2, answers: { os: 80, std: 'a' } })
    close()
  })

  it('opens on the results, with the best score kept', () => {
    localStorage.setItem(QUIZ_STORAGE_KEY, SAVED_AT_0DC30EF.results)
    const { session, close } = openSession()
    expect(session.snapshot.value.value).toBe('results')
    expect(session.snapshot.value.context.best).toEqual({ all: { points: 2, total: 3 } })
    close()
  })
})

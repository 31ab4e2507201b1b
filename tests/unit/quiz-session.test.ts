import { afterEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { useQuizSession } from '../../components/composables/useQuizSession'
import { dueQuestions, parseReviewSchedule } from '../../lib/learner/review-schedule'
import { SAVED_AT_0DC30EF, smallBank } from './support/quizFixture'
import { QUIZ_STORAGE_KEY, REVIEW_STORAGE_KEY } from '../../lib/learner/storage-keys'

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
    expect(session.phase.value).toBe('feedback')
    expect(session.question.value?.id).toBe('std')
    expect(session.context.value.certainties).toEqual({ os: 'high', std: 'low' })
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
    expect(session.phase.value).toBe('results')
    expect(session.context.value.best).toEqual({ all: { points: 2, total: 3 } })
    close()
  })
})

describe('useQuizSession.restore: a step of the browser\'s history (back or forward on the learner\'s page)', () => {
  it('puts the quiz back on the step\'s screen, and keeps that step for a reload', async () => {
    const { session, close } = openSession()
    session.send({ type: 'quiz.start' })
    expect(session.phase.value).toBe('answering')
    session.restore(SAVED_AT_0DC30EF.review)
    await nextTick()
    expect(session.phase.value).toBe('review')
    expect(session.wrong.value.map(q => q.id)).toEqual(['std', 'sbrt'])
    expect(localStorage.getItem(QUIZ_STORAGE_KEY)).toBe(SAVED_AT_0DC30EF.review)
    close()
  })

  it('starts afresh with the notice a reload would give when the step cannot be read', async () => {
    const { session, close } = openSession()
    session.send({ type: 'quiz.start' })
    session.restore('{"version":2,"kind":"quiz","payload":')
    await nextTick()
    expect(session.phase.value).toBe('idle')
    expect(session.notice.value).toBe('corrupt')
    close()
  })
})

describe('useQuizSession and spaced review', () => {
  it('schedules every answer: a wrong one comes due within minutes, a right and sure one does not', () => {
    const { session, close } = openSession()
    session.send({ type: 'quiz.setFeedback', feedback: 'end' })
    session.send({ type: 'quiz.start' })
    session.send({ type: 'quiz.answer', answer: 71.2, certainty: 'high' })
    session.send({ type: 'quiz.answer', answer: 'b', certainty: 'high' })
    const { schedule } = parseReviewSchedule(localStorage.getItem(REVIEW_STORAGE_KEY))
    expect(Object.keys(schedule).sort()).toEqual(['os', 'std'])
    expect(dueQuestions(schedule, new Date())).toEqual(['os'])
    close()
  })
})

describe('useQuizSession for a learner who has not started', () => {
  it('saves nothing until the learner starts: the learner\'s home then has nothing to read', () => {
    const { session, close } = openSession()
    expect(session.phase.value).toBe('idle')
    expect(localStorage.getItem(QUIZ_STORAGE_KEY)).toBeNull()
    session.send({ type: 'quiz.start' })
    expect(JSON.parse(localStorage.getItem(QUIZ_STORAGE_KEY)!).payload).toMatchObject({ phase: 'answering', index: 0 })
    close()
  })
})

import type { Router } from 'vue-router'
import type { FoundLms } from '../../lib/lms/find-api'
import type { InteractionRecord } from '../../lib/lms/scorm-values'
import type { QuizAnswer } from '../../machines/quiz/schema'
import type { LmsAdapter } from './adapter'
import { parseReviewSchedule, serializeReviewSchedule } from '../../lib/learner/review-schedule'
import { withCardsForAnswers } from '../../lib/learner/review-scheduler'
import { createCommitScheduler } from '../../lib/lms/commit-scheduler'
import { lmsReport, masteryScore } from '../../lib/lms/report'
import { decodeSuspendData, fitSuspendData, type ProgressTexts } from '../../lib/lms/suspend-data'
import { caseCatalog } from '../../machines/case/catalog'
import { scoreAnswer, scoreByPart, totalScore } from '../../machines/quiz/scoring'
import { parseQuizProgress } from '../../machines/quiz/progress-codec'
import { loadedCases } from '../../components/composables/useCaseFile'
import { keepProgressIn, onProgressCleared, onProgressWritten } from '../../components/composables/useProgressStorage'
import { useQuizBank } from '../../components/composables/useQuizBank'
import { cmi5Adapter } from './cmi5Adapter'
import { setLmsSession } from '../../components/composables/useLmsSession'
import { memoryStorage } from './memoryStorage'
import { scorm12Adapter, scorm2004Adapter } from './scormAdapters'
import { caseStorageKey, progressKeys, QUIZ_STORAGE_KEY, REVIEW_STORAGE_KEY } from '../../lib/learner/storage-keys'

/**
 * The learner app inside an LMS (imported only when one launched it, see setup/learner-app/main.ts). The learner's progress is the
 * LMS's copy: restored from it, kept in memory while the course runs (never in this browser's local storage) and
 * handed back to it. The runtime follows every progress write of the cases, the self-test and the review schedule:
 * the whole progress goes to suspend_data (fitted to 4,096 characters, lib/lms/suspend-data.ts), score and status
 * as each standard receives them, each new answer becomes an interaction, and commits are throttled and retried
 * (lib/lms/commit-scheduler.ts). What it may write depends on the launch (lib/lms/session-mode.ts): a review or
 * browse launch writes nothing at all, a launch without credit never a score or a status. The session ends on
 * pagehide. The learner lands on the learner mode (#/learn); the deck itself stays one click away.
 */
export async function startLmsRuntime(found: FoundLms, router: Router): Promise<LmsAdapter> {
  const adapter = found.standard === 'cmi5' ? await cmi5Adapter() : found.standard === 'scorm12' ? scorm12Adapter(found.api) : scorm2004Adapter(found.api)
  const { recording } = adapter.session
  setLmsSession({ standard: adapter.standard, ...adapter.session })
  const started = Date.now()
  const cases = loadedCases.flatMap(loaded => (loaded.ok ? [loaded.caseFile] : []))
  const { questions } = useQuizBank()
  const keys = progressKeys(cases.map(c => c.id))
  const answersOf = (text: string | undefined) => parseQuizProgress(text ?? null, questions).progress

  // The LMS's copy, and nothing of this browser: a first launch starts clean.
  const restored = decodeSuspendData(adapter.suspendData) ?? {}
  const texts: ProgressTexts = Object.fromEntries(keys.flatMap(key => (restored[key] ? [[key, restored[key]]] : [])))
  const quiz = answersOf(texts[QUIZ_STORAGE_KEY])
  if (quiz) {
    // Review cards the LMS copy had to leave out come back from the self-test's answers.
    const answered = Object.entries(quiz.answers).flatMap(([id, answer]) => {
      const question = questions.find(q => q.id === id)
      return question ? [{ id, right: scoreAnswer(question, answer as QuizAnswer).right, certainty: (quiz.certaintyOn && quiz.certainties[id]) || 'medium' as const }] : []
    })
    const { schedule } = parseReviewSchedule(texts[REVIEW_STORAGE_KEY] ?? null)
    const rebuilt = withCardsForAnswers(schedule, answered, new Date())
    if (Object.keys(rebuilt).length > Object.keys(schedule).length)
      texts[REVIEW_STORAGE_KEY] = serializeReviewSchedule(rebuilt)
  }
  keepProgressIn(memoryStorage(texts))

  const mastery = masteryScore(adapter.mastery)
  let reported: Record<string, string> = Object.fromEntries(Object.entries(quiz?.answers ?? {}).map(([id, a]) => [id, JSON.stringify(a)]))
  const shownAt = new Map<string, number>()

  function followQuiz(text: string) {
    const progress = answersOf(text)
    if (!progress)
      return
    const now = Date.now()
    if (progress.phase === 'answering' && progress.queue[progress.index])
      shownAt.set(progress.queue[progress.index], shownAt.get(progress.queue[progress.index]) ?? now)
    for (const [id, answer] of Object.entries(progress.answers)) {
      const json = JSON.stringify(answer)
      const question = questions.find(q => q.id === id)
      if (!question || reported[id] === json)
        continue
      reported = { ...reported, [id]: json }
      const record: InteractionRecord = {
        id,
        kind: question.type,
        answer: answer as QuizAnswer,
        correct: scoreAnswer(question, answer as QuizAnswer).right,
        latencyMs: shownAt.has(id) ? now - shownAt.get(id)! : null,
        at: new Date(now),
      }
      shownAt.delete(id)
      adapter.interaction(record)
    }
  }

  function report() {
    const fitted = fitSuspendData(texts)
    if (fitted && (fitted.collapsedChoices || fitted.droppedReviewCards.length))
      console.info(`suspend_data fitted to ${fitted.data.length} characters: ${fitted.collapsedChoices} repeated choices kept once, ${fitted.droppedReviewCards.length} review cards left out (rebuilt at the next launch).`)
    if (fitted)
      adapter.setSuspendData(fitted.data)
    if (recording !== 'everything')
      return
    const catalog = caseCatalog(cases, id => texts[caseStorageKey(id)] ?? null)
    const casesDone = catalog.flatMap(part => part.cases).filter(entry => entry.status === 'done').length
    const answers = answersOf(texts[QUIZ_STORAGE_KEY])?.answers ?? {}
    const answered = questions.filter(q => answers[q.id] !== undefined).length
    const points = totalScore(scoreByPart(questions, answers)).points
    adapter.report(lmsReport({ casesDone, casesTotal: cases.length, answered, questions: questions.length, points }, mastery))
  }

  const scheduler = createCommitScheduler({ commit: () => adapter.commit() })
  for (const key of keys) {
    onProgressWritten(key, (text) => {
      if (texts[key] === text)
        return
      texts[key] = text
      if (recording === 'nothing')
        return
      if (key === QUIZ_STORAGE_KEY)
        followQuiz(text)
      report()
      scheduler.request()
    })
  }
  // "Reset my progress" erases the LMS's copy too (in a session that records).
  onProgressCleared((cleared) => {
    for (const key of cleared)
      delete texts[key]
    if (recording === 'nothing')
      return
    report()
    scheduler.request()
  })
  if (recording !== 'nothing') {
    report()
    scheduler.request()
  }

  let finished = false
  const finish = () => {
    if (finished)
      return
    finished = true
    adapter.finish(recording === 'nothing' ? null : Date.now() - started)
  }
  window.addEventListener('pagehide', finish)
  window.addEventListener('beforeunload', finish)

  const hash = window.location.hash
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/1')
    await router.replace('/learn')
  return adapter
}

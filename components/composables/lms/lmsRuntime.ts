import type { Router } from 'vue-router'
import type { FoundLms } from '../../../lib/lms/find-api'
import type { InteractionRecord } from '../../../lib/lms/scorm-values'
import type { QuizAnswer } from '../../../machines/quiz/schema'
import type { LmsAdapter } from './adapter'
import { createCommitScheduler } from '../../../lib/lms/commit-scheduler'
import { lmsReport, masteryScore } from '../../../lib/lms/report'
import { decodeSuspendData, encodeSuspendData, type ProgressTexts } from '../../../lib/lms/suspend-data'
import { caseCatalog } from '../../../machines/case/catalog'
import { caseStorageKey } from '../../../machines/case/storage'
import { scoreAnswer, scoreByPart, totalScore } from '../../../machines/quiz/scoring'
import { parseQuizProgress, QUIZ_STORAGE_KEY } from '../../../machines/quiz/storage'
import { loadedCases } from '../useCaseFile'
import { browserStorage, onProgressWritten } from '../useProgressStorage'
import { useQuizBank } from '../useQuizBank'
import { REVIEW_STORAGE_KEY } from '../useReviewSchedule'
import { cmi5Adapter } from './cmi5Adapter'
import { scorm12Adapter, scorm2004Adapter } from './scormAdapters'

/**
 * The deck inside an LMS (imported only when one launched it, see setup/main.ts). It restores the learner's
 * progress from the LMS (the LMS's copy wins over this browser's, and a first launch starts clean), then follows
 * every progress write of the cases, the self-test and the review schedule: the whole progress goes to
 * suspend_data, the self-test's score, completion and success are reported, each new answer becomes an
 * interaction, and commits are throttled and retried (lib/lms/commit-scheduler.ts). The session ends on pagehide.
 * The learner lands on the learner mode (#/learn); the deck itself stays one click away.
 */
export async function startLmsRuntime(found: FoundLms, router: Router): Promise<LmsAdapter> {
  const adapter = found.standard === 'cmi5' ? await cmi5Adapter() : found.standard === 'scorm12' ? scorm12Adapter(found.api) : scorm2004Adapter(found.api)
  const started = Date.now()
  const cases = loadedCases.flatMap(loaded => (loaded.ok ? [loaded.caseFile] : []))
  const { questions } = useQuizBank()
  const keys = [...cases.map(c => caseStorageKey(c.id)), QUIZ_STORAGE_KEY, REVIEW_STORAGE_KEY]

  const restored = decodeSuspendData(adapter.suspendData) ?? {}
  const texts: ProgressTexts = {}
  const storage = browserStorage()
  for (const key of keys) {
    const text = restored[key]
    if (text)
      texts[key] = text
    try {
      if (text)
        storage?.setItem(key, text)
      else
        storage?.removeItem(key)
    }
    catch {
      // Storage refused: the deck says so itself; the LMS keeps the progress.
    }
  }

  const mastery = masteryScore(adapter.mastery)
  const answersOf = (text: string | undefined) => parseQuizProgress(text ?? null, questions).progress
  let reported: Record<string, string> = Object.fromEntries(Object.entries(answersOf(texts[QUIZ_STORAGE_KEY])?.answers ?? {}).map(([id, a]) => [id, JSON.stringify(a)]))
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
    const catalog = caseCatalog(cases, id => texts[caseStorageKey(id)] ?? null)
    const casesDone = catalog.flatMap(part => part.cases).filter(entry => entry.status === 'done').length
    const answers = answersOf(texts[QUIZ_STORAGE_KEY])?.answers ?? {}
    const answered = questions.filter(q => answers[q.id] !== undefined).length
    const points = totalScore(scoreByPart(questions, answers)).points
    adapter.setSuspendData(encodeSuspendData(texts))
    adapter.report(lmsReport({ casesDone, casesTotal: cases.length, answered, questions: questions.length, points }, mastery))
  }

  const scheduler = createCommitScheduler({ commit: () => adapter.commit() })
  for (const key of keys) {
    onProgressWritten(key, (text) => {
      if (texts[key] === text)
        return
      texts[key] = text
      if (key === QUIZ_STORAGE_KEY)
        followQuiz(text)
      report()
      scheduler.request()
    })
  }
  report()
  scheduler.request()

  let finished = false
  const finish = () => {
    if (finished)
      return
    finished = true
    adapter.finish(Date.now() - started)
  }
  window.addEventListener('pagehide', finish)
  window.addEventListener('beforeunload', finish)

  const hash = window.location.hash
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/1')
    await router.replace('/learn')
  return adapter
}

import type { CatalogPart } from '../../machines/case/catalog'
import type { SelfTestSummary } from '../../machines/quiz/summary'
import { ref } from 'vue'
import { dueQuestions, parseReviewSchedule } from '../../lib/learner/review-schedule'
import { caseCatalog } from '../../machines/case/catalog'
import { caseStorageKey } from '../../machines/case/progress-codec'
import { QUIZ_STORAGE_KEY } from '../../machines/quiz/progress-codec'
import { selfTestSummary } from '../../machines/quiz/summary'
import { loadedCases } from './useCaseFile'
import { clearProgress, useProgressStorage } from './useProgressStorage'
import { useQuizBank } from './useQuizBank'
import { REVIEW_STORAGE_KEY } from '../../lib/learner/review-schedule'

/**
 * Everything this browser keeps of the learner: cases by part, the self-test (scores by part, certainty
 * calibration, best score), the questions due for review, and the way to erase it all.
 */
export function useLearnerProgress() {
  const cases = loadedCases.flatMap(loaded => (loaded.ok ? [loaded.caseFile] : []))
  const { questions } = useQuizBank()
  const read = (key: string) => useProgressStorage(key).read()
  const catalog = ref<CatalogPart[]>([])
  const selfTest = ref<SelfTestSummary>(selfTestSummary(questions, null))
  const due = ref<string[]>([])
  const refresh = () => {
    catalog.value = caseCatalog(cases, id => read(caseStorageKey(id)))
    selfTest.value = selfTestSummary(questions, read(QUIZ_STORAGE_KEY))
    // Only the questions still in the bank can be reviewed.
    due.value = dueQuestions(parseReviewSchedule(read(REVIEW_STORAGE_KEY)).schedule, new Date()).filter(id => questions.some(q => q.id === id))
  }
  refresh()
  return {
    catalog,
    selfTest,
    due,
    /** Erases every case's and the self-test's saved progress in this browser. */
    reset: () => {
      const done = clearProgress([...cases.map(c => caseStorageKey(c.id)), QUIZ_STORAGE_KEY, REVIEW_STORAGE_KEY])
      refresh()
      return done
    },
  }
}

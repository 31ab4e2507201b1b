import type { CaseFile } from '../case/schema'
import type { CatalogPart } from '../case/catalog'
import type { QuizQuestion } from '../quiz/schema'
import type { SelfTestSummary } from '../quiz/summary'
import { dueReviews } from '../../lib/learner/review-schedule'
import { caseStorageKey, QUIZ_STORAGE_KEY, REVIEW_STORAGE_KEY } from '../../lib/learner/storage-keys'
import { caseCatalog } from '../case/catalog'
import { selfTestSummary } from '../quiz/summary'

/** What the learner's home shows: the cases by part with their status, the self-test, the questions due. */
export interface LearnerSummary {
  catalog: CatalogPart[]
  selfTest: SelfTestSummary
  due: string[]
}

/** The home's summary of what `read(key)` holds (null: nothing saved); with nothing saved, a new learner's. */
export function learnerSummary(cases: readonly CaseFile[], questions: readonly QuizQuestion[], read: (key: string) => string | null, now: Date): LearnerSummary {
  return {
    catalog: caseCatalog(cases, id => read(caseStorageKey(id))),
    selfTest: selfTestSummary(questions, read(QUIZ_STORAGE_KEY)),
    due: dueReviews(questions, read(REVIEW_STORAGE_KEY), now),
  }
}

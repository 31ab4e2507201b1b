// Where each part of a learner's progress is kept: one key per case, one for the self-test, one for the review
// schedule. The formats inside are versioned by the progress envelope (./progress-envelope.ts).

export function caseStorageKey(caseId: string): string {
  return `omd.case.${caseId}.v1`
}

export const QUIZ_STORAGE_KEY = 'omd.quiz.v1'

export const REVIEW_STORAGE_KEY = 'omd.review.v1'

/** Every key a learner's progress can be under, for these cases. */
export function progressKeys(caseIds: readonly string[]): string[] {
  return [...caseIds.map(caseStorageKey), QUIZ_STORAGE_KEY, REVIEW_STORAGE_KEY]
}

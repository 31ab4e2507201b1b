import type { Certainty } from '../../lib/learner/certainty'
import { parseReviewSchedule, serializeReviewSchedule } from '../../lib/learner/review-schedule'
import { scheduleAnswer } from '../../lib/learner/review-scheduler'
import { browserStorage, useProgressStorage } from './useProgressStorage'
import { REVIEW_STORAGE_KEY } from '../../lib/learner/storage-keys'

/**
 * The learner's spaced-review schedule (ts-fsrs), kept in this browser only under `omd.review.v1`: every self-test
 * or review answer reschedules its question (the questions due are read by useLearnerProgress).
 */
export function useReviewSchedule(storage: Storage | null = browserStorage()) {
  const stored = useProgressStorage(REVIEW_STORAGE_KEY, storage)
  let schedule = parseReviewSchedule(stored.read()).schedule
  return {
    record(id: string, right: boolean, certainty: Certainty) {
      // Scheduling must never cost the learner an answer.
      try {
        schedule = scheduleAnswer(schedule, id, right, certainty, new Date())
        stored.write(serializeReviewSchedule(schedule))
      }
      catch (error) {
        console.error('The review schedule could not be updated:', error)
      }
    },
  }
}

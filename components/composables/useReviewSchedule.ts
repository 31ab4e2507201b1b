import type { Certainty } from '../../lib/learner/certainty'
import { computed, ref } from 'vue'
import { dueQuestions, parseReviewSchedule, type ReviewSchedule, scheduleAnswer, serializeReviewSchedule } from '../../lib/learner/review-schedule'
import { browserStorage, useProgressStorage } from './useProgressStorage'

/** The key's own scheme; the format inside is versioned by the progress envelope. */
export const REVIEW_STORAGE_KEY = 'omd.review.v1'

/**
 * The learner's spaced-review schedule (ts-fsrs), kept in this browser only under `omd.review.v1`: every self-test
 * or review answer reschedules its question; `due` lists the questions to review now.
 */
export function useReviewSchedule(storage: Storage | null = browserStorage()) {
  const stored = useProgressStorage(REVIEW_STORAGE_KEY, storage)
  const loaded = parseReviewSchedule(stored.read())
  const schedule = ref<ReviewSchedule>(loaded.schedule)
  const now = ref(new Date())
  return {
    schedule,
    notice: loaded.notice,
    /** Question ids due now, the most overdue first (read when the page opens or `refresh` is called). */
    due: computed(() => dueQuestions(schedule.value, now.value)),
    refresh: () => { now.value = new Date() },
    record(id: string, right: boolean, certainty: Certainty, at: Date = new Date()) {
      // Scheduling must never cost the learner an answer.
      try {
        schedule.value = scheduleAnswer(schedule.value, id, right, certainty, at)
        stored.write(serializeReviewSchedule(schedule.value))
      }
      catch (error) {
        console.error('The review schedule could not be updated:', error)
      }
    },
  }
}

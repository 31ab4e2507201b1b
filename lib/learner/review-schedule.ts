import { z } from 'zod/mini'
import { openProgress, type ProgressNotice, sealProgress } from './progress-envelope'

/**
 * The spaced-review schedule as stored (plain JSON, dates as ISO strings, in the versioned progress envelope) and the
 * questions it makes due. Scheduling an answer is ./review-scheduler.ts (ts-fsrs), which the pages that only read the
 * schedule (the learner's home) do not load.
 */

/** The key's own scheme; the format inside is versioned by the progress envelope. */
export const REVIEW_STORAGE_KEY = 'omd.review.v1'

/** One question's card, as stored. */
export interface StoredCard {
  due: string
  stability: number
  difficulty: number
  elapsed_days: number
  scheduled_days: number
  learning_steps: number
  reps: number
  lapses: number
  state: number
  last_review?: string
}

export type ReviewSchedule = Record<string, StoredCard>

export const storedCardSchema = z.strictObject({
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.int().check(z.nonnegative()),
  lapses: z.int().check(z.nonnegative()),
  state: z.int(),
  last_review: z.optional(z.iso.datetime()),
})
export const reviewScheduleSchema = z.record(z.string(), storedCardSchema)

export const LEARN_AHEAD_MINUTES = 20

/** The questions due at `now` (or within the learn-ahead limit), the most overdue first. */
export function dueQuestions(schedule: ReviewSchedule, now: Date): string[] {
  const limit = now.getTime() + LEARN_AHEAD_MINUTES * 60_000
  return Object.entries(schedule)
    .filter(([, card]) => Date.parse(card.due) <= limit)
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([id]) => id)
}

/** The schedule as stored: the versioned progress envelope, kind 'review'. */
export function serializeReviewSchedule(schedule: ReviewSchedule): string {
  return JSON.stringify(sealProgress('review', schedule))
}

/** Stored text → the schedule (empty when nothing was saved), or an empty one with the reason it was unusable. */
export function parseReviewSchedule(text: string | null): { schedule: ReviewSchedule, notice: ProgressNotice | null } {
  const opened = openProgress(text, 'review')
  if (opened.payload === null)
    return { schedule: {}, notice: opened.notice }
  const parsed = reviewScheduleSchema.safeParse(opened.payload)
  return parsed.success ? { schedule: parsed.data, notice: null } : { schedule: {}, notice: 'corrupt' }
}

import * as v from 'valibot'
import { openProgress, type ProgressNotice, sealProgress } from './progress-envelope'

/**
 * The spaced-review schedule as stored (plain JSON, dates as ISO strings, in the versioned progress envelope) and the
 * questions it makes due. Scheduling an answer is ./review-scheduler.ts (ts-fsrs), which the pages that only read the
 * schedule (the learner's home) do not load.
 */

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

const isoDate = v.pipe(v.string(), v.isoTimestamp())
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
export const storedCardSchema = v.strictObject({
  due: isoDate,
  stability: v.number(),
  difficulty: v.number(),
  elapsed_days: v.number(),
  scheduled_days: v.number(),
  learning_steps: v.number(),
  reps: count,
  lapses: count,
  state: v.pipe(v.number(), v.integer()),
  last_review: v.optional(isoDate),
})
export const reviewScheduleSchema = v.record(v.string(), storedCardSchema)

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
  const parsed = v.safeParse(reviewScheduleSchema, opened.payload)
  return parsed.success ? { schedule: parsed.output, notice: null } : { schedule: {}, notice: 'corrupt' }
}

/** The questions due for review in the schedule saved as `saved`: only those still in the bank can be reviewed. */
export function dueReviews(questions: readonly { id: string }[], saved: string | null, now: Date): string[] {
  return dueQuestions(parseReviewSchedule(saved).schedule, now).filter(id => questions.some(q => q.id === id))
}

import type { Card, Grade } from 'ts-fsrs'
import type { Certainty } from './certainty'
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs'
import { z } from 'zod'
import { openProgress, type ProgressNotice, sealProgress } from './progress-envelope'

/**
 * Spaced review of the self-test with ts-fsrs (FSRS): every answer schedules its question. The answer and its
 * certainty become FSRS's rating: wrong → Again (soon); right but unsure (low) → Hard; right, medium → Good;
 * right and sure (high) → Easy (later). Pure: the schedule is plain JSON (dates as ISO strings) that the learner's
 * progress stores in the versioned envelope.
 */

export function ratingOf(right: boolean, certainty: Certainty): Grade {
  if (!right)
    return Rating.Again
  return certainty === 'high' ? Rating.Easy : certainty === 'medium' ? Rating.Good : Rating.Hard
}

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
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.number().int(),
  last_review: z.iso.datetime().optional(),
})
export const reviewScheduleSchema = z.record(z.string(), storedCardSchema)

const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['1m'] })

export const LEARN_AHEAD_MINUTES = 20

function toCard(stored: StoredCard): Card {
  return { ...stored, due: new Date(stored.due), last_review: stored.last_review ? new Date(stored.last_review) : undefined } as Card
}

function toStored(card: Card): StoredCard {
  const { due, last_review, ...rest } = card
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: new Date(last_review).toISOString() } : {}) } as StoredCard
}

/** The schedule after answering question `id` at `now`. */
export function scheduleAnswer(schedule: ReviewSchedule, id: string, right: boolean, certainty: Certainty, now: Date): ReviewSchedule {
  const card = schedule[id] ? toCard(schedule[id]) : createEmptyCard(now)
  // A card last reviewed "after" now (another device's clock ahead, a restored schedule) would make ts-fsrs throw
  // on a negative interval: review it as of its last review instead.
  const last = card.last_review ? new Date(card.last_review).getTime() : -Infinity
  const at = now.getTime() < last ? new Date(last) : now
  const next = scheduler.next(card, at, ratingOf(right, certainty)).card
  return { ...schedule, [id]: toStored(next) }
}

/**
 * The schedule with a card for every answered question it lacks, each as its answer would have scheduled it at
 * `now`: what brings back the cards an LMS copy had to leave out to fit (lib/lms/suspend-data.ts). A question the
 * schedule has keeps its card.
 */
export function withCardsForAnswers(schedule: ReviewSchedule, answers: readonly { id: string, right: boolean, certainty: Certainty }[], now: Date): ReviewSchedule {
  let rebuilt = schedule
  for (const answer of answers) {
    if (!rebuilt[answer.id])
      rebuilt = scheduleAnswer(rebuilt, answer.id, answer.right, answer.certainty, now)
  }
  return rebuilt
}

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

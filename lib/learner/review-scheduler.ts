import type { Card, Grade } from 'ts-fsrs'
import type { Certainty } from './certainty'
import type { ReviewSchedule, StoredCard } from './review-schedule'
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs'

/**
 * Spaced review of the self-test with ts-fsrs (FSRS): every answer schedules its question. The answer and its
 * certainty become FSRS's rating: wrong → Again (soon); right but unsure (low) → Hard; right, medium → Good;
 * right and sure (high) → Easy (later). Pure: schedules in, schedules out (./review-schedule.ts stores them).
 */

export function ratingOf(right: boolean, certainty: Certainty): Grade {
  if (!right)
    return Rating.Again
  return certainty === 'high' ? Rating.Easy : certainty === 'medium' ? Rating.Good : Rating.Hard
}

const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['1m'] })

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

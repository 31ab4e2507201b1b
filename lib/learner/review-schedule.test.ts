import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { dueQuestions, dueReviews, parseReviewSchedule, reviewScheduleSchema, serializeReviewSchedule } from './review-schedule'
import { scheduleAnswer, withCardsForAnswers } from './review-scheduler'

const now = new Date('2026-12-01T09:00:00Z')
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000)
const dueIn = (schedule: ReturnType<typeof scheduleAnswer>, id: string) => (Date.parse(schedule[id].due) - now.getTime()) / 3_600_000

describe('spaced review (ts-fsrs)', () => {
  it('a wrong answer comes back within minutes, whatever the certainty', () => {
    for (const certainty of ['low', 'medium', 'high'] as const)
      expect(dueIn(scheduleAnswer({}, 'q', false, certainty, now), 'q') * 60).toBeLessThanOrEqual(5)
  })

  it('right but unsure comes back within the hour; right and sure a day or more later, sure later than medium', () => {
    const low = dueIn(scheduleAnswer({}, 'q', true, 'low', now), 'q')
    const medium = dueIn(scheduleAnswer({}, 'q', true, 'medium', now), 'q')
    const high = dueIn(scheduleAnswer({}, 'q', true, 'high', now), 'q')
    expect(low).toBeLessThan(1)
    expect(medium).toBeGreaterThanOrEqual(24)
    expect(high).toBeGreaterThan(medium)
  })

  it('a question answered wrong and then right is scheduled later than after the wrong answer alone', () => {
    const wrong = scheduleAnswer({}, 'q', false, 'high', now)
    const thenRight = scheduleAnswer(wrong, 'q', true, 'medium', hours(0.1))
    expect(Date.parse(thenRight.q.due)).toBeGreaterThan(Date.parse(wrong.q.due))
    expect(thenRight.q.lapses + thenRight.q.reps).toBeGreaterThan(wrong.q.reps)
  })

  it('a card last reviewed after "now" (a clock ahead on another device) is rescheduled, not an error', () => {
    const ahead = scheduleAnswer({}, 'q', true, 'medium', hours(24))
    expect(() => scheduleAnswer(ahead, 'q', false, 'low', now)).not.toThrow()
    expect(scheduleAnswer(ahead, 'q', false, 'low', now).q.lapses).toBe(1)
  })

  it('lists the questions due (those within the next 20 minutes included), the most overdue first, and not those scheduled days later', () => {
    let schedule = scheduleAnswer({}, 'sure', true, 'high', now)
    schedule = scheduleAnswer(schedule, 'wrong-1', false, 'high', now)
    schedule = scheduleAnswer(schedule, 'wrong-2', false, 'low', hours(0.5))
    expect(dueQuestions(schedule, now)).toEqual(['wrong-1'])
    expect(dueQuestions(schedule, hours(2))).toEqual(['wrong-1', 'wrong-2'])
    expect(dueQuestions(schedule, hours(24 * 30))).toEqual(['wrong-1', 'wrong-2', 'sure'])
  })

  it('the schedule is plain JSON that survives storage: parsed back, it schedules the same', () => {
    const schedule = scheduleAnswer(scheduleAnswer({}, 'a', true, 'medium', now), 'b', false, 'low', now)
    const restored = v.parse(reviewScheduleSchema, JSON.parse(JSON.stringify(schedule)))
    expect(restored).toEqual(schedule)
    expect(scheduleAnswer(restored, 'a', true, 'high', hours(48))).toEqual(scheduleAnswer(schedule, 'a', true, 'high', hours(48)))
  })

  it('is stored in the versioned envelope; unreadable or other-version text gives an empty schedule and says why', () => {
    const schedule = scheduleAnswer({}, 'a', false, 'low', now)
    expect(parseReviewSchedule(serializeReviewSchedule(schedule))).toEqual({ schedule, notice: null })
    expect(parseReviewSchedule(null)).toEqual({ schedule: {}, notice: null })
    expect(parseReviewSchedule('{not json')).toEqual({ schedule: {}, notice: 'corrupt' })
    expect(parseReviewSchedule(JSON.stringify({ version: 1, kind: 'review', payload: schedule }))).toEqual({ schedule: {}, notice: 'outdated' })
    expect(parseReviewSchedule(JSON.stringify({ version: 2, kind: 'review', payload: { a: { due: 'tomorrow' } } }))).toEqual({ schedule: {}, notice: 'corrupt' })
  })
})

describe('cards rebuilt from the self-test answers', () => {
  const now = new Date('2026-03-01T10:00:00.000Z')

  it('gives each answered question without a card the card its answer schedules, and keeps the cards there are', () => {
    const kept = scheduleAnswer({}, 'kept', true, 'high', new Date('2026-03-01T09:00:00.000Z'))
    const rebuilt = withCardsForAnswers(kept, [{ id: 'kept', right: false, certainty: 'low' }, { id: 'wrong', right: false, certainty: 'high' }, { id: 'sure', right: true, certainty: 'high' }], now)
    expect(rebuilt.kept).toEqual(kept.kept)
    expect(rebuilt.wrong).toEqual(scheduleAnswer({}, 'wrong', false, 'high', now).wrong)
    // A wrong answer comes back within minutes, a sure right one days later: the rebuilt cards say so.
    expect(dueQuestions(rebuilt, now)).toEqual(['wrong'])
    expect(Date.parse(rebuilt.sure.due) - now.getTime()).toBeGreaterThan(86_400_000)
  })
})

describe('the questions a learner is asked to review', () => {
  it('are the due ones still in the question bank: a question removed since is not asked', () => {
    const saved = serializeReviewSchedule(scheduleAnswer(scheduleAnswer({}, 'kept', false, 'low', now), 'removed', false, 'low', now))
    expect(dueReviews([{ id: 'kept' }, { id: 'other' }], saved, hours(2))).toEqual(['kept'])
    expect(dueReviews([{ id: 'kept' }], null, hours(2))).toEqual([])
  })
})

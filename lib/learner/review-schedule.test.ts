import { describe, expect, it } from 'vitest'
import { dueQuestions, reviewScheduleSchema, scheduleAnswer } from './review-schedule'

const now = new Date('2026-12-01T09:00:00Z')
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000)
const dueIn = (schedule: ReturnType<typeof scheduleAnswer>, id: string) => (Date.parse(schedule[id].due) - now.getTime()) / 3_600_000

describe('spaced review (ts-fsrs)', () => {
  it('a wrong answer comes back within the hour, whatever the certainty', () => {
    for (const certainty of ['low', 'medium', 'high'] as const)
      expect(dueIn(scheduleAnswer({}, 'q', false, certainty, now), 'q')).toBeLessThan(1)
  })

  it('right and sure comes back later than right and unsure: high > medium > low', () => {
    const low = dueIn(scheduleAnswer({}, 'q', true, 'low', now), 'q')
    const medium = dueIn(scheduleAnswer({}, 'q', true, 'medium', now), 'q')
    const high = dueIn(scheduleAnswer({}, 'q', true, 'high', now), 'q')
    expect(low).toBeLessThan(medium)
    expect(medium).toBeLessThan(high)
    expect(high).toBeGreaterThanOrEqual(24)
  })

  it('lists the questions due, the most overdue first, and not those scheduled later', () => {
    let schedule = scheduleAnswer({}, 'sure', true, 'high', now)
    schedule = scheduleAnswer(schedule, 'wrong-1', false, 'high', now)
    schedule = scheduleAnswer(schedule, 'wrong-2', false, 'low', hours(0.5))
    expect(dueQuestions(schedule, hours(2))).toEqual(['wrong-1', 'wrong-2'])
    expect(dueQuestions(schedule, now)).toEqual([])
  })

  it('the schedule is plain JSON that survives storage: parsed back, it schedules the same', () => {
    const schedule = scheduleAnswer(scheduleAnswer({}, 'a', true, 'medium', now), 'b', false, 'low', now)
    const restored = reviewScheduleSchema.parse(JSON.parse(JSON.stringify(schedule)))
    expect(restored).toEqual(schedule)
    expect(scheduleAnswer(restored, 'a', true, 'high', hours(48))).toEqual(scheduleAnswer(schedule, 'a', true, 'high', hours(48)))
  })
})

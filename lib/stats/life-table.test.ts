import { describe, expect, it } from 'vitest'
import { actuarialLifeTable } from './life-table'

describe('actuarialLifeTable (Cutler–Ederer)', () => {
  // Worked by hand: 100 patients; at risk 80, 50, 20 and cumulative events 10, 25, 35 at times 1, 2, 3.
  //   [0,1): d = 10, w = 20 − 10 = 10, n' = 100 − 5 = 95,    S = 85/95                = 17/19
  //   [1,2): d = 15, w = 30 − 15 = 15, n' = 80 − 7.5 = 72.5, S = 17/19 · 57.5/72.5    = 391/551
  //   [2,3): d = 10, w = 30 − 10 = 20, n' = 50 − 10 = 40,    S = 391/551 · 30/40      = 1173/2204
  const handWorked = actuarialLifeTable({ times: [0, 1, 2, 3], atRisk: [100, 80, 50, 20], cumulativeEvents: [0, 10, 25, 35] })

  it('matches the hand-worked table', () => {
    expect(handWorked.intervals.map((r) => [r.deaths, r.withdrawals, r.effectiveAtRisk])).toEqual([
      [10, 10, 95],
      [15, 15, 72.5],
      [10, 20, 40],
    ])
    expect(handWorked.survival[0]).toBe(1)
    expect(handWorked.survival[1]).toBeCloseTo(17 / 19, 14)
    expect(handWorked.survival[2]).toBeCloseTo(391 / 551, 14)
    expect(handWorked.survival[3]).toBeCloseTo(1173 / 2204, 14)
    expect(handWorked.intervals.map((r) => [r.start, r.end])).toEqual([[0, 1], [1, 2], [2, 3]])
  })

  it('without withdrawals it is the plain proportion still alive', () => {
    const table = actuarialLifeTable({ times: [0, 6, 12], atRisk: [40, 30, 25], cumulativeEvents: [0, 10, 15] })
    expect(table.survival).toEqual([1, 30 / 40, 25 / 40])
  })

  it('survival starts at 1, stays within [0, 1] and never rises', () => {
    const table = actuarialLifeTable({
      times: [0, 12, 24, 36, 48],
      atRisk: [50, 41, 30, 12, 0],
      cumulativeEvents: [0, 5, 9, 20, 24],
    })
    expect(table.survival[0]).toBe(1)
    table.survival.forEach((s, i) => {
      expect(s).toBeGreaterThanOrEqual(0)
      expect(s).toBeLessThanOrEqual(1)
      if (i > 0) expect(s).toBeLessThanOrEqual(table.survival[i - 1])
    })
  })

  it('drops to 0 when everyone left at risk dies', () => {
    const table = actuarialLifeTable({ times: [0, 1], atRisk: [5, 0], cumulativeEvents: [0, 5] })
    expect(table.survival).toEqual([1, 0])
  })

  it('explains bad input, naming the data and the field', () => {
    const source = 'data/example.ts arms.a'
    const make = (atRisk: number[], cumulativeEvents: number[], times = [0, 1, 2]) =>
      () => actuarialLifeTable({ times, atRisk, cumulativeEvents, source })
    expect(make([10, 12, 5], [0, 1, 2])).toThrow(/data\/example\.ts arms\.a: "atRisk" must not increase: 10 then 12/)
    expect(make([10, 8, 5], [0, 2, 1])).toThrow(/"cumulativeEvents" must not decrease: 2 then 1/)
    expect(make([10, 8, 5], [0, 3, 4])).toThrow(/between 0 and 1: 3 events but the number at risk only drops by 2/)
    expect(make([10, 8], [0, 1, 2])).toThrow(/"atRisk" has 2 values for 3 time points/)
    expect(make([10, 8, 5], [0, 1])).toThrow(/"cumulativeEvents" has 2 values for 3 time points/)
    expect(make([10, 8, 5], [0, 1, 2], [0, 2, 2])).toThrow(/"times" must increase/)
    expect(make([10, 8.5, 5], [0, 1, 2])).toThrow(/"atRisk"\[1\] must be a non-negative integer/)
    expect(make([0, 0, 0], [0, 0, 0])).toThrow(/nobody to follow/)
    expect(() => actuarialLifeTable({ times: [0], atRisk: [1], cumulativeEvents: [0] })).toThrow(/at least 2 time points/)
  })
})

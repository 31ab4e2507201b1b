import { describe, expect, it } from 'vitest'
import { collision } from '../../data/collision'
import { readLectureCollision } from '../../tests/unit/support/lecture'
import {
  buildCollisionSurvivalConfig,
  collisionSurvivalTable,
  collisionSurvivalView,
  type NumbersAtRiskOptions,
} from './collision-survival'

// The lecture's risk table under the COLLISION overall-survival curve, as printed.
const PRINTED = readLectureCollision()

const riskTableOf = (config: ReturnType<typeof buildCollisionSurvivalConfig>) =>
  (config.options!.plugins as unknown as { numbersAtRisk: NumbersAtRiskOptions }).numbersAtRisk

describe('collisionSurvivalView', () => {
  const view = collisionSurvivalView(collision)

  it('prints the numbers at risk (events) of both arms as the lecture does', () => {
    expect(view.months).toEqual(PRINTED.months)
    expect(view.arms.map((a) => a.label)).toEqual(['Resection', 'Ablation'])
    expect(view.arms[0].atRiskText).toEqual(PRINTED.resection)
    expect(view.arms[1].atRiskText).toEqual(PRINTED.ablation)
  })

  it('reads the printed risk table (7 time points, both arms)', () => {
    expect(PRINTED.months).toEqual([0, 12, 24, 36, 48, 60, 72])
    expect(PRINTED.resection[1]).toBe('124 (10)')
    expect(PRINTED.ablation).toHaveLength(7)
  })

  it('reconstructs survival by the actuarial method: first year 10 deaths among 148 − 14/2 = 141 effective at risk', () => {
    // 148 at risk, 124 left at 12 months, 10 events: 14 withdrawals, n' = 141, S(12) = 131/141, in both arms.
    for (const arm of view.arms) expect(arm.survivalPct[1]).toBeCloseTo((100 * 131) / 141, 10)
  })

  it('starts at 100% and never rises, in both arms', () => {
    for (const arm of view.arms) {
      expect(arm.survivalPct[0]).toBe(100)
      arm.survivalPct.forEach((s, j) => j > 0 && expect(s).toBeLessThanOrEqual(arm.survivalPct[j - 1]))
      expect(arm.survivalPct.every((s) => s >= 0 && s <= 100)).toBe(true)
    }
  })

  it('stops the curve at 48 months, where each arm still has at least a fifth of its patients at risk, and says so', () => {
    // Printed: 37 and 36 of 148 at risk at 48 months, 15 and 15 at 60 months.
    expect(view.drawnUntil).toBe(48)
    const config = buildCollisionSurvivalConfig(collision)
    for (const dataset of config.data.datasets)
      expect((dataset.data as { x: number }[]).map(p => p.x)).toEqual([0, 12, 24, 36, 48])
    expect(view.stopNote).toMatch(/stops at 48 months: at 60 months only 15 of 148 and 15 of 148 patients remain at risk/)
    expect(view.ariaLabel).toContain(view.stopNote)
    // the numbers at risk under the axis still run to 72 months
    expect(config.options!.plugins!.numbersAtRisk!.months).toEqual([0, 12, 24, 36, 48, 60, 72])
    expect(collisionSurvivalTable(view).rows.at(-1)).toMatchObject({ resectionSurvival: 'not drawn', ablationSurvival: 'not drawn' })
  })

  it('tells screen readers it is a reconstruction, with the values at 36 and 48 months', () => {
    expect(view.ariaLabel).toMatch(/^Overall survival reconstructed from the published numbers at risk/)
    expect(view.ariaLabel).toContain("not the trial's Kaplan–Meier curve")
    expect(view.ariaLabel).toMatch(/\d+% after resection and \d+% after ablation at 36 months; .* at 48 months\./)
    expect(view.note).toBe("Reconstruction from the published numbers at risk (actuarial life table), not the trial's Kaplan–Meier curve")
  })

  it('names the data file and arm when the numbers do not add up', () => {
    const broken = { ...collision, arms: { ...collision.arms, ablation: { ...collision.arms.ablation, events: [0, 30, 27, 37, 42, 47, 47] } } }
    expect(() => collisionSurvivalView(broken)).toThrow(/data\/collision\.ts arms\.ablation/)
  })
})

describe('buildCollisionSurvivalConfig', () => {
  const config = buildCollisionSurvivalConfig(collision)

  it('plots one line per arm on an axis of months 0–72, survival in percent, the line up to 48 months', () => {
    expect(config.type).toBe('line')
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Resection', 'Ablation'])
    const points = config.data.datasets[0].data as { x: number; y: number }[]
    expect(points.map((p) => p.x)).toEqual(PRINTED.months.filter((m: number) => m <= 48))
    const x = config.options!.scales!.x as { title: { text: string }; min: number; max: number }
    expect(x.title.text).toBe('Months from randomization')
    expect([x.min, x.max]).toEqual([0, 72])
    const y = config.options!.scales!.y as { min: number; max: number }
    expect([y.min, y.max]).toEqual([0, 100])
  })

  it('tells the arms apart without colour: solid circles vs dashed triangles', () => {
    const [resection, ablation] = config.data.datasets
    expect(resection.borderDash).toEqual([])
    expect(ablation.borderDash).not.toEqual([])
    expect(resection.pointStyle).not.toBe(ablation.pointStyle)
  })

  it('hands the numbers-at-risk plugin the printed rows', () => {
    const table = riskTableOf(config)
    expect(table.title).toBe('Number at risk (number of events)')
    expect(table.rows.map((r) => [r.label, r.cells])).toEqual([
      ['Resection', PRINTED.resection],
      ['Ablation', PRINTED.ablation],
    ])
    expect(config.plugins.map((p) => p.id)).toEqual(['numbersAtRisk'])
  })

  it('in print leaves the numbers at risk to the data table printed under the chart, and gives their height to the curves', () => {
    const print = buildCollisionSurvivalConfig(collision, { print: true })
    expect((print.options!.plugins as Record<string, unknown>).numbersAtRisk).toBeUndefined()
    expect((print.options!.layout!.padding as { bottom: number }).bottom).toBeLessThan((buildCollisionSurvivalConfig(collision).options!.layout!.padding as { bottom: number }).bottom)
  })

  it('animates live but not in print mode', () => {
    expect(config.options!.animation).not.toBe(false)
    expect(buildCollisionSurvivalConfig(collision, { print: true }).options!.animation).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { collision } from '../../data/collision'
import { readLectureCollision } from '../../tests/unit/support/lecture'
import { printedValueLabels } from '../../tests/unit/support/value-labels'
import { buildCollisionSafetyConfig, collisionSafetyView } from './collision-safety'

// The lecture's COLLISION summary, as printed: "treatment related mortality 2.1% (resection) → 0.0% (ablation)", …
const PRINTED = readLectureCollision().safety

describe('collisionSafetyView', () => {
  const view = collisionSafetyView(collision)

  it('prints the four outcomes with the lecture’s values and decimals', () => {
    expect(PRINTED).toHaveLength(4)
    expect(view.outcomes.map((o) => [o.label, o.resection, o.ablation])).toEqual(PRINTED)
  })

  it('states the comparison in one sentence', () => {
    expect(view.ariaLabel).toBe(
      'Safety, resection versus ablation: treatment related mortality 2.1% versus 0.0%, all-cause 90-day mortality 2.1% versus 0.7%, AEs rate 56% versus 19%, SAE rate 20% versus 7%.',
    )
  })

  it('names the file and field of a value that is not a percentage', () => {
    const broken = { ...collision, safety: { ...collision.safety, adverseEvents: { ...collision.safety.adverseEvents, ablationPct: 190 } } }
    expect(() => collisionSafetyView(broken)).toThrow(/data\/collision\.ts safety\.adverseEvents\.ablationPct/)
  })
})

describe('buildCollisionSafetyConfig', () => {
  const config = buildCollisionSafetyConfig(collision)

  it('pairs a resection and an ablation bar for each outcome', () => {
    expect(config.type).toBe('bar')
    expect(config.data.labels).toHaveLength(4)
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Resection', 'Ablation'])
    expect(config.data.datasets[0].data).toEqual(PRINTED.map((row) => Number.parseFloat(row[1])))
    expect(config.data.datasets[1].data).toEqual(PRINTED.map((row) => Number.parseFloat(row[2])))
  })

  it('tells the arms apart without colour: solid resection bars, light ablation bars with a border', () => {
    const [resection, ablation] = config.data.datasets
    expect(resection.backgroundColor).toBe(resection.borderColor)
    expect(ablation.backgroundColor).not.toBe(ablation.borderColor)
    expect(String(ablation.backgroundColor)).toMatch(/^rgba\(.*0\.\d+\)$/)
    expect(ablation.borderWidth).toBeGreaterThan(0)
  })

  it('labels every bar with its printed value, the 0.0% bar included', () => {
    const labels = printedValueLabels(config.options!.plugins!.datalabels, config.data.datasets)
    expect(labels).toEqual([PRINTED.map((r) => r[1]), PRINTED.map((r) => r[2])])
    expect(config.plugins.map((p) => p.id)).toEqual(['datalabels'])
  })

  it('leaves headroom above the tallest bar (56%) for its label', () => {
    expect((config.options!.scales!.y as { max: number }).max).toBeGreaterThan(56)
  })

  it('animates live but not in print mode', () => {
    expect(config.options!.animation).not.toBe(false)
    expect(buildCollisionSafetyConfig(collision, { print: true }).options!.animation).toBe(false)
  })
})

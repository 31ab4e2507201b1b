import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { describe, expect, it } from 'vitest'
import { meijerink2018 } from '../../data/meijerink2018'
import { readLectureForestPlot } from '../../tests/unit/support/lecture'
import {
  buildForestPlotConfig,
  DEFAULT_FOREST_STATE,
  forestAxisBounds,
  forestPlotView,
  formatRevManP,
  normalizeForestState,
  toggleOmitted,
} from './forest-plot'

const printed = readLectureForestPlot()
/** What the chart draws besides the squares: each study's CI line (annotations `ci:<row>`), the line of no effect and the pooled diamond. */
const intervalsOf = (config: ReturnType<typeof buildForestPlotConfig>) => {
  const annotations = config.options!.plugins!.annotation!.annotations as Record<string, AnnotationOptions<'line'>>
  const rows = Object.entries(annotations).filter(([key]) => key.startsWith('ci:')).map(([, a]) => ({
    y: Number(a.yMin), low: Number(a.xMin), high: Number(a.xMax), dashed: (a.borderDash as number[]).length > 0,
  }))
  const diamond = config.data.datasets[1].data as { x: number; y: number }[]
  const xs = diamond.map((p) => p.x)
  return {
    rows,
    nullLine: annotations['null-line'],
    pooled: { y: diamond[0].y, estimate: diamond[1].x, low: Math.min(...xs), high: Math.max(...xs) },
    diamond: config.data.datasets[1],
  }
}

describe('forestPlotView, default state (random effects, all studies)', () => {
  const view = forestPlotView(meijerink2018)

  it('prints every study row as the lecture does: label, log[HR], SE, weight, HR [95% CI]', () => {
    expect(view.rows.map((r) => [r.label, r.text.logHr, r.text.se, r.text.weight, r.text.hrCi])).toEqual(
      printed.studies.map((s) => [s.label, s.logEffect, s.se, `${s.weight}%`, `${s.hr} [${s.ciLow}, ${s.ciHigh}]`]),
    )
    expect(view.method).toBe('IV, Random, 95% CI')
  })

  it('prints the total row, the heterogeneity line and the test for overall effect as the lecture does', () => {
    expect(view.total.weight).toBe(`${printed.total.weight}%`)
    expect(view.total.hrCi).toBe(`${printed.total.hr} [${printed.total.ciLow}, ${printed.total.ciHigh}]`)
    const h = printed.heterogeneity
    expect(view.heterogeneity).toBe(`Heterogeneity: Tau² = ${h.tau2}; Chi² = ${h.chi2}, df = ${h.df} (P = ${h.pQ}); I² = ${h.I2}%`)
    expect(view.overallEffect).toBe(`Test for overall effect: Z = ${printed.overall.z} (P ${printed.overall.p})`)
  })

  it('says the finding in one sentence for screen readers', () => {
    expect(view.ariaLabel).toBe(
      `Forest plot of 10 studies: pooled hazard ratio ${printed.total.hr} (95% CI ${printed.total.ciLow} to ${printed.total.ciHigh}), random effects, I² ${printed.heterogeneity.I2}%.`,
    )
  })
})

describe('forestPlotView, interactions', () => {
  it('leaving out Hof 2016 marks its row, re-weights the nine others to 100% and moves the pooled HR up', () => {
    const view = forestPlotView(meijerink2018, toggleOmitted(DEFAULT_FOREST_STATE, 'Hof 2016'))
    const hof = view.rows.find((r) => r.label === 'Hof 2016')!
    expect(hof.included).toBe(false)
    expect(hof.weight).toBeNull()
    expect(hof.text.weight).toBe('left out')
    expect(hof.text.hrCi).toBe('1.10 [0.77, 1.57]') // its own CI is still shown
    expect(view.included).toBe(9)
    expect(view.total.weight).toBe('100.0%')
    expect(view.total.hr).toBeGreaterThan(Number(printed.total.hr))
    expect(view.ariaLabel).toMatch(/^Forest plot of 9 of 10 studies \(Hof 2016 left out\): pooled hazard ratio/)
    expect(view.heterogeneity).toMatch(/df = 8 /)
  })

  it('clicking the left-out study again brings it back', () => {
    const out = toggleOmitted(DEFAULT_FOREST_STATE, 'Hof 2016')
    expect(toggleOmitted(out, 'Hof 2016')).toEqual(DEFAULT_FOREST_STATE)
    expect(toggleOmitted(out, 'Berber 2008').omitted).toBe('Berber 2008')
  })

  it('fixed effect: RevMan fixed-effect header and heterogeneity line without Tau², narrower pooled CI', () => {
    const view = forestPlotView(meijerink2018, { model: 'fixed', omitted: null })
    const random = forestPlotView(meijerink2018)
    expect(view.method).toBe('IV, Fixed, 95% CI')
    expect(view.heterogeneity).toBe(
      `Heterogeneity: Chi² = ${printed.heterogeneity.chi2}, df = ${printed.heterogeneity.df} (P = ${printed.heterogeneity.pQ}); I² = ${printed.heterogeneity.I2}%`,
    )
    expect(view.total.ciHigh - view.total.ciLow).toBeLessThan(random.total.ciHigh - random.total.ciLow)
    expect(view.ariaLabel).toContain('fixed effect')
  })

  it('ignores a stale or malformed shared state', () => {
    expect(normalizeForestState(meijerink2018, { model: 'bayes' as never, omitted: 'Nobody 1999' })).toEqual(DEFAULT_FOREST_STATE)
    expect(normalizeForestState(meijerink2018, null)).toEqual(DEFAULT_FOREST_STATE)
    expect(normalizeForestState(meijerink2018, { model: 'fixed', omitted: 'Hur 2009' })).toEqual({ model: 'fixed', omitted: 'Hur 2009' })
  })
})

describe('buildForestPlotConfig', () => {
  const config = buildForestPlotConfig(meijerink2018)
  const intervals = intervalsOf(config)

  it('plots each study at its HR, one row each, squares growing with weight', () => {
    const points = config.data.datasets[0].data as { x: number; y: number }[]
    expect(points.map((p) => p.x.toFixed(2))).toEqual(printed.studies.map((s) => s.hr))
    expect(points.map((p) => p.y)).toEqual([...Array(10).keys()])
    const radius = config.data.datasets[0].pointRadius as number[]
    const weights = printed.studies.map((s) => Number(s.weight))
    const byWeight = [...weights.keys()].sort((a, b) => weights[a] - weights[b])
    byWeight.slice(1).forEach((i, k) => expect(radius[i]).toBeGreaterThanOrEqual(radius[byWeight[k]]))
    expect(radius[2]).toBeGreaterThan(radius[5]) // Berber 15.3% vs Lee KH 5.9%
  })

  it('draws the printed 95% CIs as lines on their rows, the line of no effect at 1 and the pooled diamond 1.78 [1.35, 2.33] below the last study', () => {
    expect(intervals.rows.map((r) => [r.low.toFixed(2), r.high.toFixed(2)])).toEqual(printed.studies.map((s) => [s.ciLow, s.ciHigh]))
    expect(intervals.rows.map((r) => r.y)).toEqual([...Array(10).keys()])
    expect(intervals.rows.every((r) => !r.dashed)).toBe(true)
    expect([intervals.pooled.estimate, intervals.pooled.low, intervals.pooled.high].map((v) => v.toFixed(2))).toEqual([
      printed.total.hr,
      printed.total.ciLow,
      printed.total.ciHigh,
    ])
    expect(intervals.pooled.y).toBe(10)
    // a closed, filled diamond, a row's third high
    expect(intervals.diamond).toMatchObject({ showLine: true, fill: 'shape', pointRadius: 0 })
    const diamond = intervals.diamond.data as { x: number; y: number }[]
    expect(diamond.at(-1)).toEqual(diamond[0])
    expect(diamond[3].y - diamond[1].y).toBeCloseTo(14 / 22, 6)
    expect([intervals.nullLine.scaleID, intervals.nullLine.value]).toEqual(['x', 1])
    expect(config.plugins).toEqual([])
  })

  it('uses a log x axis from 0.1 to 10 that holds every CI', () => {
    const x = config.options!.scales!.x as { type: string; min: number; max: number }
    expect(x.type).toBe('logarithmic')
    expect([x.min, x.max]).toEqual([0.1, 10])
    expect(forestAxisBounds([0.5], [9.18]).ticks).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10])
    expect(forestAxisBounds([0.7], [1.4])).toMatchObject({ min: 0.5, max: 2 })
  })

  it('animates live but not in print mode', () => {
    expect(config.options!.animation).not.toBe(false)
    expect(buildForestPlotConfig(meijerink2018, DEFAULT_FOREST_STATE, { print: true }).options!.animation).toBe(false)
  })

  it('draws a left-out study hollow and grey with a dashed CI, and moves the diamond', () => {
    const out = buildForestPlotConfig(meijerink2018, { model: 'random', omitted: 'Abdalla 2004' })
    const ds = out.data.datasets[0]
    expect((ds.backgroundColor as string[])[0]).toBe('#ffffff')
    expect((ds.backgroundColor as string[])[1]).not.toBe('#ffffff')
    expect(intervalsOf(out).rows[0].dashed).toBe(true)
    expect(intervalsOf(out).rows.slice(1).every((r) => !r.dashed)).toBe(true)
    expect(intervalsOf(out).pooled.estimate).toBeLessThan(intervals.pooled.estimate)
  })
})

describe('formatRevManP', () => {
  it.each([
    [0.0096, '= 0.010'],
    [0.000033, '< 0.0001'],
    [0.000004, '< 0.00001'],
    [0.34, '= 0.34'],
    [0.0005, '= 0.0005'],
  ])('%f → "P %s"', (p, text) => expect(formatRevManP(p)).toBe(text))
})

describe('forest plot: whose numbers the pooled line shows', () => {
  it('says "as published" for the paper\'s analysis, and labels fixed effect and leave-one-out as the deck\'s own computation', () => {
    const published = forestPlotView(meijerink2018)
    expect(published.computedByDeck).toBe(false)
    expect(published.provenance).toMatch(/as published/)
    const fixed = forestPlotView(meijerink2018, { model: 'fixed', omitted: null })
    expect(fixed.computedByDeck).toBe(true)
    expect(fixed.provenance).toMatch(/deck's own computation, not the paper's: fixed effect/)
    const without = forestPlotView(meijerink2018, { model: 'random', omitted: 'Hof 2016' })
    expect(without.provenance).toMatch(/deck's own computation.*Hof 2016 left out/)
  })
})

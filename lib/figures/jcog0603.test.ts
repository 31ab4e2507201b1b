import { describe, expect, it } from 'vitest'
import type { LabelAnnotationOptions } from 'chartjs-plugin-annotation'
import { buildJcogConfig, jcogFigure } from './jcog0603'

type Config = ReturnType<typeof buildJcogConfig>
/** An annotation that will be drawn (not `display: false`), by key. */
const annotation = <T extends { display?: unknown }>(config: Config, key: string) => {
  const found = (config.options!.plugins!.annotation!.annotations as Record<string, T | undefined>)[key]
  return found && found.display !== false ? found : undefined
}
/** The rate of each bar, [arm][endpoint], null where no bar is drawn. */
const values = (config: Config) => config.data.datasets.map(d => d.data.map(bar => bar.x))
/** [low, high] of each whisker stroke (chartjs-chart-error-bars' xMin/xMax), [arm][endpoint][stroke], null where none is drawn. */
const whiskers = (config: Config) => config.data.datasets.map(d => d.data.map(bar =>
  bar.xMin && bar.xMax ? bar.xMin.map((low, stroke) => [low, bar.xMax![stroke]]) : null))
const rates = (config: Config) => [0, 1].map(a => [0, 1].map(e => annotation<LabelAnnotationOptions>(config, `rate:${a}:${e}`)))

// Expected values from the JCOG0603 abstract as printed in the lecture.

describe('JCOG0603 figure', () => {
  const figure = jcogFigure()

  it('plots 5-year DFS and OS per arm: 38.7 / 83.1 after hepatectomy alone, 49.8 / 71.2 with mFOLFOX6', () => {
    const config = buildJcogConfig(figure)
    expect(config.data.labels).toEqual(['5-year DFS', '5-year OS'])
    expect(config.data.datasets.map(d => d.label)).toEqual(['Hepatectomy alone (n = 149)', 'Hepatectomy + mFOLFOX6 (n = 151)'])
    expect(values(config)).toEqual([[38.7, 83.1], [49.8, 71.2]])
  })

  it('draws the printed 95% CIs as whiskers on the bars and the rate at the whisker end', () => {
    const config = buildJcogConfig(figure)
    // each CI twice: the white halo stroke and the ink stroke over it (see tests/unit/figures.test.ts for the drawing)
    const ci = (low: number, high: number) => [[low, high], [low, high]]
    expect(whiskers(config)).toEqual([[ci(30.4, 46.8), ci(74.9, 88.9)], [ci(41.0, 58.0), ci(61.7, 78.8)]])
    expect(rates(config).map(arm => arm.map(label => label!.content))).toEqual([['38.7%', '83.1%'], ['49.8%', '71.2%']])
    expect(rates(config).map(arm => arm.map(label => label!.xValue))).toEqual([[46.8, 88.9], [58.0, 78.8]])
    // hepatectomy alone above + mFOLFOX6 within each endpoint's row (y axis: DFS row 0, OS row 1)
    const y = (a: number, e: number) => Number(rates(config)[a][e]!.yValue)
    expect(y(0, 0)).toBeLessThan(y(1, 0))
    expect(y(1, 0)).toBeLessThan(y(0, 1))
    expect([y(0, 0), y(1, 0), y(0, 1), y(1, 1)].every((v, i) => Math.abs(v - Math.floor(i / 2)) < 0.5)).toBe(true)
    expect(config.plugins).toEqual([])
  })

  it('titles the value axis as a 5-year percentage on 0–100', () => {
    const x = buildJcogConfig(figure).options!.scales!.x!
    expect(x.title!.text).toMatch(/5 years \(%\)/)
    expect([x.min, x.max]).toEqual([0, 100])
  })

  it('reveals DFS first and OS on the next click; print shows both without animation', () => {
    expect(values(buildJcogConfig(figure, { revealed: 0 }))).toEqual([[38.7, null], [49.8, null]])
    expect(whiskers(buildJcogConfig(figure, { revealed: 0 }))[0]).toEqual([[[30.4, 46.8], [30.4, 46.8]], null])
    expect(rates(buildJcogConfig(figure, { revealed: 0 }))[0].map(label => label?.content ?? null)).toEqual(['38.7%', null])
    // the same annotations at every step (the plugin pairs elements with annotations by position), OS's hidden until its click
    const keys = (config: Config) => Object.keys(config.options!.plugins!.annotation!.annotations!)
    expect(keys(buildJcogConfig(figure, { revealed: 0 }))).toEqual(keys(buildJcogConfig(figure, { revealed: 1 })))
    expect(values(buildJcogConfig(figure, { revealed: 1 }))).toEqual([[38.7, 83.1], [49.8, 71.2]])
    const print = buildJcogConfig(figure, { revealed: 0, print: true })
    expect(values(print)).toEqual([[38.7, 83.1], [49.8, 71.2]])
    expect(whiskers(print)[0][1]).toEqual([[74.9, 88.9], [74.9, 88.9]])
    expect(print.options!.animation).toBe(false)
    expect(buildJcogConfig(figure).options!.animation).not.toBe(false)
  })

  it('in print, where the chart is shorter (its table prints under it), both rows keep their label and the legend moves beside the bars', () => {
    const print = buildJcogConfig(figure, { print: true })
    expect((print.options!.scales!.y as { ticks: { autoSkip?: boolean } }).ticks.autoSkip).toBe(false)
    expect(print.options!.plugins!.legend!.position).toBe('right')
    expect(rates(print)[0][1]!.content).toBe('83.1%')
    expect((rates(print)[0][1]!.font as { size: number }).size).toBeLessThan((rates(buildJcogConfig(figure))[0][1]!.font as { size: number }).size)
    expect(buildJcogConfig(figure).options!.plugins!.legend!.position).toBe('top')
  })

  it('states the discordance for screen readers and the DFS hazard ratio in a note', () => {
    expect(figure.ariaLabel).toContain('DFS: 38.7% (95% CI 30.4–46.8) after hepatectomy alone versus 49.8% (95% CI 41.0–58.0) with mFOLFOX6')
    expect(figure.ariaLabel).toContain('OS: 83.1% (95% CI 74.9–88.9) after hepatectomy alone versus 71.2% (95% CI 61.7–78.8)')
    expect(figure.ariaLabel).toContain('DFS did not correlate with OS')
    expect(figure.notes[0]).toContain('HR 0.67 (95% CI 0.50–0.92), one-sided P = .006')
  })

  it('rejects a rate outside its own CI, naming the file', () => {
    const bad = { id: 'jcog0603', source: { citation: 'x' }, randomized: { hepatectomyAlone: 1, chemotherapy: 1 }, followUp: { updatedMonths: 1 },
      dfs: { hepatectomyAlone: { fiveYearPct: 50, ci95: [60, 70] }, chemotherapy: { fiveYearPct: 50, ci95: [40, 60] }, hr: 1, hrCi95: [0.5, 2], pOneSided: 0.5 },
      os: { hepatectomyAlone: { fiveYearPct: 50, ci95: [40, 60] }, chemotherapy: { fiveYearPct: 50, ci95: [40, 60] } } }
    expect(() => jcogFigure(bad)).toThrow(/data\/jcog0603\.ts: dfs\.hepatectomyAlone/)
  })
})

import { describe, expect, it } from 'vitest'
import type { LabelAnnotationOptions, LineAnnotationOptions, PartialEventContext } from 'chartjs-plugin-annotation'
import { buildJcogConfig, jcogFigure } from './jcog0603'

type Config = ReturnType<typeof buildJcogConfig>
/** An annotation that will be drawn (not `display: false`), by key. */
const annotation = <T extends { display?: unknown }>(config: Config, key: string) => {
  const found = (config.options!.plugins!.annotation!.annotations as Record<string, T | undefined>)[key]
  return found && found.display !== false ? found : undefined
}
/** [low, high] of the whisker drawn for each arm and endpoint, null where none is drawn, [arm][endpoint]. */
const whiskers = (config: Config) => [0, 1].map(a => [0, 1].map((e) => {
  const line = annotation<LineAnnotationOptions>(config, `ci:${a}:${e}`)
  return line ? [line.xMin, line.xMax] : null
}))
const rates = (config: Config) => [0, 1].map(a => [0, 1].map(e => annotation<LabelAnnotationOptions>(config, `rate:${a}:${e}`)))

// Expected values from the JCOG0603 abstract as printed in the lecture.

describe('JCOG0603 figure', () => {
  const figure = jcogFigure()

  it('plots 5-year DFS and OS per arm: 38.7 / 83.1 after hepatectomy alone, 49.8 / 71.2 with mFOLFOX6', () => {
    const config = buildJcogConfig(figure)
    expect(config.data.labels).toEqual(['5-year DFS', '5-year OS'])
    expect(config.data.datasets.map(d => d.label)).toEqual(['Hepatectomy alone (n = 149)', 'Hepatectomy + mFOLFOX6 (n = 151)'])
    expect(config.data.datasets.map(d => d.data)).toEqual([[38.7, 83.1], [49.8, 71.2]])
  })

  it('draws the printed 95% CIs as whiskers and the rate at the whisker end', () => {
    const config = buildJcogConfig(figure)
    expect(whiskers(config)).toEqual([[[30.4, 46.8], [74.9, 88.9]], [[41.0, 58.0], [61.7, 78.8]]])
    expect(rates(config).map(arm => arm.map(label => label!.content))).toEqual([['38.7%', '83.1%'], ['49.8%', '71.2%']])
    expect(rates(config).map(arm => arm.map(label => label!.xValue))).toEqual([[46.8, 88.9], [58.0, 78.8]])
    // each whisker has a cap at either bound, across its bar, and its rate on the same bar
    const line = annotation<LineAnnotationOptions>(config, 'ci:1:0')!
    const low = annotation<LineAnnotationOptions>(config, 'ci:1:0:low-cap')!
    const high = annotation<LineAnnotationOptions>(config, 'ci:1:0:high-cap')!
    expect([low.xMin, low.xMax, high.xMin, high.xMax]).toEqual([41.0, 41.0, 58.0, 58.0])
    // caps 8 px long across the bar, whatever the chart's height: on a y axis of 40 px a row, ±0.1 row
    const context = { chart: { scales: { y: { getPixelForValue: (v: number) => v * 40 } } } } as unknown as PartialEventContext
    const at = (value: unknown) => (typeof value === 'function' ? value(context) : value) as number
    expect(at(low.yMin)).toBeCloseTo(Number(line.yMin) - 0.1, 9)
    expect(at(low.yMax)).toBeCloseTo(Number(line.yMin) + 0.1, 9)
    expect([at(high.yMin), at(high.yMax)]).toEqual([at(low.yMin), at(low.yMax)])
    expect(rates(config)[1][0]!.yValue).toBe(line.yMin)
    // hepatectomy alone above + mFOLFOX6 within each endpoint's row (y axis: DFS row 0, OS row 1)
    const y = (key: string) => Number(annotation<LineAnnotationOptions>(config, key)!.yMin)
    expect(y('ci:0:0')).toBeLessThan(y('ci:1:0'))
    expect(y('ci:1:0')).toBeLessThan(y('ci:0:1'))
    expect([y('ci:0:0'), y('ci:1:0'), y('ci:0:1'), y('ci:1:1')].every((v, i) => Math.abs(v - Math.floor(i / 2)) < 0.5)).toBe(true)
    expect(config.plugins).toEqual([])
  })

  it('titles the value axis as a 5-year percentage on 0–100', () => {
    const x = (buildJcogConfig(figure).options!.scales as any).x
    expect(x.title.text).toMatch(/5 years \(%\)/)
    expect([x.min, x.max]).toEqual([0, 100])
  })

  it('reveals DFS first and OS on the next click; print shows both without animation', () => {
    expect(buildJcogConfig(figure, { revealed: 0 }).data.datasets.map(d => d.data)).toEqual([[38.7, null], [49.8, null]])
    expect(whiskers(buildJcogConfig(figure, { revealed: 0 }))[0]).toEqual([[30.4, 46.8], null])
    expect(rates(buildJcogConfig(figure, { revealed: 0 }))[0].map(label => label?.content ?? null)).toEqual(['38.7%', null])
    // the same annotations at every step (the plugin pairs elements with annotations by position), OS's hidden until its click
    const keys = (config: Config) => Object.keys(config.options!.plugins!.annotation!.annotations!)
    expect(keys(buildJcogConfig(figure, { revealed: 0 }))).toEqual(keys(buildJcogConfig(figure, { revealed: 1 })))
    expect(buildJcogConfig(figure, { revealed: 1 }).data.datasets.map(d => d.data)).toEqual([[38.7, 83.1], [49.8, 71.2]])
    const print = buildJcogConfig(figure, { revealed: 0, print: true })
    expect(print.data.datasets.map(d => d.data)).toEqual([[38.7, 83.1], [49.8, 71.2]])
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

import { describe, expect, it } from 'vitest'
import { buildJcogConfig, jcogFigure } from './jcog0603'

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
    const plugins = buildJcogConfig(figure).options!.plugins as any
    expect(plugins.intervals.intervals).toEqual([[[30.4, 46.8], [74.9, 88.9]], [[41.0, 58.0], [61.7, 78.8]]])
    expect(plugins.valueLabels.labels).toEqual([['38.7%', '83.1%'], ['49.8%', '71.2%']])
    expect(plugins.valueLabels.anchors).toEqual([[46.8, 88.9], [58.0, 78.8]])
  })

  it('titles the value axis as a 5-year percentage on 0–100', () => {
    const x = (buildJcogConfig(figure).options!.scales as any).x
    expect(x.title.text).toMatch(/5 years \(%\)/)
    expect([x.min, x.max]).toEqual([0, 100])
  })

  it('reveals DFS first and OS on the next click; print shows both without animation', () => {
    expect(buildJcogConfig(figure, { revealed: 0 }).data.datasets.map(d => d.data)).toEqual([[38.7, null], [49.8, null]])
    expect((buildJcogConfig(figure, { revealed: 0 }).options!.plugins as any).intervals.intervals[0]).toEqual([[30.4, 46.8], null])
    expect(buildJcogConfig(figure, { revealed: 1 }).data.datasets.map(d => d.data)).toEqual([[38.7, 83.1], [49.8, 71.2]])
    const print = buildJcogConfig(figure, { revealed: 0, print: true })
    expect(print.data.datasets.map(d => d.data)).toEqual([[38.7, 83.1], [49.8, 71.2]])
    expect(print.options!.animation).toBe(false)
    expect(buildJcogConfig(figure).options!.animation).not.toBe(false)
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

import { describe, expect, it } from 'vitest'
import { printedValueLabels } from '../../tests/unit/support/value-labels'
import { buildEpocLongTermConfig, epocLongTermFigure } from './epoc-long-term'

// The lecture prints each pair as "61 vs 54 months" without naming the arms.
const ARMS_NOT_GIVEN = 'The lecture does not say which arm each value belongs to: values in printed order ("61 vs 54 months").'

// Expected values from the lecture: "ITT median : 61 vs 54 months and at 5 yrs 51.2 vs 47.8%",
// "Per protocol : 64 vs 55 months and at 5 yrs 52.4 vs 48.3%", "HR : 0.88 (p = 0.34)".

describe('EPOC long-term figure', () => {
  const figure = epocLongTermFigure()

  it('median panel: ITT 61 vs 54, per protocol 64 vs 55 months, in printed order', () => {
    const config = buildEpocLongTermConfig(figure, 'median')
    expect(config.data.labels).toEqual(['ITT', 'Per protocol'])
    expect(config.data.datasets.map(d => d.data)).toEqual([[61, 64], [54, 55]])
    expect(config.options!.scales!.y!.title!.text).toBe('Median OS (months)')
  })

  it('5-year panel: ITT 51.2 vs 47.8%, per protocol 52.4 vs 48.3%, labels keep the printed decimal', () => {
    const config = buildEpocLongTermConfig(figure, 'fiveYear')
    expect(config.data.datasets.map(d => d.data)).toEqual([[51.2, 52.4], [47.8, 48.3]])
    expect(printedValueLabels(config.options!.plugins!.datalabels, config.data.datasets)).toEqual([['51.2', '52.4'], ['47.8', '48.3']])
    expect(config.options!.scales!.y!.title!.text).toBe('OS at 5 years (%)')
    expect(config.options!.scales!.y!.max).toBe(100)
  })

  it('does not guess the arms: the series are the printed order and a note says so', () => {
    expect(figure.armsKnown).toBe(false)
    expect(figure.series).toEqual(['First value printed', 'Second value printed'])
    expect(figure.notes).toContain(ARMS_NOT_GIVEN)
  })

  it('uses arm names when data/ provides them', () => {
    const d = { id: 'x', source: { citation: 'c' }, longTerm: { followUpYears: 8.5, osHr: 0.88, osP: 0.34, itt: { medianMonths: [61, 54], fiveYearPct: [51.2, 47.8] }, perProtocol: { medianMonths: [64, 55], fiveYearPct: [52.4, 48.3] }, armLabels: ['Arm A', 'Arm B'] } }
    const f = epocLongTermFigure(d)
    expect(f.series).toEqual(['Arm A', 'Arm B'])
    expect(f.notes).not.toContain(ARMS_NOT_GIVEN)
  })

  it('says there is no OS improvement, HR 0.88 (p = 0.34), to screen readers and under the chart', () => {
    expect(figure.ariaLabels.median).toContain('ITT 61 vs 54 months, per protocol 64 vs 55 months')
    expect(figure.ariaLabels.fiveYear).toContain('ITT 51.2 vs 47.8%, per protocol 52.4 vs 48.3%')
    expect(figure.notes[0]).toContain('HR 0.88 (p = 0.34)')
  })

  it('reveals ITT first, then per protocol; print shows both, not animated', () => {
    expect(buildEpocLongTermConfig(figure, 'median', { revealed: 0 }).data.datasets.map(d => d.data)).toEqual([[61, null], [54, null]])
    expect(buildEpocLongTermConfig(figure, 'median', { revealed: 1 }).data.datasets.map(d => d.data)).toEqual([[61, 64], [54, 55]])
    // the per-protocol values are not printed before their bars appear
    const itt = buildEpocLongTermConfig(figure, 'median', { revealed: 0 })
    expect(printedValueLabels(itt.options!.plugins!.datalabels, itt.data.datasets)).toEqual([['61', null], ['54', null]])
    const print = buildEpocLongTermConfig(figure, 'fiveYear', { revealed: 0, print: true })
    expect(print.data.datasets.map(d => d.data)).toEqual([[51.2, 52.4], [47.8, 48.3]])
    expect(print.options!.animation).toBe(false)
  })

  it('fails naming the file when a pair is not a pair', () => {
    const d = { id: 'epoc2008', source: { citation: 'c' }, longTerm: { followUpYears: 8.5, osHr: 0.88, osP: 0.34, itt: { medianMonths: [61], fiveYearPct: [51.2, 47.8] }, perProtocol: { medianMonths: [64, 55], fiveYearPct: [52.4, 48.3] } } }
    expect(() => epocLongTermFigure(d)).toThrow(/data\/epoc2008\.ts: longTerm\.itt\.medianMonths/)
  })
})

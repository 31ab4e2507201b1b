import { describe, expect, it } from 'vitest'
import type { Context } from 'chartjs-plugin-datalabels'
import { printedValueLabels } from '../../tests/unit/support/value-labels'
import { buildSbrtConfig, legendText, parseLocalControl, sbrtFigure, sbrtLabelSides } from './sbrt'

// Expected values from the lecture's SBRT table (Arabiah 2022), "Local control" column.

describe('SBRT local-control figure', () => {
  const figure = sbrtFigure()

  it('parses the printed cells into horizon and rate, keeping what is not a rate', () => {
    expect(parseLocalControl('1-year: 71.9% 3-year: 61.2%')).toEqual({ rates: [{ years: 1, pct: 71.9 }, { years: 3, pct: 61.2 }], other: '' })
    expect(parseLocalControl('Median: 18 Mo 1-year: 93%')).toEqual({ rates: [{ years: 1, pct: 93 }], other: 'Median: 18 Mo' })
    expect(parseLocalControl('4-year: 96.6%').rates).toEqual([{ years: 4, pct: 96.6 }])
  })

  it('one series per horizon (1, 2, 3, 4 years), never mixed, values as printed', () => {
    const config = buildSbrtConfig(figure)
    expect(config.data.datasets.map(d => d.label)).toEqual(['1-year local control', '2-year local control', '3-year local control', '4-year local control'])
    const byHorizon = config.data.datasets.map(d => (d.data as { x: number, y: number }[]).map(p => [figure.studies[p.y], p.x]))
    expect(byHorizon).toEqual([
      [['Hoyer M 2006', 86], ['Kavanagh B 2006', 93], ['Rusthoven K 2009', 95], ['Lee M 2009', 71], ['Rule W 2011', 72], ['Scorsetti M 2012', 95], ['Hong T 2017', 71.9]],
      [['Rusthoven K 2009', 92]],
      [['Hong T 2017', 61.2]],
      [['Folkert M 2021', 96.6]],
    ])
    // each horizon has its own point shape, so the legend tells them apart without colour
    expect(new Set(config.data.datasets.map(d => d.pointStyle)).size).toBe(4)
    // the legend names the horizon only (the axis title names the measure), short enough for one line a panel
    expect(config.data.datasets.map(d => legendText(d.label!))).toEqual(['1 yr', '2 yrs', '3 yrs', '4 yrs'])
  })

  it('prints each rate beside its point, 1-year rates to the right and longer horizons to the left (a study\'s two rates never overlap)', () => {
    const config = buildSbrtConfig(figure)
    const datalabels = config.options!.plugins!.datalabels!
    expect(printedValueLabels(datalabels, config.data.datasets)).toEqual([
      ['86%', '93%', '95%', '71%', '72%', '95%', '71.9%'],
      ['92%'],
      ['61.2%'],
      ['96.6%'],
    ])
    const align = datalabels.align as (context: Context) => string
    expect([0, 1, 2, 3].map(datasetIndex => align({ datasetIndex, dataIndex: 0 } as Context))).toEqual(['right', 'left', 'left', 'left'])
    // Rusthoven K 2009: 1-year 95% right of its point, 2-year 92% left of its own, so the two never meet
    expect(sbrtLabelSides(figure, 50).map(sides => sides.join(' '))).toEqual(['right right right right right right right', 'left', 'left', 'left'])
    // the 2-year series is hidden until the next click: its rate is not printed
    const first = buildSbrtConfig(figure, { revealed: 0 })
    expect(printedValueLabels(first.options!.plugins!.datalabels, first.data.datasets)[1]).toEqual([])
  })

  it('overall survival, Hong T 2017: the 2-year rate (35.9%) is printed right of its point, clear of the 3-year point (20.8%) on its left', () => {
    const os = sbrtFigure(undefined, 'overallSurvival')
    const hong = os.studies.indexOf('Hong T 2017')
    const sides = sbrtLabelSides(os, 100)
    const sideAt = (years: number) => {
      const h = os.horizons.findIndex(horizon => horizon.years === years)
      const i = os.horizons[h].points.findIndex(p => p.y === hong)
      return [os.horizons[h].printed[i], sides[h][i]]
    }
    expect([sideAt(1), sideAt(2), sideAt(3)]).toEqual([['66.3%', 'right'], ['35.9%', 'right'], ['20.8%', 'left']])
    // a longer-horizon rate with nothing near it on its left keeps the left side (Hoyer M 2006: 5-year 13%)
    const hoyer = os.studies.indexOf('Hoyer M 2006')
    const fiveYear = os.horizons.findIndex(h => h.years === 5)
    const i = os.horizons[fiveYear].points.findIndex(p => p.y === hoyer)
    expect([os.horizons[fiveYear].printed[i], sides[fiveYear][i]]).toEqual(['13%', 'left'])
  })

  it('row labels and tooltips carry dose/fractions and follow-up as printed', () => {
    expect(figure.rowLabels[0]).toEqual(['Hoyer M 2006', 'Dose/fx 45/3 · FU 4.3 (0.2-6.3) years'])
    expect(figure.rowLabels[6]).toEqual(['Hong T 2017', 'Dose/fx 40 GyE/5 · FU 30.1 (14.7-53.8) Mo'])
    expect(figure.details[7]).toContain('dose 35-40/1 (Gy/fractions); follow-up 25.9 Mo')
    expect(figure.details[0]).toContain('64 patients 141 lesions')
  })

  it('lists what it does not plot: Kavanagh\'s "Median: 18 Mo" is not a rate', () => {
    expect(figure.notes.join(' ')).toContain('Kavanagh B 2006: "Median: 18 Mo"')
  })

  it('x axis: local control in percent, titled with the horizon caveat', () => {
    const x = buildSbrtConfig(figure).options!.scales!.x!
    expect(x.title!.text).toMatch(/Local control \(%\).*horizon/)
    expect(x.max).toBe(100)
    expect(x.min).toBeLessThanOrEqual(Math.min(...figure.horizons.flatMap(h => h.points.map(p => p.x))))
  })

  it('1-year series first, longer horizons on the next click; print shows all, no animation', () => {
    expect(buildSbrtConfig(figure, { revealed: 0 }).data.datasets.map(d => d.hidden)).toEqual([false, true, true, true])
    expect(buildSbrtConfig(figure, { revealed: 1 }).data.datasets.map(d => d.hidden)).toEqual([false, false, false, false])
    const print = buildSbrtConfig(figure, { revealed: 0, print: true })
    expect(print.data.datasets.map(d => d.hidden)).toEqual([false, false, false, false])
    expect(print.options!.animation).toBe(false)
  })

  it('the aria-label names each horizon with its studies', () => {
    expect(figure.ariaLabel).toContain('2-year local control: Rusthoven K 2009 92%')
    expect(figure.ariaLabel).toContain('4-year local control: Folkert M 2021 96.6%')
  })

  it('fails naming the file when the parsed 1-year rate disagrees with localControl1yPct', () => {
    const d = { id: 'sbrt2022', source: { citation: 'c' }, rows: [{ cells: { study: 'S', design: 'd', caseAndLesions: 'c', doseFractions: '1/1', followUp: 'f', localControl: '1-year: 80%' }, localControl1yPct: 81 }] }
    expect(() => sbrtFigure(d)).toThrow(/data\/sbrt2022\.ts: rows\[0\]\.localControl1yPct/)
  })
})

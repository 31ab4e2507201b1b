import { describe, expect, it } from 'vitest'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { blmFigure, buildBlmConfig, labelSides, radiusFor } from './breast-series'
import { printedValueLabels } from '../../tests/unit/support/value-labels'

type Config = ReturnType<typeof buildBlmConfig>
const annotations = (config: Config) => (config.options!.plugins!.annotation!.annotations ?? {}) as Record<string, AnnotationOptions<'box' | 'label'>>
/** The "NR" markers: [row, text] for each label annotation. */
const markers = (config: Config) => Object.values(annotations(config))
  .filter((a): a is AnnotationOptions<'label'> => a.type === 'label' && a.display !== false)
  .map(a => [a.yValue, a.content])

// Expected values from the lecture's "Resection of Breast Cancer Liver Metastases" table and its
// "5y OS: 27 – 53%" line.

const rowsAsPrinted = ['Pocard 2000', 'Elias 2003', 'Adam 2006', 'Adam 2006', 'Hoffmann 2010', 'Abbot 2012', 'Groeschl 2012', 'Mariani 2013', 'Hoffmann 2015', 'Sadot 2016']

describe('breast-cancer liver metastases series figure', () => {
  const figure = blmFigure()

  it('one row per series in printed order, the two Adam 2006 series told apart by n', () => {
    expect(figure.rowLabels.map(l => l.replace(/ \(n = \d+\)$/, ''))).toEqual(rowsAsPrinted)
    expect(figure.rowLabels[2]).toBe('Adam 2006 (n = 85)')
    expect(figure.rowLabels[3]).toBe('Adam 2006 (n = 454)')
  })

  it('5-year survival points equal the table; NR rows (Pocard, Mariani) have no point, never a zero', () => {
    const config = buildBlmConfig(figure, 'fiveYear')
    const points = config.data.datasets[0].data as { x: number, y: number }[]
    expect(points.map(p => [p.y, p.x])).toEqual([[1, 34], [2, 37], [3, 41], [4, 48], [5, 44], [6, 27], [8, 53], [9, 38]])
    expect(points.some(p => p.x === 0)).toBe(false)
    expect(markers(config)).toEqual([[0, 'NR'], [7, 'NR']])
    // the reported values are printed beside their points
    expect(printedValueLabels(config.options!.plugins!.datalabels, config.data.datasets)).toEqual([['34%', '37%', '41%', '48%', '44%', '27%', '53%', '38%']])
  })

  it('median survival points equal the table (32–91 months), every series reported', () => {
    const points = buildBlmConfig(figure, 'median').data.datasets[0].data as { x: number, y: number }[]
    expect(points.map(p => p.x)).toEqual([42, 34, 32, 45, 58, 57, 52, 91, 63, 50])
    expect(markers(buildBlmConfig(figure, 'median'))).toEqual([])
  })

  it('shades the printed 27–53% range on the 5-year panel only', () => {
    const band = annotations(buildBlmConfig(figure, 'fiveYear')).band as AnnotationOptions<'box'>
    // across the whole height of the x-axis range 27 to 53
    expect([band.type, band.xMin, band.xMax, band.yMin, band.yMax]).toEqual(['box', 27, 53, undefined, undefined])
    expect(band.label!.content).toContain('27 – 53%')
    expect(band.drawTime).toBe('beforeDatasetsDraw')
    expect(annotations(buildBlmConfig(figure, 'median')).band).toBeUndefined()
  })

  it('prints each value right of its point, left where the 454-patient series\' large point is just right of it on the next row', () => {
    const sides = (panel: 'fiveYear' | 'median') => Object.fromEntries(figure.panels[panel].points.map((p, i) =>
      [figure.rowLabels[p.y], labelSides(figure.panels[panel].points, figure.panels[panel].max)[i]]))
    // Adam 2006 (n = 85): 37% and 32 months, one row above Adam 2006 (n = 454) at 41% and 45 months
    expect(sides('fiveYear')).toMatchObject({ 'Adam 2006 (n = 85)': 'left', 'Adam 2006 (n = 454)': 'right', 'Elias 2003 (n = 54)': 'right', 'Hoffmann 2010 (n = 41)': 'right' })
    expect(Object.values(sides('fiveYear')).filter(side => side === 'left')).toHaveLength(1)
    expect(sides('median')).toMatchObject({ 'Adam 2006 (n = 85)': 'left', 'Adam 2006 (n = 454)': 'right' })
    expect(Object.values(sides('median')).filter(side => side === 'left')).toHaveLength(1)
  })

  it('point area is proportional to n: the 454-patient series has the largest point, area ratio = n ratio', () => {
    const points = buildBlmConfig(figure, 'median').data.datasets[0].data as { r: number }[]
    expect(Math.max(...points.map(p => p.r))).toBe(points[3].r)
    expect((points[0].r / points[3].r) ** 2).toBeCloseTo(52 / 454, 6)
    expect(radiusFor(1, 454)).toBeGreaterThanOrEqual(3)
  })

  it('axis titles say what is measured; 5-year panel first, medians on the next click; print shows both, no animation', () => {
    expect(buildBlmConfig(figure, 'fiveYear').options!.scales!.x!.title!.text).toBe('5-year survival (%)')
    expect(buildBlmConfig(figure, 'median').options!.scales!.x!.title!.text).toBe('Median survival (months)')
    expect(buildBlmConfig(figure, 'median', { revealed: 0 }).data.datasets[0].hidden).toBe(true)
    expect(buildBlmConfig(figure, 'fiveYear', { revealed: 0 }).data.datasets[0].hidden).toBe(false)
    expect(buildBlmConfig(figure, 'median', { revealed: 1 }).data.datasets[0].hidden).toBe(false)
    // the medians' labels wait for their panel too
    const hidden = buildBlmConfig(figure, 'median', { revealed: 0 })
    expect(printedValueLabels(hidden.options!.plugins!.datalabels, hidden.data.datasets)).toEqual([[]])
    const print = buildBlmConfig(figure, 'median', { revealed: 0, print: true })
    expect(print.data.datasets[0].hidden).toBe(false)
    expect(print.options!.animation).toBe(false)
  })

  it('the aria-label gives the 5-year range of the series and names the NR series', () => {
    expect(figure.ariaLabels.fiveYear).toContain('from 27% to 53%')
    expect(figure.ariaLabels.fiveYear).toContain('not reported for Pocard 2000 and Mariani 2013')
    expect(figure.ariaLabels.median).toContain('from 32 to 91 months')
  })

  it('fails naming the file on a value that is neither a number nor NR', () => {
    const d = { id: 'blmSeries', source: { citation: 'c' }, printedRanges: { fiveYearOsPct: { min: 1, max: 2 }, medianMonths: { min: 1, max: 2 } },
      rows: [{ author: 'A', year: 2000, period: 'p', patients: 10, medianMonths: 12, threeYearPct: 'NR' as const, fiveYearPct: 'n/a' as unknown as number }] }
    expect(() => blmFigure(d)).toThrow(/data\/blmSeries\.ts: rows\[0\]\.fiveYearPct/)
  })
})

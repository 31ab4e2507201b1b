import { describe, expect, it } from 'vitest'
import { AT_RISK_FIGURE_IDS, atRiskAriaLabel, atRiskFigure, buildAtRiskConfig } from './at-risk'
import { printedValueLabels } from '../../tests/unit/support/value-labels'
import { niceScale } from './theme'

// Expected counts are read off the lecture text (data/source/lecture.txt), not off data/.

describe('numbers-at-risk figures', () => {
  it('EPOC: N then the four unlabelled counts per arm, columns "1st … 4th reported time point", with the note', () => {
    const f = atRiskFigure('epoc')
    expect(f.series.map(s => s.values)).toEqual([[152, 85, 59, 39, 24], [151, 118, 76, 45, 23]])
    expect(f.columns).toEqual(['N (all patients)', '1st reported time point', '2nd reported time point', '3rd reported time point', '4th reported time point'])
    expect(f.timePointsGiven).toBe(false)
    expect(f.notes.join(' ')).toMatch(/time points not given in the lecture text/i)
    expect(f.series[0].legend).toBe('Surgery alone (O = 104, N = 152)')
    expect(f.series[1].legend).toContain('O = 93, N = 151')
    expect(f.source).toBe('Nordlinger Lancet 2008')
  })

  it('CLOCC: Systemic and RF + Systemic, 1st … 5th reported time point', () => {
    const f = atRiskFigure('clocc')
    expect(f.series.map(s => [s.label, s.values])).toEqual([
      ['Systemic', [59, 43, 21, 11, 4, 2]],
      ['RF + Systemic', [60, 44, 28, 21, 19, 9]],
    ])
    expect(f.columns.at(-1)).toBe('5th reported time point')
    expect(f.xTitle).toMatch(/time points not given in the lecture text/i)
  })

  it('LiverMetSurvey tables keep the printed columns Total, 1 yr … 5 yrs and the printed counts', () => {
    const expected: Record<string, number[][]> = {
      'lms-preop-1450': [[1282, 861, 549, 335, 224, 148], [168, 95, 56, 28, 13, 8]],
      'lms-postop-1063': [[622, 434, 272, 151, 101, 64], [441, 322, 211, 144, 94, 63]],
      'lms-preop-1355': [[1198, 680, 383, 221, 154, 100], [157, 68, 39, 20, 10, 6]],
      'lms-postop-972': [[579, 318, 182, 94, 66, 42], [393, 243, 146, 97, 65, 44]],
    }
    for (const [id, values] of Object.entries(expected)) {
      const f = atRiskFigure(id)
      expect(f.columns).toEqual(['Total', '1 yr', '2 yrs', '3 yrs', '4 yrs', '5 yrs'])
      expect(f.series.map(s => s.values)).toEqual(values)
      expect(f.timePointsGiven).toBe(true)
      expect(f.notes.join(' ')).not.toMatch(/not given/)
    }
    expect(atRiskFigure('lms-postop-972').series.map(s => s.label)).toEqual(['No postop chemo', 'With postop chemo'])
    expect(atRiskFigure('lms-preop-1450').title).toContain('1450 patients')
    // "LIVERMETSURVEY June 2021" is printed under the 972-patient table only
    expect(atRiskFigure('lms-postop-972').source).toBe('LIVERMETSURVEY June 2021')
    expect(atRiskFigure('lms-preop-1450').source).toMatch(/prints "LIVERMETSURVEY June 2021" under the 972-patient table/)
  })

  it('Paul Brousse: one series over Total, 3, 5 and 10 years, the 79-month median in a note', () => {
    const f = atRiskFigure('paul-brousse')
    expect(f.columns).toEqual(['Total', '3 years', '5 years', '10 years'])
    expect(f.series).toHaveLength(1)
    expect(f.series[0].values).toEqual([137, 76, 43, 7])
    expect(f.notes.join(' ')).toContain('79 months')
  })

  it('an unknown id fails naming the builder file and the known ids', () => {
    expect(() => atRiskFigure('epoc2008')).toThrow(/lib\/figures\/at-risk\.ts.*epoc, lms-preop-1450/)
  })

  it('the chart: bars equal to the data, y axis titled "patients at risk", x axis titled, printed value over each bar', () => {
    for (const id of AT_RISK_FIGURE_IDS) {
      const f = atRiskFigure(id)
      const config = buildAtRiskConfig(f)
      expect(config.type).toBe('bar')
      expect(config.data.datasets.map(d => d.data)).toEqual(f.series.map(s => s.values))
      const scales = config.options!.scales!
      expect(scales.y!.title!.text).toMatch(/at risk|exposed to risk/i)
      expect(scales.y!.title!.display).toBe(true)
      expect(scales.x!.title!.display).toBe(true)
      expect(scales.y!.max).toBeGreaterThan(Math.max(...f.series.flatMap(s => s.values)))
      expect(printedValueLabels(config.options!.plugins!.datalabels, config.data.datasets)).toEqual(f.series.map(s => s.values.map(String)))
      expect(config.plugins.map(p => p.id)).toEqual(['datalabels'])
    }
    const epoc = buildAtRiskConfig(atRiskFigure('epoc'))
    expect(epoc.data.labels).toEqual([['N', '(all patients)'], ['1st reported', 'time point'], ['2nd reported', 'time point'], ['3rd reported', 'time point'], ['4th reported', 'time point']])
  })

  it('animates on screen, not in print', () => {
    const f = atRiskFigure('epoc')
    expect(buildAtRiskConfig(f, { print: true }).options!.animation).toBe(false)
    expect(buildAtRiskConfig(f, { print: false }).options!.animation).not.toBe(false)
  })

  it('reveals the arms one click at a time, and shows both in print whatever the clicks', () => {
    const f = atRiskFigure('lms-preop-1450')
    expect(buildAtRiskConfig(f, { revealed: 0 }).data.datasets.map(d => d.hidden)).toEqual([false, true])
    expect(buildAtRiskConfig(f, { revealed: 1 }).data.datasets.map(d => d.hidden)).toEqual([false, false])
    expect(buildAtRiskConfig(f, { revealed: 0, print: true }).data.datasets.map(d => d.hidden)).toEqual([false, false])
    // a hidden arm prints no counts either
    const first = buildAtRiskConfig(f, { revealed: 0 })
    expect(printedValueLabels(first.options!.plugins!.datalabels, first.data.datasets)).toEqual([['1282', '861', '549', '335', '224', '148'], []])
    expect(buildAtRiskConfig(f).data.datasets.map(d => d.hidden)).toEqual([false, false])
    // the axis does not move when the second arm appears
    expect(buildAtRiskConfig(f, { revealed: 0 }).options!.scales!.y!.max).toBe(buildAtRiskConfig(f).options!.scales!.y!.max)
  })

  it('arms differ without colour: a solid bar and a light outlined bar', () => {
    const [a, b] = buildAtRiskConfig(atRiskFigure('clocc')).data.datasets
    expect(a.backgroundColor).toBe(a.borderColor)
    expect(b.backgroundColor).not.toBe(b.borderColor)
    expect(String(b.backgroundColor)).toMatch(/rgba\(.*0\.\d+\)/)
  })

  it('the aria-label states each arm from start to last column, and the missing time points', () => {
    expect(atRiskAriaLabel(atRiskFigure('epoc'))).toMatch(/Surgery alone: 152 \(N \(all patients\)\) down to 24 \(4th reported time point\).*Time points not given/)
    expect(atRiskAriaLabel(atRiskFigure('paul-brousse'))).toContain('137 (Total) down to 7 (10 years)')
  })

  it('niceScale leaves headroom for the value labels, ends on a tick, and keeps at most 8 round ticks', () => {
    for (const max of [7, 60, 137, 152, 1282]) {
      const { max: top, step } = niceScale(max)
      expect(top).toBeGreaterThanOrEqual(max * 1.14)
      expect(top).toBeLessThanOrEqual(max * 1.6)
      expect(top / step).toBeLessThanOrEqual(8)
      expect(Number.isInteger(Math.round(top / step * 1e9) / 1e9)).toBe(true)
      const mantissa = step / 10 ** Math.floor(Math.log10(step))
      expect([1, 2, 2.5, 5]).toContain(Math.round(mantissa * 100) / 100)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { formatCell, formatCi, formatEstimateBrackets, formatHr, formatNumber, formatP, formatPercent, formatRange } from './format'

// Expected strings are copied from the lecture text (data/source/lecture.txt).

describe('formatNumber', () => {
  it('keeps the printed decimal of "0.0% (ablation)" and "41.0" with digits', () => {
    expect(formatNumber(0, { digits: 1 })).toBe('0.0')
    expect(formatNumber(41, { digits: 1 })).toBe('41.0')
    expect(formatNumber(8, { digits: 1 })).toBe('8.0')
  })

  it('prints the shortest form without digits ("51.2", "0", "2.324")', () => {
    expect(formatNumber(51.2)).toBe('51.2')
    expect(formatNumber(0)).toBe('0')
    expect(formatNumber(2.324)).toBe('2.324')
  })

  it('groups thousands only when asked ("31,536 Pts" but "28895 patients")', () => {
    expect(formatNumber(31536, { grouping: true })).toBe('31,536')
    expect(formatNumber(28081, { grouping: true })).toBe('28,081')
    expect(formatNumber(28895)).toBe('28895')
  })

  it('drops the leading zero for the JCO style ".006"', () => {
    expect(formatNumber(0.006, { leadingZero: false })).toBe('.006')
  })

  it('rejects non-numbers and bad digits with a clear error', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/finite number/)
    expect(() => formatNumber('12' as unknown as number)).toThrow(/finite number/)
    expect(() => formatNumber(1, { digits: -1 })).toThrow(/digits/)
  })
})

describe('percent, CI, HR, p and ranges', () => {
  it('prints percentages as "2.1%" and "0.7%"', () => {
    expect(formatPercent(2.1)).toBe('2.1%')
    expect(formatPercent(0.7, { digits: 1 })).toBe('0.7%')
  })

  it('prints a hazard ratio with its CI as "0.67 (95% CI 0.50–0.92)"', () => {
    expect(formatHr(0.67, [0.5, 0.92], { digits: 2 })).toBe('0.67 (95% CI 0.50–0.92)')
  })

  it('prints the COLLISION local-control HR as the lecture does: "0.131 (95% CI 0.016-1.064"', () => {
    expect(formatHr(0.131, [0.016, 1.064], { digits: 3 })).toBe('0.131 (95% CI 0.016–1.064)')
    expect(formatCi([0.016, 1.064], { digits: 3, separator: '-' })).toBe('0.016-1.064')
  })

  it('prints a forest-plot row as "1.10 [0.50, 2.42]"', () => {
    expect(formatEstimateBrackets(1.1, [0.5, 2.42], { digits: 2 })).toBe('1.10 [0.50, 2.42]')
  })

  it('prints p values as "p = 0.34", "p < 0.0001" and "P = .006"', () => {
    expect(formatP(0.34)).toBe('p = 0.34')
    expect(formatP(0.0001, { comparator: '<' })).toBe('p < 0.0001')
    expect(formatP(0.006, { label: 'P', leadingZero: false })).toBe('P = .006')
    expect(formatP(0.01, { label: 'P', digits: 3 })).toBe('P = 0.010')
    expect(() => formatP(1.2)).toThrow(/between 0 and 1/)
  })

  it('prints the breast-series summary range as "27 – 53%"', () => {
    expect(formatRange(27, 53, { unit: '%' })).toBe('27 – 53%')
    expect(formatRange(41, 115, { unit: 'mo' })).toBe('41 – 115mo')
  })

  it('passes "NR" through as text and leaves an empty cell for null', () => {
    expect(formatCell('NR')).toBe('NR')
    expect(formatCell(null)).toBe('')
    expect(formatCell(60.5)).toBe('60.5')
  })
})

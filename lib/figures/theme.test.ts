import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../tests/unit/support/contrast'
import { baseOptions, ordinal, SERIES_STYLES, seriesStyle, shownCount } from './theme'

describe('chart theme', () => {
  it('no animation in print; animation on screen', () => {
    expect(baseOptions({ print: true }).animation).toBe(false)
    expect(baseOptions({ print: false }).animation).not.toBe(false)
    expect(baseOptions({ print: true }).plugins.tooltip.enabled).toBe(false)
  })

  it('shownCount: first step on screen, one more per click, all in print or without click steps', () => {
    expect(shownCount(3, 0)).toBe(1)
    expect(shownCount(3, 1)).toBe(2)
    expect(shownCount(3, 5)).toBe(3)
    expect(shownCount(3, 0, true)).toBe(3)
    expect(shownCount(3, undefined)).toBe(3)
  })

  it('ordinals for unlabelled time points', () => {
    expect([1, 2, 3, 4, 5, 11, 12, 13, 21, 22].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '5th', '11th', '12th', '13th', '21st', '22nd'])
  })

  it('series colours are graphics-contrast safe on white (≥ 3:1) and series differ by more than colour', () => {
    for (const s of SERIES_STYLES) expect(contrastRatio(s.color, '#ffffff')).toBeGreaterThanOrEqual(3)
    expect(new Set(SERIES_STYLES.map(s => s.pointStyle)).size).toBe(SERIES_STYLES.length)
    expect(new Set(SERIES_STYLES.map(s => JSON.stringify(s.borderDash))).size).toBe(SERIES_STYLES.length)
    expect(() => seriesStyle(SERIES_STYLES.length)).toThrow(/theme\.ts: no series style/)
  })
})

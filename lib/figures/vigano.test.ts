import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../tests/unit/support/contrast'
import {
  factorLabels,
  heatColor,
  isViganoContraindicated,
  NO_FACTORS,
  normalizeFactors,
  toggleFactor,
  viganoResult,
  viganoRowFor,
  viganoRows,
  type ViganoFactors,
} from './vigano'

// Expected values from the lecture's Viganò 2012 table and conclusion: "Liver resection is contraindicated only in
// patients with >3 and large (≥ 5 cm) metastases, or whenever the CEA value is ≥ 200 ng/mL".

const f = (m: number, s: number, c: number): ViganoFactors => ({ moreThan3Metastases: m === 1, sizeAtLeast50mm: s === 1, ceaAtLeast200: c === 1 })

describe('Viganò 2012 explorer', () => {
  it('each of the eight combinations maps to its printed row (3-year / 5-year survival)', () => {
    const printed: [ViganoFactors, string, string][] = [
      [f(0, 0, 0), '60.5', '53.3'],
      [f(1, 0, 0), '38.2', '29.9'],
      [f(0, 1, 0), '26.7', '19.1'],
      [f(0, 0, 1), '7.9', '4.1'],
      [f(1, 1, 0), '8.0', '4.2'],
      [f(1, 0, 1), '0.8', '0.2'],
      [f(0, 1, 1), '0.1', '0'],
      [f(1, 1, 1), '0', '0'],
    ]
    for (const [factors, three, five] of printed) {
      const row = viganoRowFor(factors)
      expect([row.threeYear, row.fiveYear]).toEqual([three, five])
    }
  })

  it('resection is contraindicated with >3 and large metastases, or whenever CEA ≥ 200, and only then', () => {
    expect(isViganoContraindicated(f(0, 0, 0))).toBe(false)
    expect(isViganoContraindicated(f(1, 0, 0))).toBe(false)
    expect(isViganoContraindicated(f(0, 1, 0))).toBe(false)
    expect(isViganoContraindicated(f(1, 1, 0))).toBe(true)
    for (const [m, s] of [[0, 0], [1, 0], [0, 1], [1, 1]]) expect(isViganoContraindicated(f(m, s, 1))).toBe(true)
    expect(viganoRows().filter(r => r.contraindicated)).toHaveLength(5)
  })

  it('the calculator sentence gives the row\'s survival and the verdict', () => {
    expect(viganoResult(NO_FACTORS).sentence).toBe('No factor: survival 60.5% at 3 years and 53.3% at 5 years; resection not contraindicated (lecture\'s conclusion).')
    expect(viganoResult(f(0, 0, 1)).sentence).toBe('CEA ≥ 200 ng/mL: survival 7.9% at 3 years and 4.1% at 5 years; resection contraindicated; further chemotherapy recommended (lecture\'s conclusion).')
    expect(viganoResult(f(1, 1, 0)).sentence).toContain('>3 metastases + Size ≥ 50 mm: survival 8.0% at 3 years')
  })

  it('toggling is pure, and anything odd in the shared store reads as "factor absent"', () => {
    const on = toggleFactor(NO_FACTORS, 'ceaAtLeast200')
    expect(on).toEqual(f(0, 0, 1))
    expect(NO_FACTORS.ceaAtLeast200).toBe(false)
    expect(toggleFactor(on, 'ceaAtLeast200')).toEqual(NO_FACTORS)
    expect(normalizeFactors({ moreThan3Metastases: 'yes', sizeAtLeast50mm: true, extra: 1 })).toEqual(f(0, 1, 0))
    expect(normalizeFactors(undefined)).toEqual(NO_FACTORS)
  })

  it('factor labels print the thresholds of the table header', () => {
    expect(factorLabels()).toEqual({ moreThan3Metastases: '>3 metastases', sizeAtLeast50mm: 'Size ≥ 50 mm', ceaAtLeast200: 'CEA ≥ 200 ng/mL' })
  })

  it('heat-map cells keep their text readable (≥ 4.5:1) over the whole 0–100% ramp, darker for lower survival', () => {
    for (let pct = 0; pct <= 100; pct += 0.5) {
      const { background, color } = heatColor(pct)
      expect(contrastRatio(background, color)).toBeGreaterThanOrEqual(4.5)
    }
    expect(contrastRatio(heatColor(0).background, '#ffffff')).toBeGreaterThan(contrastRatio(heatColor(60.5).background, '#ffffff'))
  })
})

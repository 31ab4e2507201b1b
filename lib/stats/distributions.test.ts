import { describe, expect, it } from 'vitest'
import { chiSquareUpperTail, logGamma, normalTwoSidedP, regularizedGammaQ } from './distributions'

// Critical values below: NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.1 (normal) and §1.3.6.7.4
// (upper critical values of the chi-square distribution), https://www.itl.nist.gov/div898/handbook/ (3 decimals,
// hence the tolerance).

describe('chiSquareUpperTail', () => {
  it.each([
    [3.841, 1, 0.05],
    [6.635, 1, 0.01],
    [16.919, 9, 0.05],
    [21.666, 9, 0.01],
    [21.026, 12, 0.05],
    [43.773, 30, 0.05],
    [124.342, 100, 0.05],
  ])('P(χ² ≥ %f; df %i) is the tabulated %f', (x, df, alpha) => {
    expect(Math.abs(chiSquareUpperTail(x, df) - alpha)).toBeLessThan(alpha * 0.002)
  })

  it('with 2 degrees of freedom equals exp(−x/2) exactly', () => {
    for (const x of [0.01, 0.5, 2, 9.21, 30, 80]) expect(chiSquareUpperTail(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12)
  })

  it('is 1 at x ≤ 0, decreases with x and tends to 0', () => {
    expect(chiSquareUpperTail(0, 9)).toBe(1)
    let previous = 1
    for (let x = 0.5; x < 60; x += 0.5) {
      const p = chiSquareUpperTail(x, 9)
      expect(p).toBeLessThan(previous)
      previous = p
    }
    expect(chiSquareUpperTail(200, 9)).toBeLessThan(1e-30)
  })

  it('rejects df ≤ 0 and NaN', () => {
    expect(() => chiSquareUpperTail(3, 0)).toThrow(/df/)
    expect(() => chiSquareUpperTail(Number.NaN, 3)).toThrow(/NaN/)
  })
})

describe('normalTwoSidedP', () => {
  it.each([
    [1.96, 0.05],
    [2.576, 0.01],
    [3.291, 0.001],
    [1.645, 0.1],
  ])('P(|Z| ≥ %f) is the tabulated %f', (z, alpha) => {
    expect(Math.abs(normalTwoSidedP(z) - alpha)).toBeLessThan(alpha * 0.002)
    expect(normalTwoSidedP(-z)).toBe(normalTwoSidedP(z))
  })

  it('is 1 at z = 0 and tiny far out', () => {
    expect(normalTwoSidedP(0)).toBe(1)
    // 2·(1 − Φ(6)) = 1.973e-9 (Abramowitz & Stegun, Handbook of Mathematical Functions, Table 26.1).
    expect(normalTwoSidedP(6) / 1.973e-9).toBeCloseTo(1, 3)
  })
})

describe('logGamma and regularizedGammaQ', () => {
  it('logGamma gives log((n − 1)!) and log √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13)
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12)
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 11)
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12)
  })

  it('Q(1, x) = exp(−x) on both sides of the series / continued-fraction switch', () => {
    for (const x of [0.1, 1.9, 2, 2.1, 15]) expect(regularizedGammaQ(1, x)).toBeCloseTo(Math.exp(-x), 13)
  })

  it('rejects out-of-domain arguments', () => {
    expect(() => regularizedGammaQ(0, 1)).toThrow(/a must be > 0/)
    expect(() => regularizedGammaQ(1, -1)).toThrow(/x must be ≥ 0/)
  })
})

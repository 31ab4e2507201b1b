/**
 * Tail probabilities of the standard normal and chi-square distributions, for the tests printed
 * under a forest plot (test for overall effect, heterogeneity test).
 *
 * Written here rather than installed: both reduce to one special function, the regularized upper
 * incomplete gamma function Q(a, x), computed as in Numerical Recipes (Press et al., 3rd ed., §6.2):
 * a power series below x = a + 1 and a continued fraction (modified Lentz) above it.
 *   chi-square with df degrees of freedom:  P(X ≥ x) = Q(df / 2, x / 2)
 *   standard normal, two-sided:             P(|Z| ≥ z) = P(Z² ≥ z²) = Q(1 / 2, z² / 2)
 */

const EPSILON = 1e-15
const MAX_ITERATIONS = 500
const TINY = 1e-300

// Lanczos approximation (g = 7, n = 9); relative error below 1e-15 for positive arguments.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
]

/** Natural logarithm of the gamma function, for a > 0. */
export function logGamma(a: number): number {
  if (!(a > 0)) throw new RangeError(`logGamma: argument must be > 0, got ${a}`)
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a)
  const x = a - 1
  let sum = LANCZOS[0]
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (x + i)
  const t = x + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum)
}

/** P(a, x) by its power series; converges fast for x < a + 1. */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a
  let sum = term
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n)
    sum += term
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a))
}

/** Q(a, x) by its continued fraction (modified Lentz); converges fast for x ≥ a + 1. */
function upperGammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPSILON) break
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h
}

/** Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0, x ≥ 0. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`regularizedGammaQ: a must be > 0, got ${a}`)
  if (!(x >= 0)) throw new RangeError(`regularizedGammaQ: x must be ≥ 0, got ${x}`)
  if (x === 0) return 1
  if (x === Infinity) return 0
  return x < a + 1 ? 1 - lowerGammaSeries(a, x) : upperGammaContinuedFraction(a, x)
}

/** Upper tail P(X ≥ x) of a chi-square distribution with `df` degrees of freedom (df > 0). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`chiSquareUpperTail: df must be > 0, got ${df}`)
  if (Number.isNaN(x)) throw new RangeError('chiSquareUpperTail: x is NaN')
  if (x <= 0) return 1
  return regularizedGammaQ(df / 2, x / 2)
}

/** Two-sided p value of a standard normal test statistic: P(|Z| ≥ |z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('normalTwoSidedP: z is NaN')
  return regularizedGammaQ(0.5, (z * z) / 2)
}

/** Standard normal quantile for a two-sided 95% interval (qnorm(0.975)). */
export const Z_95 = 1.959963984540054

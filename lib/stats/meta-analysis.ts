/**
 * Inverse-variance meta-analysis of ratio measures (hazard ratios, risk ratios) on the log scale, as
 * RevMan's "IV, Fixed" and "IV, Random" methods compute them:
 *   fixed effect  weights 1 / se²
 *   random effect weights 1 / (se² + τ²), τ² by the DerSimonian–Laird method of moments
 *                 (DerSimonian R, Laird N. Meta-analysis in clinical trials. Control Clin Trials 1986;7:177–188)
 * Heterogeneity: Cochran's Q against the fixed-effect estimate, df = k − 1, I² = (Q − df) / Q (Higgins &
 * Thompson, Stat Med 2002;21:1539–1558), floored at 0.
 */
import { chiSquareUpperTail, normalTwoSidedP, Z_95 } from './distributions'

export type PoolingModel = 'fixed' | 'random'

export interface StudyEffect {
  label: string
  /** Effect on the log scale, e.g. log hazard ratio. */
  logEffect: number
  /** Standard error of logEffect. */
  se: number
}

export interface PooledEstimate {
  /** Pooled effect on the log scale. */
  logEstimate: number
  se: number
  /** 95% confidence interval, log scale. */
  ciLow: number
  ciHigh: number
  /** Test for overall effect: z = logEstimate / se, two-sided p. */
  z: number
  p: number
  /** Cochran's Q, its degrees of freedom and p value (NaN when df = 0). */
  Q: number
  df: number
  pQ: number
  /** Between-study variance: DerSimonian–Laird estimate for 'random', 0 (assumed) for 'fixed'. */
  tau2: number
  /** I² in percent. */
  I2: number
  /** Percent weight of each study, in input order; sums to 100. */
  weights: number[]
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

function validate(studies: readonly StudyEffect[]): void {
  if (!Array.isArray(studies) || studies.length === 0) {
    throw new Error('poolInverseVariance: studies must be a non-empty array')
  }
  studies.forEach((study, index) => {
    const name = `study ${index + 1}${study?.label ? ` (${study.label})` : ''}`
    if (typeof study?.label !== 'string' || study.label.trim() === '') {
      throw new Error(`poolInverseVariance: ${name}: field "label" must be a non-empty string`)
    }
    if (!Number.isFinite(study.logEffect)) {
      throw new Error(`poolInverseVariance: ${name}: field "logEffect" must be a finite number, got ${study.logEffect}`)
    }
    if (!Number.isFinite(study.se) || study.se <= 0) {
      throw new Error(`poolInverseVariance: ${name}: field "se" must be a positive finite number, got ${study.se}`)
    }
  })
}

/** Cochran's Q and the DerSimonian–Laird τ² of a set of studies. */
export function heterogeneity(studies: readonly StudyEffect[]): { Q: number; df: number; tau2: number } {
  const w = studies.map((s) => 1 / (s.se * s.se))
  const totalW = sum(w)
  const fixed = sum(studies.map((s, i) => w[i] * s.logEffect)) / totalW
  const Q = sum(studies.map((s, i) => w[i] * (s.logEffect - fixed) ** 2))
  const df = studies.length - 1
  const c = totalW - sum(w.map((wi) => wi * wi)) / totalW
  const tau2 = df > 0 && c > 0 ? Math.max(0, (Q - df) / c) : 0
  return { Q, df, tau2 }
}

/** Pool log effects by inverse variance, fixed effect or DerSimonian–Laird random effects. */
export function poolInverseVariance(studies: readonly StudyEffect[], model: PoolingModel): PooledEstimate {
  validate(studies)
  if (model !== 'fixed' && model !== 'random') {
    throw new Error(`poolInverseVariance: model must be 'fixed' or 'random', got ${String(model)}`)
  }
  const { Q, df, tau2: tau2DL } = heterogeneity(studies)
  const tau2 = model === 'random' ? tau2DL : 0
  const w = studies.map((s) => 1 / (s.se * s.se + tau2))
  const totalW = sum(w)
  const logEstimate = sum(studies.map((s, i) => w[i] * s.logEffect)) / totalW
  const se = Math.sqrt(1 / totalW)
  const z = logEstimate / se
  return {
    logEstimate,
    se,
    ciLow: logEstimate - Z_95 * se,
    ciHigh: logEstimate + Z_95 * se,
    z,
    p: normalTwoSidedP(z),
    Q,
    df,
    pQ: df > 0 ? chiSquareUpperTail(Q, df) : Number.NaN,
    tau2,
    I2: Q > 0 ? Math.max(0, ((Q - df) / Q) * 100) : 0,
    weights: w.map((wi) => (wi / totalW) * 100),
  }
}

/** 95% confidence interval of one study, log scale. */
export function studyInterval(study: StudyEffect): { ciLow: number; ciHigh: number } {
  return { ciLow: study.logEffect - Z_95 * study.se, ciHigh: study.logEffect + Z_95 * study.se }
}

/** The studies without the one labelled `label` (all of them when label is null). */
export function omitStudy<T extends StudyEffect>(studies: readonly T[], label: string | null): T[] {
  if (label === null) return [...studies]
  if (!studies.some((s) => s.label === label)) {
    throw new Error(`omitStudy: no study labelled "${label}"`)
  }
  return studies.filter((s) => s.label !== label)
}

export interface LeaveOneOutRow {
  omitted: string
  result: PooledEstimate
}

/** Sensitivity analysis: the pooled estimate with each study left out in turn (needs ≥ 2 studies). */
export function leaveOneOut(studies: readonly StudyEffect[], model: PoolingModel): LeaveOneOutRow[] {
  validate(studies)
  if (studies.length < 2) throw new Error('leaveOneOut: needs at least 2 studies')
  return studies.map((study) => ({
    omitted: study.label,
    result: poolInverseVariance(omitStudy(studies, study.label), model),
  }))
}

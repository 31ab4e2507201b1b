import { describe, expect, it } from 'vitest'
import { decimalsOf, readLectureForestPlot } from '../../tests/unit/support/lecture'
import { leaveOneOut, omitStudy, poolInverseVariance, studyInterval, type StudyEffect } from './meta-analysis'

/** `value` rounded to the printed number of decimals equals the printed number. */
function expectPrinted(value: number, printed: string, what: string): void {
  const halfUnit = 0.5 * 10 ** -decimalsOf(printed)
  expect(Math.abs(value - Number(printed)), `${what}: computed ${value}, printed ${printed}`).toBeLessThanOrEqual(halfUnit + 1e-12)
}

describe('Meijerink 2018 (CVIR 41:1189), random effects, as printed in the lecture', () => {
  const printed = readLectureForestPlot()
  const studies: StudyEffect[] = printed.studies.map((row) => ({
    label: row.label,
    logEffect: Number(row.logEffect),
    se: Number(row.se),
  }))
  const result = poolInverseVariance(studies, 'random')

  it('reads the ten studies of the printed forest plot', () => {
    expect(studies).toHaveLength(10)
    expect(studies[0].label).toBe('Abdalla 2004')
    expect(studies[9].label).toBe('Hof 2016')
  })

  it('reproduces the pooled HR 1.78 [1.35, 2.33]', () => {
    expectPrinted(Math.exp(result.logEstimate), printed.total.hr, 'pooled HR')
    expectPrinted(Math.exp(result.ciLow), printed.total.ciLow, 'pooled CI low')
    expectPrinted(Math.exp(result.ciHigh), printed.total.ciHigh, 'pooled CI high')
  })

  it('reproduces the heterogeneity line: Tau² 0.10, Chi² 21.77, df 9 (P = 0.010), I² 59%', () => {
    expectPrinted(result.tau2, printed.heterogeneity.tau2, 'Tau²')
    expectPrinted(result.Q, printed.heterogeneity.chi2, 'Chi²')
    expect(result.df).toBe(Number(printed.heterogeneity.df))
    expectPrinted(result.pQ, printed.heterogeneity.pQ, 'P (heterogeneity)')
    expectPrinted(result.I2, printed.heterogeneity.I2, 'I²')
  })

  it('reproduces the test for overall effect: Z = 4.15 (P < 0.0001)', () => {
    expectPrinted(result.z, printed.overall.z, 'Z')
    const [relation, bound] = printed.overall.p.split(' ')
    expect(relation).toBe('<')
    expect(result.p).toBeLessThan(Number(bound))
  })

  it('gives every study the printed weight (11.5%, 6.6%, …) and the total 100.0%', () => {
    printed.studies.forEach((row, i) => expectPrinted(result.weights[i], row.weight, `weight of ${row.label}`))
    expectPrinted(result.weights.reduce((a, b) => a + b, 0), printed.total.weight, 'total weight')
  })

  it('gives every study the printed HR and 95% CI', () => {
    printed.studies.forEach((row, i) => {
      const { ciLow, ciHigh } = studyInterval(studies[i])
      expectPrinted(Math.exp(studies[i].logEffect), row.hr, `HR of ${row.label}`)
      expectPrinted(Math.exp(ciLow), row.ciLow, `CI low of ${row.label}`)
      expectPrinted(Math.exp(ciHigh), row.ciHigh, `CI high of ${row.label}`)
    })
  })

  it('fixed effect on the same studies: narrower CI, same Q and I², heavier weight on the most precise study', () => {
    const fixed = poolInverseVariance(studies, 'fixed')
    expect(fixed.tau2).toBe(0)
    expect(fixed.Q).toBeCloseTo(result.Q, 10)
    expect(fixed.I2).toBeCloseTo(result.I2, 10)
    expect(fixed.ciHigh - fixed.ciLow).toBeLessThan(result.ciHigh - result.ciLow)
    // Berber 2008 has the smallest SE: it gains weight when τ² no longer evens the weights out.
    const berber = studies.findIndex((s) => s.label === 'Berber 2008')
    expect(fixed.weights[berber]).toBeGreaterThan(result.weights[berber])
  })

  it('leaving out a study below the pooled HR raises it, one above lowers it (both models)', () => {
    for (const model of ['random', 'fixed'] as const) {
      const pooled = poolInverseVariance(studies, model).logEstimate
      const rows = leaveOneOut(studies, model)
      expect(rows.map((r) => r.omitted)).toEqual(studies.map((s) => s.label))
      rows.forEach((row, i) => {
        expect(row.result.weights).toHaveLength(9)
        const shift = row.result.logEstimate - pooled
        expect(Math.sign(shift), `${model}, without ${row.omitted}`).toBe(Math.sign(pooled - studies[i].logEffect))
      })
    }
    // Each leave-one-out result is the ordinary pooled estimate of the nine remaining studies.
    const hof = leaveOneOut(studies, 'random').find((r) => r.omitted === 'Hof 2016')!.result
    expect(hof).toEqual(poolInverseVariance(omitStudy(studies, 'Hof 2016'), 'random'))
  })
})

/**
 * Reference dataset (test data, not lecture data): 13 trials of BCG vaccine against tuberculosis.
 * Data: Colditz GA, Brewer TF, Berkey CS, Wilson ME, Burdick E, Fineberg HV, Mosteller F. Efficacy of BCG
 * vaccine in the prevention of tuberculosis: meta-analysis of the published literature. JAMA 1994;271(9):698–702;
 * 2×2 tables as tabulated in van Houwelingen HC, Arends LR, Stijnen T. Advanced methods in meta-analysis:
 * multivariate approach and meta-regression. Stat Med 2002;21(4):589–624 (Table I), distributed as dat.bcg in
 * the R package metafor (Viechtbauer W. Conducting meta-analyses in R with the metafor package. J Stat Softw
 * 2010;36(3):1–48. doi:10.18637/jss.v036.i03).
 * Expected values: metafor's test suite, which checks rma(method = "FE") and rma(method = "DL") on the log risk
 * ratios against Stata's metan (`metan tpos tneg cpos cneg, fixedi|randomi rr`), 4 decimals
 * (github.com/wviechtb/metafor, tests/testthat/test_misc_rma_vs_metan.r).
 */
const BCG = [
  { label: 'Aronson 1948', tpos: 4, tneg: 119, cpos: 11, cneg: 128 },
  { label: 'Ferguson & Simes 1949', tpos: 6, tneg: 300, cpos: 29, cneg: 274 },
  { label: 'Rosenthal et al 1960', tpos: 3, tneg: 228, cpos: 11, cneg: 209 },
  { label: 'Hart & Sutherland 1977', tpos: 62, tneg: 13536, cpos: 248, cneg: 12619 },
  { label: 'Frimodt-Moller et al 1973', tpos: 33, tneg: 5036, cpos: 47, cneg: 5761 },
  { label: 'Stein & Aronson 1953', tpos: 180, tneg: 1361, cpos: 372, cneg: 1079 },
  { label: 'Vandiviere et al 1973', tpos: 8, tneg: 2537, cpos: 10, cneg: 619 },
  { label: 'TPT Madras 1980', tpos: 505, tneg: 87886, cpos: 499, cneg: 87892 },
  { label: 'Coetzee & Berjak 1968', tpos: 29, tneg: 7470, cpos: 45, cneg: 7232 },
  { label: 'Rosenthal et al 1961', tpos: 17, tneg: 1699, cpos: 65, cneg: 1600 },
  { label: 'Comstock et al 1974', tpos: 186, tneg: 50448, cpos: 141, cneg: 27197 },
  { label: 'Comstock & Webster 1969', tpos: 5, tneg: 2493, cpos: 3, cneg: 2338 },
  { label: 'Comstock et al 1976', tpos: 27, tneg: 16886, cpos: 29, cneg: 17825 },
]

/** Log risk ratio and its large-sample standard error (as metafor's escalc(measure = "RR")). */
const bcgStudies: StudyEffect[] = BCG.map(({ label, tpos, tneg, cpos, cneg }) => {
  const n1 = tpos + tneg
  const n2 = cpos + cneg
  return {
    label,
    logEffect: Math.log(tpos / n1 / (cpos / n2)),
    se: Math.sqrt(1 / tpos - 1 / n1 + 1 / cpos - 1 / n2),
  }
})

describe('BCG vaccine trials (Colditz 1994), checked against metafor / Stata metan', () => {
  it('fixed effect: log RR −0.4303 [−0.5097, −0.3509], z −10.6247, Q 152.2330; RR 0.6503 [0.6007, 0.7040]', () => {
    const fe = poolInverseVariance(bcgStudies, 'fixed')
    expectPrinted(fe.logEstimate, '-0.4303', 'estimate')
    expectPrinted(fe.ciLow, '-0.5097', 'CI low')
    expectPrinted(fe.ciHigh, '-0.3509', 'CI high')
    expectPrinted(fe.z, '-10.6247', 'z')
    expectPrinted(fe.Q, '152.2330', 'Q')
    expect(fe.df).toBe(12)
    expectPrinted(Math.exp(fe.logEstimate), '0.6503', 'RR')
    expectPrinted(Math.exp(fe.ciLow), '0.6007', 'RR CI low')
    expectPrinted(Math.exp(fe.ciHigh), '0.7040', 'RR CI high')
  })

  it('random effects (DerSimonian–Laird): log RR −0.7141 [−1.0644, −0.3638], z −3.9952, τ² 0.3088, I² 92.1173%; RR 0.4896 [0.3449, 0.6950]', () => {
    const dl = poolInverseVariance(bcgStudies, 'random')
    expectPrinted(dl.logEstimate, '-0.7141', 'estimate')
    expectPrinted(dl.ciLow, '-1.0644', 'CI low')
    expectPrinted(dl.ciHigh, '-0.3638', 'CI high')
    expectPrinted(dl.z, '-3.9952', 'z')
    expectPrinted(dl.tau2, '0.3088', 'tau²')
    expectPrinted(dl.I2, '92.1173', 'I²')
    expectPrinted(Math.exp(dl.logEstimate), '0.4896', 'RR')
    expectPrinted(Math.exp(dl.ciLow), '0.3449', 'RR CI low')
    expectPrinted(Math.exp(dl.ciHigh), '0.6950', 'RR CI high')
    expect(dl.p).toBeLessThan(0.0001)
    expect(dl.pQ).toBeLessThan(0.0001)
  })
})

describe('poolInverseVariance edge cases and input errors', () => {
  it('with homogeneous studies τ² is 0 and random equals fixed', () => {
    const same: StudyEffect[] = [
      { label: 'A', logEffect: 0.2, se: 0.1 },
      { label: 'B', logEffect: 0.2, se: 0.2 },
      { label: 'C', logEffect: 0.2, se: 0.3 },
    ]
    const random = poolInverseVariance(same, 'random')
    expect(random.tau2).toBe(0)
    expect(random.I2).toBe(0)
    expect(random).toEqual(poolInverseVariance(same, 'fixed'))
  })

  it('one study pools to itself, with df 0 and no heterogeneity p value', () => {
    const one = poolInverseVariance([{ label: 'Solo', logEffect: 0.5, se: 0.25 }], 'random')
    expect(one.logEstimate).toBe(0.5)
    expect(one.se).toBeCloseTo(0.25, 12)
    expect(one.df).toBe(0)
    expect(one.pQ).toBeNaN()
    expect(one.weights).toEqual([100])
  })

  it('names the study and field of bad input', () => {
    expect(() => poolInverseVariance([], 'random')).toThrow(/non-empty/)
    expect(() => poolInverseVariance([{ label: 'X 2020', logEffect: 0.1, se: 0 }], 'random')).toThrow(/study 1 \(X 2020\).*"se"/)
    expect(() => poolInverseVariance([{ label: 'Y', logEffect: Number.NaN, se: 0.1 }], 'fixed')).toThrow(/"logEffect"/)
    expect(() => poolInverseVariance([{ label: '', logEffect: 0, se: 0.1 }], 'fixed')).toThrow(/"label"/)
    expect(() => poolInverseVariance([{ label: 'Z', logEffect: 0, se: 0.1 }], 'bayes' as never)).toThrow(/model/)
    expect(() => omitStudy(bcgStudies, 'Nobody 2000')).toThrow(/Nobody 2000/)
    expect(() => leaveOneOut([{ label: 'Z', logEffect: 0, se: 0.1 }], 'fixed')).toThrow(/at least 2/)
  })
})

/**
 * Viganò 2012 explorer: the eight combinations of the three factors (>3 metastases, size ≥ 50 mm, CEA ≥ 200 ng/mL)
 * as a heat map of 3- and 5-year survival, and the calculator's answer for one combination.
 *
 * Whether resection is contraindicated comes from ONE rule, machines/case/rules.ts `viganoContraindication`
 * (the lecture's conclusion, also used by the case simulator): a combination of factors is turned into the
 * boundary patient that has exactly those factors, and the rule decides.
 */
import type { PatientFacts } from '../clinical/facts'
import { THRESHOLDS, viganoContraindication } from '../clinical/facts'
import { vigano2012 } from '../../data/vigano2012'
import { formatNumber } from '../deck/format'

export const VIGANO_FACTORS = ['moreThan3Metastases', 'sizeAtLeast50mm', 'ceaAtLeast200'] as const
export type ViganoFactor = (typeof VIGANO_FACTORS)[number]
export type ViganoFactors = Record<ViganoFactor, boolean>

export const NO_FACTORS: ViganoFactors = Object.freeze({ moreThan3Metastases: false, sizeAtLeast50mm: false, ceaAtLeast200: false })

type Dataset = typeof vigano2012

/** Factor names as the table header prints them, thresholds read from data/. */
export function factorLabels(d: Dataset = vigano2012): Record<ViganoFactor, string> {
  return {
    moreThan3Metastases: `>${d.moreThanMetastases} metastases`,
    sizeAtLeast50mm: `Size ≥ ${d.sizeMm} mm`,
    ceaAtLeast200: `CEA ≥ ${d.ceaNgPerMl} ng/mL`,
  }
}

/** Anything read from the shared store, made safe: only the three booleans. */
export function normalizeFactors(value: unknown): ViganoFactors {
  const v = (value ?? {}) as Partial<Record<ViganoFactor, unknown>>
  return Object.fromEntries(VIGANO_FACTORS.map(f => [f, v[f] === true])) as ViganoFactors
}

export function toggleFactor(factors: ViganoFactors, factor: ViganoFactor): ViganoFactors {
  return { ...factors, [factor]: !factors[factor] }
}

/** The patient with exactly these factors, at the thresholds (what the rule needs: count, largest size, CEA). */
function boundaryPatient(factors: ViganoFactors): Pick<PatientFacts, 'liver' | 'ceaNgPerMl'> {
  return {
    liver: {
      count: factors.moreThan3Metastases ? THRESHOLDS.viganoMoreThanMetastases + 1 : 1,
      largestMm: factors.sizeAtLeast50mm ? THRESHOLDS.viganoSizeMm : THRESHOLDS.viganoSizeMm - 1,
      resectability: 'upfront',
    },
    ceaNgPerMl: factors.ceaAtLeast200 ? THRESHOLDS.viganoCeaNgPerMl : 0,
  }
}

/** The lecture's conclusion, via the pathway rule: contraindicated with >3 and large metastases, or CEA ≥ 200. */
export function isViganoContraindicated(factors: ViganoFactors): boolean {
  return viganoContraindication(boundaryPatient(factors)).contraindicated
}

export interface ViganoRow {
  index: number
  factors: ViganoFactors
  /** Number of factors present (counted from the flags). */
  count: number
  threeYearPct: number
  fiveYearPct: number
  /** As printed ("8.0", "0"). */
  threeYear: string
  fiveYear: string
  contraindicated: boolean
}

function flags(row: Dataset['rows'][number]): ViganoFactors {
  return {
    moreThan3Metastases: row.factors.moreThan3Metastases === 1,
    sizeAtLeast50mm: row.factors.sizeAtLeast50mm === 1,
    ceaAtLeast200: row.factors.ceaAtLeast200 === 1,
  }
}

const key = (f: ViganoFactors) => VIGANO_FACTORS.map(k => (f[k] ? 1 : 0)).join('')

/** The eight rows in printed order; fails, naming the file, unless each combination appears exactly once. */
export function viganoRows(d: Dataset = vigano2012): ViganoRow[] {
  const rows = d.rows.map((row, i): ViganoRow => {
    const f = flags(row)
    for (const [field, value] of [['threeYearPct', row.threeYearPct], ['fiveYearPct', row.fiveYearPct]] as const) {
      if (!Number.isFinite(value) || value < 0 || value > 100)
        throw new Error(`data/${d.id}.ts: rows[${i}].${field} must be a percentage, got ${value}`)
    }
    return {
      index: i,
      factors: f,
      count: VIGANO_FACTORS.filter(k => f[k]).length,
      threeYearPct: row.threeYearPct,
      fiveYearPct: row.fiveYearPct,
      threeYear: formatNumber(row.threeYearPct, { digits: d.printedDigits.threeYearPct[i] }),
      fiveYear: formatNumber(row.fiveYearPct, { digits: d.printedDigits.fiveYearPct[i] }),
      contraindicated: isViganoContraindicated(f),
    }
  })
  const seen = new Set(rows.map(r => key(r.factors)))
  if (rows.length !== 8 || seen.size !== 8)
    throw new Error(`data/${d.id}.ts: rows must hold each of the 8 combinations of the three factors once (got ${rows.length} rows, ${seen.size} distinct)`)
  return rows
}

export function viganoRowFor(factors: ViganoFactors, rows: ViganoRow[] = viganoRows()): ViganoRow {
  const found = rows.find(r => key(r.factors) === key(factors))
  if (!found) throw new Error(`lib/figures/vigano.ts: no row for factors ${key(factors)}`)
  return found
}

/**
 * Cell colour of the heat map: a sequential, colour-blind-safe ramp (viridis stops, 0 → 100%), with the text colour
 * that keeps ≥ 4.5:1 contrast on it.
 */
const VIRIDIS = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725']

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4 }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [luminance(hexToRgb(a)), luminance(hexToRgb(b))].sort((x, y) => y - x)
  return (l1 + 0.05) / (l2 + 0.05)
}

export function heatColor(pct: number): { background: string, color: string } {
  const t = Math.max(0, Math.min(1, pct / 100)) * (VIRIDIS.length - 1)
  const i = Math.min(VIRIDIS.length - 2, Math.floor(t))
  const [a, b] = [hexToRgb(VIRIDIS[i]), hexToRgb(VIRIDIS[i + 1])]
  const mix = a.map((c, k) => Math.round(c + (b[k] - c) * (t - i)))
  const background = `#${mix.map(c => c.toString(16).padStart(2, '0')).join('')}`
  // black, not the deck ink: mid-ramp teal gives neither white nor slate 4.5:1
  const color = contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000'
  return { background, color }
}

export interface ViganoResult {
  row: ViganoRow
  sentence: string
}

/** The calculator's answer, one sentence (aria-live), numbers as printed. */
export function viganoResult(factors: ViganoFactors, d: Dataset = vigano2012): ViganoResult {
  const row = viganoRowFor(factors, viganoRows(d))
  const labels = factorLabels(d)
  const present = VIGANO_FACTORS.filter(f => factors[f]).map(f => labels[f])
  const which = present.length ? present.join(' + ') : 'No factor'
  const verdict = row.contraindicated
    ? 'resection contraindicated; further chemotherapy recommended'
    : 'resection not contraindicated'
  return {
    row,
    sentence: `${which}: survival ${row.threeYear}% at 3 years and ${row.fiveYear}% at 5 years; ${verdict} (lecture's conclusion).`,
  }
}

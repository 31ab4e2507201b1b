/**
 * Formatting numbers exactly as the lecture prints them ("0.0%", "41.0", "31,536", "0.67 (95% CI 0.50–0.92)").
 * Pure functions; the number itself always comes from data/.
 */

export interface NumberFormat {
  /** Fixed number of decimals; omitted → the shortest form (0 → "0", 51.2 → "51.2"). */
  digits?: number
  /** Thousands separator, as in "31,536 Pts"; the lecture also prints "28895 patients" without one. */
  grouping?: boolean
  /** Drop the leading zero of values below 1 (".006", as in JCO style "P = .006"). */
  leadingZero?: boolean
}

export type Comparator = '=' | '<' | '>' | '≤' | '≥'

function assertFinite(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`format: ${what} must be a finite number, got ${String(value)}`)
}

export function formatNumber(value: number, options: NumberFormat = {}): string {
  assertFinite(value, 'value')
  const { digits, grouping = false, leadingZero = true } = options
  if (digits !== undefined && (!Number.isInteger(digits) || digits < 0 || digits > 10))
    throw new Error(`format: digits must be an integer from 0 to 10, got ${digits}`)
  let text = grouping
    ? value.toLocaleString('en-US', digits === undefined
      ? { maximumFractionDigits: 10 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : digits === undefined ? String(value) : value.toFixed(digits)
  if (!leadingZero) text = text.replace(/^(-?)0\./, '$1.')
  return text
}

/** "51.2%" */
export function formatPercent(value: number, options: NumberFormat = {}): string {
  return `${formatNumber(value, options)}%`
}

/** "0.50–0.92" (en dash, no spaces, as in "95% CI 0.50–0.92"). */
export function formatCi(ci: readonly [number, number] | readonly number[], options: NumberFormat & { separator?: string } = {}): string {
  if (ci.length !== 2) throw new Error(`format: a confidence interval needs 2 bounds, got ${ci.length}`)
  const { separator = '–', ...numberFormat } = options
  return `${formatNumber(ci[0], numberFormat)}${separator}${formatNumber(ci[1], numberFormat)}`
}

/** "0.67 (95% CI 0.50–0.92)" */
export function formatHr(
  hr: number,
  ci: readonly [number, number] | readonly number[],
  options: NumberFormat & { ciLabel?: string } = {},
): string {
  const { ciLabel = '95% CI', ...numberFormat } = options
  return `${formatNumber(hr, numberFormat)} (${ciLabel} ${formatCi(ci, numberFormat)})`
}

/** Forest-plot style, as in the Meijerink table: "2.79 [1.68, 4.63]". */
export function formatEstimateBrackets(estimate: number, ci: readonly [number, number] | readonly number[], options: NumberFormat = {}): string {
  if (ci.length !== 2) throw new Error(`format: a confidence interval needs 2 bounds, got ${ci.length}`)
  return `${formatNumber(estimate, options)} [${formatNumber(ci[0], options)}, ${formatNumber(ci[1], options)}]`
}

/** "p = 0.34", "p < 0.0001", "P = .006" (label 'P', leadingZero false). */
export function formatP(p: number, options: NumberFormat & { comparator?: Comparator, label?: string } = {}): string {
  const { comparator = '=', label = 'p', ...numberFormat } = options
  assertFinite(p, 'p')
  if (p < 0 || p > 1) throw new Error(`format: p must lie between 0 and 1, got ${p}`)
  return `${label} ${comparator} ${formatNumber(p, numberFormat)}`
}

/** "27 – 53%" (spaced en dash, as in "5y OS: 27 – 53%"); unit is appended once, after the upper bound. */
export function formatRange(min: number, max: number, options: NumberFormat & { unit?: string, separator?: string } = {}): string {
  const { unit = '', separator = ' – ', ...numberFormat } = options
  return `${formatNumber(min, numberFormat)}${separator}${formatNumber(max, numberFormat)}${unit}`
}

/** A table cell that may be a number or a printed code such as "NR" / "NA", which is passed through as text. */
export function formatCell(value: number | string | null | undefined, options: NumberFormat = {}): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : formatNumber(value, options)
}

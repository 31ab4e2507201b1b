/**
 * Shared look of the deck's figures: a colour-blind-safe palette (Okabe–Ito), series styles that also differ
 * without colour (fill, dash, point shape), the deck's ink colours, and the options every chart starts from
 * (no animation in print/export, fixed font, no aspect ratio so the figure fills its slot).
 * Pure: no DOM, no Chart.js registration.
 */
import type { ChartOptions, LegendItem, PointStyle } from 'chart.js'

/** Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = Object.freeze({
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
})

/** Deck colours (style.css), every one ≥ 7:1 on white. */
export const INK = Object.freeze({
  text: '#1e293b',
  axis: '#334155',
  muted: '#475569',
  grid: '#e2e8f0',
  rule: '#cbd5e1',
})

export const FONT_FAMILY = '"Inter Variable", Inter, system-ui, sans-serif'

export interface SeriesStyle {
  /** Line, border and point colour (≥ 3:1 on white). */
  color: string
  /** Bar / area fill: the first series is solid, the others light, so they differ in print and without colour. */
  fill: string
  borderDash: number[]
  pointStyle: PointStyle
}

/** Series 1: solid blue circles; 2: light vermillion, dashed, triangles; 3: green squares; 4: purple diamonds. */
export const SERIES_STYLES: readonly SeriesStyle[] = Object.freeze([
  { color: OKABE_ITO.blue, fill: OKABE_ITO.blue, borderDash: [], pointStyle: 'circle' },
  { color: OKABE_ITO.vermillion, fill: 'rgba(213, 94, 0, 0.16)', borderDash: [6, 4], pointStyle: 'triangle' },
  { color: OKABE_ITO.bluishGreen, fill: 'rgba(0, 158, 115, 0.18)', borderDash: [2, 3], pointStyle: 'rect' },
  { color: OKABE_ITO.reddishPurple, fill: 'rgba(204, 121, 167, 0.2)', borderDash: [8, 3, 2, 3], pointStyle: 'rectRot' },
])

export function seriesStyle(index: number): SeriesStyle {
  const style = SERIES_STYLES[index]
  if (!style) throw new Error(`lib/figures/theme.ts: no series style for series ${index + 1} (at most ${SERIES_STYLES.length})`)
  return style
}

export interface FigureOptions {
  /** Print/export (Slidev's isPrintMode): no animation, everything drawn at once. */
  print?: boolean
}

/** Animation off in print so the first frame is the final one (export waits for it via the ready marker). */
function chartAnimation(print: boolean | undefined): false | { duration: number } {
  return print ? false : { duration: 450 }
}

/** Options every figure starts from; builders spread them into their chart type's options and add scales and plugins. */
export function baseOptions({ print = false }: FigureOptions = {}) {
  return {
    animation: chartAnimation(print),
    responsive: true,
    maintainAspectRatio: false,
    font: { family: FONT_FAMILY, size: 12 },
    color: INK.text,
    plugins: {
      legend: {
        position: 'top',
        align: 'end',
        labels: {
          color: INK.text,
          usePointStyle: true,
          boxHeight: 8,
          font: { family: FONT_FAMILY, size: 12 },
          // a series not yet revealed (click steps) is left out of the legend, not struck through
          filter: (item: LegendItem) => !item.hidden,
        },
      },
      tooltip: { enabled: !print },
    },
  } satisfies ChartOptions
}

/**
 * A readable value axis: the tick step is 1, 2, 2.5 or 5 × a power of ten (at most 8 ticks) and the maximum a
 * multiple of it, with headroom for the value labels.
 */
export function niceScale(max: number): { max: number, step: number } {
  const target = Math.max(max, 1) * 1.14
  const magnitude = 10 ** Math.floor(Math.log10(target))
  const step = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10].map(f => f * magnitude).find(s => Math.ceil(target / s) <= 8)!
  return { max: Math.ceil(target / step) * step, step }
}

/** An axis title in the deck's style. */
export function axisTitle(text: string | string[]) {
  return { display: true, text, color: INK.axis, font: { family: FONT_FAMILY, size: 12, weight: 600 as const } }
}

/** Tick style shared by every axis. */
export const TICKS = Object.freeze({ color: INK.axis, font: { family: FONT_FAMILY, size: 11 } })

/**
 * How many series/steps a figure shows: all in print, otherwise the first one plus one per click revealed.
 * `revealed` may be undefined (no click steps wanted) → everything.
 */
export function shownCount(total: number, revealed: number | undefined, print = false): number {
  if (print || revealed === undefined) return total
  return Math.max(1, Math.min(total, 1 + Math.max(0, Math.floor(revealed))))
}

/** English ordinals for unlabelled columns: 1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const mod100 = n % 100
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}

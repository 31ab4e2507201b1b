/**
 * Small Chart.js plugins shared by the figures. Each one reads what it draws from options.plugins.<id>, which the
 * pure config builders fill in, so tests check the values that will be drawn without a canvas.
 *
 * - valueLabels: the printed value next to each bar or point ("148", "38.7%", "NR").
 * - intervals: 95% confidence intervals as whiskers with caps (vertical or horizontal).
 * - band: a shaded range along one axis with its label (e.g. the printed "5y OS: 27 – 53%").
 * - textMarkers: text at data coordinates, e.g. "NR" where a value is not reported (never a zero point).
 */
import type { Chart, Plugin, Scale } from 'chart.js'
import { FONT_FAMILY, INK } from './theme'

export interface ValueLabelsOptions {
  /** One label per data point, [dataset][index]; null or '' draws nothing. */
  labels: (string | null)[][]
  /** Where the label goes relative to the element: above a vertical bar, right (or left) of a horizontal bar or point. */
  position?: 'top' | 'right'
  /** Per-dataset override of `position`, e.g. to keep two nearby points' labels apart. */
  positions?: ('top' | 'right' | 'left')[]
  /**
   * Optional value (in the value axis's units) where each label starts instead of the element's end, e.g. the
   * upper 95% CI bound so the label clears the whisker. [dataset][index].
   */
  anchors?: (number | null)[][]
  fontSize?: number
}

export interface IntervalsOptions {
  /** [low, high] per data point, [dataset][index], in the value axis's units; null draws nothing. */
  intervals: ([number, number] | null)[][]
  /** Axis of the values: 'y' for vertical whiskers (category x axis), 'x' for horizontal ones. */
  axis?: 'x' | 'y'
  capWidth?: number
}

export interface BandOptions {
  axis: 'x' | 'y'
  from: number
  to: number
  label?: string
  color?: string
  /** Scale id of the axis (default 'x' or 'y'). */
  scaleId?: string
}

export interface TextMarker {
  x: number
  y: number
  text: string
  align?: 'left' | 'center' | 'right'
}

export interface TextMarkersOptions {
  items: TextMarker[]
  xScaleId?: string
  yScaleId?: string
}

function font(size = 12, weight = 600): string {
  return `${weight} ${size}px ${FONT_FAMILY}`
}

function elementRadius(element: unknown): number {
  const radius = (element as { options?: { radius?: number } }).options?.radius
  return typeof radius === 'number' ? radius : 0
}

export const valueLabelsPlugin: Plugin<any, ValueLabelsOptions> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart, _args, options) {
    if (!options?.labels) return
    const { ctx } = chart
    ctx.save()
    ctx.font = font(options.fontSize ?? 12)
    ctx.fillStyle = INK.text
    options.labels.forEach((labels, datasetIndex) => {
      if (!chart.isDatasetVisible(datasetIndex)) return
      const position = options.positions?.[datasetIndex] ?? options.position ?? 'top'
      const side = position !== 'top'
      ctx.textAlign = position === 'right' ? 'left' : position === 'left' ? 'right' : 'center'
      ctx.textBaseline = side ? 'middle' : 'bottom'
      const meta = chart.getDatasetMeta(datasetIndex)
      const valueScale = side ? meta.xScale : meta.yScale
      meta.data.forEach((element, i) => {
        const text = labels?.[i]
        if (!text) return
        let { x, y } = element.getProps(['x', 'y'], true) as { x: number, y: number }
        if (!Number.isFinite(x) || !Number.isFinite(y)) return
        const anchor = options.anchors?.[datasetIndex]?.[i]
        let gap = elementRadius(element) + 4
        if (anchor != null && valueScale) {
          if (side) x = valueScale.getPixelForValue(anchor)
          else y = valueScale.getPixelForValue(anchor)
          gap = 6
        }
        if (position === 'right') ctx.fillText(text, x + gap, y)
        else if (position === 'left') ctx.fillText(text, x - gap, y)
        else ctx.fillText(text, x, y - Math.max(3, gap))
      })
    })
    ctx.restore()
  },
}

export const intervalsPlugin: Plugin<any, IntervalsOptions> = {
  id: 'intervals',
  afterDatasetsDraw(chart: Chart, _args, options) {
    if (!options?.intervals) return
    const { ctx } = chart
    const vertical = (options.axis ?? 'y') === 'y'
    const cap = options.capWidth ?? 8
    ctx.save()
    options.intervals.forEach((intervals, datasetIndex) => {
      if (!chart.isDatasetVisible(datasetIndex)) return
      const meta = chart.getDatasetMeta(datasetIndex)
      const scale = vertical ? meta.yScale : meta.xScale
      if (!scale) return
      meta.data.forEach((element, i) => {
        const ci = intervals?.[i]
        if (!ci) return
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number, y: number }
        const lo = scale.getPixelForValue(ci[0])
        const hi = scale.getPixelForValue(ci[1])
        const path = () => {
          ctx.beginPath()
          if (vertical) {
            ctx.moveTo(x, lo); ctx.lineTo(x, hi)
            ctx.moveTo(x - cap / 2, lo); ctx.lineTo(x + cap / 2, lo)
            ctx.moveTo(x - cap / 2, hi); ctx.lineTo(x + cap / 2, hi)
          }
          else {
            ctx.moveTo(lo, y); ctx.lineTo(hi, y)
            ctx.moveTo(lo, y - cap / 2); ctx.lineTo(lo, y + cap / 2)
            ctx.moveTo(hi, y - cap / 2); ctx.lineTo(hi, y + cap / 2)
          }
        }
        // dark whisker on a white halo: visible over a solid bar, a light bar and the background alike
        path()
        ctx.strokeStyle = '#ffffff'
        ctx.lineWidth = 4.5
        ctx.stroke()
        path()
        ctx.strokeStyle = INK.text
        ctx.lineWidth = 2
        ctx.stroke()
      })
    })
    ctx.restore()
  },
}

export const bandPlugin: Plugin<any, BandOptions> = {
  id: 'band',
  beforeDatasetsDraw(chart: Chart, _args, options) {
    if (!options || !Number.isFinite(options.from) || !Number.isFinite(options.to)) return
    const scale = chart.scales[options.scaleId ?? options.axis] as Scale | undefined
    if (!scale) return
    const { ctx, chartArea } = chart
    const a = scale.getPixelForValue(options.from)
    const b = scale.getPixelForValue(options.to)
    ctx.save()
    ctx.fillStyle = options.color ?? 'rgba(86, 180, 233, 0.22)'
    if (options.axis === 'x') ctx.fillRect(Math.min(a, b), chartArea.top, Math.abs(b - a), chartArea.bottom - chartArea.top)
    else ctx.fillRect(chartArea.left, Math.min(a, b), chartArea.right - chartArea.left, Math.abs(b - a))
    if (options.label) {
      ctx.font = font(11)
      ctx.fillStyle = INK.muted
      ctx.textBaseline = 'top'
      if (options.axis === 'x') {
        ctx.textAlign = 'center'
        ctx.fillText(options.label, (a + b) / 2, chartArea.top + 2)
      }
      else {
        ctx.textAlign = 'right'
        ctx.fillText(options.label, chartArea.right - 4, Math.min(a, b) + 2)
      }
    }
    ctx.restore()
  },
}

export const textMarkersPlugin: Plugin<any, TextMarkersOptions> = {
  id: 'textMarkers',
  afterDatasetsDraw(chart: Chart, _args, options) {
    if (!options?.items?.length) return
    const xScale = chart.scales[options.xScaleId ?? 'x']
    const yScale = chart.scales[options.yScaleId ?? 'y']
    if (!xScale || !yScale) return
    const { ctx } = chart
    ctx.save()
    ctx.font = font(11, 500)
    ctx.fillStyle = INK.muted
    ctx.textBaseline = 'middle'
    for (const item of options.items) {
      ctx.textAlign = item.align ?? 'center'
      ctx.fillText(item.text, xScale.getPixelForValue(item.x), yScale.getPixelForValue(item.y))
    }
    ctx.restore()
  },
}

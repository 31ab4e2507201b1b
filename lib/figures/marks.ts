/**
 * What the figures print on their charts, as options of two Chart.js plugins (the config builders put them in
 * options.plugins.datalabels and options.plugins.annotation, so tests read what will be drawn without a canvas):
 *
 * - value labels ("148", "38.7%"): chartjs-plugin-datalabels, next to the bar or point they label;
 * - a shaded range with its label (the printed "5y OS: 27 – 53%"): a box annotation with a label;
 * - text at data coordinates ("NR" where a value is not reported, never a zero point): label annotations.
 *
 * Datalabels goes in the `plugins` array of the charts that print values (it labels nothing anywhere else); the
 * annotation plugin has to be registered (its element types register in its afterRegister hook, which an inline
 * plugin never runs), which components/figures/Figure.vue does, and draws nothing where no annotation is given.
 * Pure: no DOM, no registration.
 */
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import type { Context } from 'chartjs-plugin-datalabels'
import type { Options as DataLabelsOptions } from 'chartjs-plugin-datalabels/types/options'
import { FONT_FAMILY, INK } from './theme'

/** Where a value label sits: above a vertical bar, or right/left of a horizontal bar or a point. */
export type LabelSide = 'top' | 'right' | 'left'

export interface ValueLabelsSpec {
  /** One label per data point, [dataset][index]; null or '' prints nothing. */
  texts: (string | null)[][]
  /** Side of the element: for every label, one per series, or one per label ([dataset][index]). */
  side: LabelSide | LabelSide[] | LabelSide[][]
  /** 'bar': from the bar's end; 'point': from the point's centre, past its radius. */
  element: 'bar' | 'point'
  fontSize?: number
}

/** Gap (px) between an element and its label. */
const GAP = 4

function font(size: number, weight: number) {
  return { family: FONT_FAMILY, size, weight }
}

/** The element's radius (a bubble's r, a scatter point's pointRadius), read from the chart as it is drawn. */
function pointRadius(context: Context): number {
  const element = context.chart.getDatasetMeta(context.datasetIndex).data[context.dataIndex] as { options?: { radius?: unknown } } | undefined
  const radius = element?.options?.radius
  return typeof radius === 'number' ? radius : 0
}

/** chartjs-plugin-datalabels options that print `texts` next to their elements, in the deck's ink. */
export function valueLabels({ texts, side, element, fontSize = 12 }: ValueLabelsSpec): DataLabelsOptions {
  const sideOf = ({ datasetIndex, dataIndex }: Context): LabelSide => {
    if (!Array.isArray(side)) return side
    const series = side[datasetIndex]
    return (Array.isArray(series) ? series[dataIndex] : series) ?? 'top'
  }
  const text = (context: Context) => texts[context.datasetIndex]?.[context.dataIndex] || null
  return {
    display: context => text(context) !== null,
    formatter: (_value, context) => text(context),
    anchor: element === 'bar' ? 'end' : 'center',
    align: context => sideOf(context),
    offset: element === 'bar' ? GAP : context => pointRadius(context) + GAP,
    padding: 0,
    color: INK.text,
    font: font(fontSize, 600),
    clamp: false,
    clip: false,
  }
}

/**
 * Centre of a bar along the category axis, in category units (Chart.js's grouped bars: the group is
 * `categoryPercentage` of a category wide, split evenly between the series). A label drawn on a bar uses it as its
 * value on the category axis.
 */
export function groupedBarCentre(category: number, series: number, seriesCount: number, categoryPercentage: number): number {
  const slot = categoryPercentage / seriesCount
  return category - categoryPercentage / 2 + slot * (series + 0.5)
}

export interface TextMark {
  x: number
  y: number
  text: string
  /** Which side of (x, y) the text starts from: 'left' = the text begins at x. */
  align?: 'left' | 'center' | 'right'
  /** Shift in px along x (e.g. to clear a whisker's cap). */
  xAdjust?: number
  fontSize?: number
  /** 600 for a value, 500 (muted) for a marker such as "NR". */
  weight?: 500 | 600
}

/** Text at data coordinates, as a label annotation (no box, no padding). */
export function textAnnotation({ x, y, text, align = 'center', xAdjust = 0, fontSize = 11, weight = 500 }: TextMark): AnnotationOptions<'label'> {
  return {
    type: 'label',
    xValue: x,
    yValue: y,
    content: text,
    position: { x: align === 'left' ? 'start' : align === 'right' ? 'end' : 'center', y: 'center' },
    xAdjust,
    padding: 0,
    backgroundColor: 'transparent',
    borderWidth: 0,
    color: weight === 600 ? INK.text : INK.muted,
    font: font(fontSize, weight),
    drawTime: 'afterDatasetsDraw',
  }
}

export interface Band {
  axis: 'x' | 'y'
  from: number
  to: number
  label?: string
  color?: string
}

/** A shaded range across the chart along one axis, under the data, with its label at the top (x) or right (y). */
export function bandAnnotation({ axis, from, to, label, color = 'rgba(86, 180, 233, 0.22)' }: Band): AnnotationOptions<'box'> {
  return {
    type: 'box',
    ...(axis === 'x' ? { xMin: from, xMax: to } : { yMin: from, yMax: to }),
    backgroundColor: color,
    borderWidth: 0,
    drawTime: 'beforeDatasetsDraw',
    label: {
      display: Boolean(label),
      content: label ?? '',
      position: axis === 'x' ? { x: 'center', y: 'start' } : { x: 'end', y: 'start' },
      padding: { top: 2, right: 4, bottom: 0, left: 4 },
      color: INK.muted,
      font: font(11, 600),
    },
  }
}

/** The annotations of a chart, by key (options.plugins.annotation.annotations). */
export type Annotations = Record<string, AnnotationOptions>

/**
 * Resection of breast cancer liver metastases, the ten published series: 5-year survival (%) and median survival
 * (months) by series, as two panels sharing the series rows; point area proportional to the number of patients.
 * The printed "5y OS: 27 – 53%" range is shaded on the 5-year panel (a box annotation). "NR" (not reported) is an
 * absent point with the letters NR at its row (a label annotation), never a zero; the other values are printed beside
 * their points (datalabels). Click steps: 5-year panel first, then medians.
 */
import type { ChartConfiguration, Plugin, Scale, TooltipItem } from 'chart.js'
import ChartDataLabels from 'chartjs-plugin-datalabels'
import { blmSeries } from '../../data/blmSeries'
import { formatNumber, formatRange } from '../deck/format'
import { bandAnnotation, textAnnotation, valueLabels, type Annotations } from './marks'
import { axisTitle, baseOptions, INK, OKABE_ITO, shownCount, TICKS, type FigureOptions } from './theme'
import type { FigureDefinition } from './figure'
import { buildTable } from './tables'

type Reported = number | 'NR'

export interface BlmDataset {
  id: string
  source: { citation: string }
  rows: readonly { author: string, year: number, period: string, patients: number, medianMonths: Reported, threeYearPct: Reported, fiveYearPct: Reported }[]
  printedRanges: { fiveYearOsPct: { min: number, max: number }, medianMonths: { min: number, max: number } }
}

export type BlmPanel = 'fiveYear' | 'median'

export interface BlmPoint {
  x: number
  /** Row index (0 = first series of the table). */
  y: number
  /** Radius in px: area proportional to the number of patients. */
  r: number
}

export interface BlmFigure {
  /** "Pocard 2000 (n = 52)": the two Adam 2006 series differ by n. */
  rowLabels: string[]
  patients: number[]
  panels: Record<BlmPanel, {
    title: string
    axisTitle: string
    max: number
    /** One point per reported value, in row order (NR rows have none). */
    points: BlmPoint[]
    printed: string[]
    /** Rows whose value is NR. */
    notReported: number[]
  }>
  range: { min: number, max: number, label: string }
  ariaLabels: Record<BlmPanel, string>
  notes: string[]
  source: string
}

/** Largest point radius (px), for the largest series; area ∝ n. */
const MAX_RADIUS = 13
const MIN_RADIUS = 3

/**
 * Side of each point's label: right, unless a large point (the 454-patient series) sits just right of it on the next
 * row up or down, reaching into its row: then left (Adam 2006's 85-patient series, above it).
 */
export function labelSides(points: readonly BlmPoint[], axisMax: number): ('left' | 'right')[] {
  return points.map(p => (points.some(q => Math.abs(q.y - p.y) === 1 && q.r >= MAX_RADIUS / 2 && q.x > p.x && q.x - p.x < 0.2 * axisMax) ? 'left' : 'right'))
}

export function radiusFor(patients: number, maxPatients: number): number {
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(patients / maxPatients))
}

function reported(dataset: BlmDataset, row: number, field: 'medianMonths' | 'fiveYearPct'): number | null {
  const value = dataset.rows[row][field]
  if (value === 'NR') return null
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new Error(`data/${dataset.id}.ts: rows[${row}].${field} must be a number or "NR", got ${JSON.stringify(value)}`)
  return value
}

export function blmFigure(dataset: BlmDataset = blmSeries): BlmFigure {
  const maxPatients = Math.max(...dataset.rows.map(r => r.patients))
  const panel = (field: 'medianMonths' | 'fiveYearPct', unit: string) => {
    const points: BlmPoint[] = []
    const printed: string[] = []
    const notReported: number[] = []
    dataset.rows.forEach((row, i) => {
      const value = reported(dataset, i, field)
      if (value === null) { notReported.push(i); return }
      points.push({ x: value, y: i, r: radiusFor(row.patients, maxPatients) })
      printed.push(`${formatNumber(value)}${unit}`)
    })
    return { points, printed, notReported }
  }
  const fiveYear = panel('fiveYearPct', '%')
  const median = panel('medianMonths', ' mo')
  const range = dataset.printedRanges.fiveYearOsPct
  const rangeText = formatRange(range.min, range.max, { unit: '%' })
  const medianMax = Math.max(...median.points.map(p => p.x))
  const nrNames = (rows: number[]) => rows.map(i => `${dataset.rows[i].author} ${dataset.rows[i].year}`).join(' and ')
  return {
    rowLabels: dataset.rows.map(r => `${r.author} ${r.year} (n = ${r.patients})`),
    patients: dataset.rows.map(r => r.patients),
    panels: {
      fiveYear: { title: '5-yr survival', axisTitle: '5-year survival (%)', max: 70, ...fiveYear },
      median: { title: 'Median survival', axisTitle: 'Median survival (months)', max: Math.ceil(medianMax * 1.3 / 20) * 20, ...median },
    },
    range: { min: range.min, max: range.max, label: `printed range ${rangeText}` },
    ariaLabels: {
      fiveYear: `Resection of breast cancer liver metastases, ${dataset.rows.length} series: 5-year survival from ${formatNumber(Math.min(...fiveYear.points.map(p => p.x)))}% to ${formatNumber(Math.max(...fiveYear.points.map(p => p.x)))}% (printed range 5y OS ${rangeText}); not reported for ${nrNames(fiveYear.notReported)}.`,
      median: `Median survival by series from ${formatNumber(Math.min(...median.points.map(p => p.x)))} to ${formatNumber(medianMax)} months.`,
    },
    notes: [
      `Point area proportional to the number of patients. NR: not reported (no point). Shaded: the printed "5y OS: ${rangeText}".`,
      `The printed "Median: ${formatRange(dataset.printedRanges.medianMonths.min, dataset.printedRanges.medianMonths.max, { unit: 'mo' })}" differs from the table's medians; the text does not explain why.`,
    ],
    source: dataset.source.citation,
  }
}

export interface BlmConfigOptions extends FigureOptions {
  /** Clicks revealed: 0 shows the 5-year panel only, 1 adds the medians (undefined: both). */
  revealed?: number
}

const PANELS: BlmPanel[] = ['fiveYear', 'median']

/**
 * The shaded printed range (5-year panel only, under the points) and "NR" at the start of each row whose value is not
 * reported (drawn once the panel is shown): chartjs-plugin-annotation box and label annotations, keyed `band`, `nr:<row>`.
 */
function blmAnnotations(figure: BlmFigure, panelKey: BlmPanel, shown: boolean): Annotations {
  const panel = figure.panels[panelKey]
  const annotations: Annotations = {}
  if (panelKey === 'fiveYear')
    annotations.band = bandAnnotation({ axis: 'x', from: figure.range.min, to: figure.range.max, label: figure.range.label, color: 'rgba(86, 180, 233, 0.2)' })
  // hidden rather than left out before the panel is shown: the plugin pairs its elements with annotations by position
  for (const row of panel.notReported)
    annotations[`nr:${row}`] = { ...textAnnotation({ x: panel.max * 0.04, y: row, text: 'NR', align: 'left' }), display: shown }
  return annotations
}

export function buildBlmConfig(
  figure: BlmFigure,
  panelKey: BlmPanel,
  { print = false, revealed }: BlmConfigOptions = {},
): ChartConfiguration<'bubble'> & { plugins: Plugin<'bubble'>[] } {
  const panel = figure.panels[panelKey]
  const shown = PANELS.indexOf(panelKey) < shownCount(PANELS.length, revealed, print)
  const base = baseOptions({ print })
  const rows = figure.rowLabels.length
  const color = panelKey === 'fiveYear' ? OKABE_ITO.blue : OKABE_ITO.vermillion
  const plugins: NonNullable<ChartConfiguration<'bubble'>['options']>['plugins'] = {
    ...base.plugins,
    legend: { display: false },
    title: { display: true, text: panel.title, color: INK.text, font: { size: 13, weight: 600 }, padding: { bottom: 4 } },
    tooltip: {
      ...base.plugins!.tooltip,
      callbacks: {
        label: (item: TooltipItem<'bubble'>) => `${figure.rowLabels[(item.raw as BlmPoint).y]}: ${panel.printed[item.dataIndex]}`,
      },
    },
    datalabels: valueLabels({ texts: [shown ? panel.printed : []], side: [labelSides(panel.points, panel.max)], element: 'point', fontSize: 11 }),
    annotation: { annotations: blmAnnotations(figure, panelKey, shown) },
  }
  return {
    type: 'bubble',
    data: {
      datasets: [{
        label: panel.title,
        data: panel.points.map(p => ({ ...p })),
        backgroundColor: panelKey === 'fiveYear' ? 'rgba(0, 114, 178, 0.55)' : 'rgba(213, 94, 0, 0.4)',
        borderColor: color,
        borderWidth: 1.5,
        pointStyle: panelKey === 'fiveYear' ? 'circle' : 'rectRot',
        hidden: !shown,
      }],
    },
    options: {
      ...base,
      layout: { padding: { right: 6, top: 0 } },
      scales: {
        x: {
          min: 0,
          max: panel.max,
          ticks: { ...TICKS, stepSize: panelKey === 'fiveYear' ? 10 : 20 },
          grid: { color: INK.grid },
          title: axisTitle(panel.axisTitle),
        },
        y: {
          // one row per series, first series at the top
          min: -0.6,
          max: rows - 0.4,
          reverse: true,
          afterBuildTicks: (axis: Scale) => { axis.ticks = figure.rowLabels.map((_, i) => ({ value: i })) },
          ticks: {
            ...TICKS,
            display: panelKey === 'fiveYear',
            autoSkip: false,
            callback: (value: number | string) => figure.rowLabels[Number(value)] ?? '',
          },
          grid: { color: INK.grid },
        },
      },
      plugins,
    },
    plugins: [ChartDataLabels],
  }
}

/** <Figure id="blm-series" />: the 5-year panel, then the medians on the next click; the series' table printed under them. */
export function blmDefinition(): FigureDefinition {
  const figure = blmFigure()
  return {
    id: 'blm-series',
    panels: (['fiveYear', 'median'] as const).map(panel => ({
      ariaLabel: figure.ariaLabels[panel],
      config: options => buildBlmConfig(figure, panel, options),
    })),
    panelColumns: '1.45fr 1fr',
    panelGap: '0.75rem',
    steps: 1,
    table: buildTable('blm-series'),
    source: figure.source,
    notes: figure.notes,
    height: 300,
    showTable: true,
    printHeightLess: 90,
    tableDense: true,
  }
}

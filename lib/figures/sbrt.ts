/**
 * SBRT series (Arabiah 2022): local control, overall survival and PFS by study, one panel each (a measure is
 * parsed from its own column; local control alone would flatter a treatment the lecture does not rank as curative).
 * The table reports each rate at the horizons its study reports (1 to 5 years); each horizon is its own series (own point shape and legend entry), so horizons are never
 * mixed silently. Rates are parsed from the printed cells ("1-year: 95% 2-year: 92%"); anything else in the cell
 * ("Median: 18 Mo") is not a rate and is listed in a note. Row labels carry dose/fractions and follow-up, so they
 * are on the slide in print too (the tooltip repeats them with cases and lesions).
 * Click steps: 1-year first, then the longer horizons.
 */
import { Chart, type ChartConfiguration, type Plugin, type Scale, type TooltipItem } from 'chart.js'
import ChartDataLabels from 'chartjs-plugin-datalabels'
import { sbrt2022 } from '../../data/sbrt2022'
import { formatNumber } from '../deck/format'
import { valueLabels } from './marks'
import { axisTitle, baseOptions, INK, seriesStyle, shownCount, TICKS, type FigureOptions } from './theme'
import type { FigureDefinition } from './figure'
import { buildTable } from './tables'

export interface SbrtDataset {
  id: string
  source: { citation: string }
  rows: readonly {
    cells: { study: string, design: string, caseAndLesions: string, doseFractions: string, followUp: string, localControl: string, overallSurvival?: string, pfs?: string }
    localControl1yPct: number | null
  }[]
}

export interface LocalControlRate {
  years: number
  pct: number
}

const RATE = /(\d+)-year:\s*(\d+(?:\.\d+)?)%/g

/** "1-year: 71.9% 3-year: 61.2%" → [{ years: 1, pct: 71.9 }, { years: 3, pct: 61.2 }], and what is left over. */
export function parseLocalControl(cell: string): { rates: LocalControlRate[], other: string } {
  const rates = [...cell.matchAll(RATE)].map(m => ({ years: Number(m[1]), pct: Number(m[2]) }))
  const other = cell.replace(RATE, '').replace(/\s+/g, ' ').trim()
  return { rates, other }
}

export interface SbrtPoint {
  x: number
  /** Row index, first study at the top. */
  y: number
}

export interface SbrtHorizon {
  years: number
  label: string
  points: SbrtPoint[]
  printed: string[]
}

export interface SbrtFigure {
  studies: string[]
  /** Two-line row labels: study, then "Dose/fx <dose (Gy)/fractions> · FU <follow-up>" as printed. */
  rowLabels: string[][]
  details: string[]
  horizons: SbrtHorizon[]
  ariaLabel: string
  notes: string[]
  source: string
}

/** The table's columns that print rates at horizons, with the words the figure uses for them. */
const SBRT_MEASURES = {
  localControl: { column: 'Local control', label: 'local control' },
  overallSurvival: { column: 'Overall survival', label: 'overall survival' },
  pfs: { column: 'PFS', label: 'PFS' },
} as const
export type SbrtMeasure = keyof typeof SBRT_MEASURES

export function sbrtFigure(dataset: SbrtDataset = sbrt2022, measure: SbrtMeasure = 'localControl'): SbrtFigure {
  const { label: measureLabel, column } = SBRT_MEASURES[measure]
  const parsed = dataset.rows.map((row, i) => {
    const p = parseLocalControl(row.cells[measure] ?? 'NA')
    const oneYear = p.rates.find(r => r.years === 1)?.pct ?? null
    if (measure === 'localControl' && oneYear !== row.localControl1yPct)
      throw new Error(`data/${dataset.id}.ts: rows[${i}].localControl1yPct (${row.localControl1yPct}) does not match the printed cell "${row.cells.localControl}"`)
    return p
  })
  const years = [...new Set(parsed.flatMap(p => p.rates.map(r => r.years)))].sort((a, b) => a - b)
  const horizons = years.map((y): SbrtHorizon => {
    const points: SbrtPoint[] = []
    const printed: string[] = []
    parsed.forEach((p, row) => {
      const rate = p.rates.find(r => r.years === y)
      if (rate) { points.push({ x: rate.pct, y: row }); printed.push(`${formatNumber(rate.pct)}%`) }
    })
    return { years: y, label: `${y}-year ${measureLabel}`, points, printed }
  })
  const studies = dataset.rows.map(r => r.cells.study)
  const other = parsed.map((p, i) => (p.other && p.other !== 'NA' ? `${studies[i]}: "${p.other}"` : '')).filter(Boolean)
  const notPrinted = parsed.map((p, i) => (p.other === 'NA' ? studies[i] : '')).filter(Boolean)
  const describe = (h: SbrtHorizon) => h.points.map((p, i) => `${studies[p.y]} ${h.printed[i]}`).join(', ')
  return {
    studies,
    rowLabels: dataset.rows.map(r => [r.cells.study, `Dose/fx ${r.cells.doseFractions} · FU ${r.cells.followUp}`]),
    details: dataset.rows.map(r => `${r.cells.design}, ${r.cells.caseAndLesions}; dose ${r.cells.doseFractions} (Gy/fractions); follow-up ${r.cells.followUp}`),
    horizons,
    ariaLabel: `${column} after SBRT, ${studies.length} prospective series, by the horizon each study reports. ${horizons.map(h => `${h.label}: ${describe(h)}`).join('. ')}.`,
    notes: measure === 'localControl'
      ? [
          'Each study reports local control at its own horizon (1 to 4 years): point shapes show the horizon. Dose/fx: dose (Gy) / fractions; FU: follow-up.',
          ...(other.length ? [`Not plotted (not a rate): ${other.join('; ')}.`] : []),
        ]
      : [
          ...(other.length ? [`${column}, not plotted (not a rate): ${other.join('; ')}.`] : []),
          ...(notPrinted.length ? [`${column} NA (not available): ${notPrinted.join(', ')}.`] : []),
        ],
    source: dataset.source.citation,
  }
}

export interface SbrtConfigOptions extends FigureOptions {
  /** Clicks revealed: 0 shows the 1-year rates only, 1 adds the longer horizons (undefined: all). */
  revealed?: number
  /** Which column the panel draws (default local control). */
  measure?: SbrtMeasure
  /** Study names and dose/follow-up as y labels (the first panel); false: labels hidden, rows aligned. */
  rowLabels?: boolean
}

/** Horizon series shown: the 1-year series first, every longer horizon on the next click. */
function shownHorizons(figure: SbrtFigure, revealed: number | undefined, print: boolean): number {
  return shownCount(2, revealed, print) === 1 ? Math.min(1, figure.horizons.length) : figure.horizons.length
}

/** "2-year overall survival" → "2 yrs" (the legend of a panel; its axis title names the measure). */
export function legendText(label: string): string {
  const years = /^(\d+)-year /.exec(label)?.[1]
  return years ? `${years} ${years === '1' ? 'yr' : 'yrs'}` : label
}

/** Room a value label takes beside its point, as a share of the x axis's range (the narrowest panel's "35.9%"). */
const LABEL_ROOM = 0.2

/**
 * Side of each point's label, [horizon][point]: 1-year rates to the right, longer horizons to the left, unless another
 * point of the same study lies within a label's room on that side (Hong T 2017's 3-year overall survival sits just
 * left of its 2-year rate): then the other side.
 */
export function sbrtLabelSides(figure: SbrtFigure, axisRange: number): ('left' | 'right')[][] {
  const room = LABEL_ROOM * axisRange
  return figure.horizons.map((h, i) => h.points.map((p) => {
    const others = figure.horizons.flatMap((o, j) => (j === i ? [] : o.points.filter(q => q.y === p.y).map(q => q.x)))
    const crowded = (side: 'left' | 'right') => others.some(x => (side === 'right' ? x > p.x && x - p.x < room : x < p.x && p.x - x < room))
    const preferred = i === 0 ? 'right' : 'left'
    const other = preferred === 'right' ? 'left' : 'right'
    return crowded(preferred) && !crowded(other) ? other : preferred
  }))
}

export function buildSbrtConfig(
  figure: SbrtFigure,
  { print = false, revealed, measure = 'localControl', rowLabels = true }: SbrtConfigOptions = {},
): ChartConfiguration<'scatter'> & { plugins: Plugin<'scatter'>[] } {
  const shown = shownHorizons(figure, revealed, print)
  const { column } = SBRT_MEASURES[measure]
  const base = baseOptions({ print })
  const rows = figure.studies.length
  const xMin = measure === 'localControl' ? 50 : 0
  return {
    type: 'scatter',
    data: {
      datasets: figure.horizons.map((h, i) => {
        const style = seriesStyle(i)
        return {
          label: h.label,
          data: h.points.map(p => ({ ...p })),
          backgroundColor: i === 0 ? style.color : '#ffffff',
          borderColor: style.color,
          borderWidth: 2,
          pointStyle: style.pointStyle,
          pointRadius: 6,
          pointHoverRadius: 8,
          hidden: i >= shown,
        }
      }),
    },
    options: {
      ...base,
      layout: { padding: { right: 4 } },
      scales: {
        x: {
          // local control: a dot plot, the rates lie between 60 and 100% and a zero baseline would crush them;
          // survival and PFS run down to 13%: from 0
          min: xMin,
          max: 100,
          ticks: { ...TICKS, stepSize: measure === 'localControl' ? 10 : 25, callback: (value: number | string) => `${value}%` },
          grid: { color: INK.grid },
          title: axisTitle(measure === 'localControl' ? 'Local control (%), at the horizon each study reports' : `${column} (%), at each horizon printed`),
        },
        y: {
          min: -0.6,
          max: rows - 0.4,
          reverse: true,
          afterBuildTicks: (axis: Scale) => { axis.ticks = figure.studies.map((_, i) => ({ value: i })) },
          // in print the dose and follow-up stay in the table under the chart: one line a study
          ticks: { ...TICKS, font: { ...TICKS.font, size: print ? 9 : 10 }, autoSkip: false, display: rowLabels, callback: (value: number | string) => (print ? figure.studies[Number(value)] : figure.rowLabels[Number(value)]) ?? '' },
          grid: { color: INK.grid },
        },
      },
      plugins: {
        ...base.plugins,
        // three panels side by side: a compact legend ("1 yr", "2 yrs"…, the measure is the panel's axis title), on
        // one line in the narrow panels too: a legend on two lines lowers that panel's rows below the first panel's
        // study names
        legend: {
          ...base.plugins!.legend,
          align: 'center',
          labels: {
            ...base.plugins.legend.labels,
            font: { ...base.plugins.legend.labels.font, size: 10 },
            boxHeight: 6,
            padding: 8,
            generateLabels: (chart: Chart) => Chart.defaults.plugins.legend.labels.generateLabels(chart).map(item => ({ ...item, text: legendText(item.text) })),
          },
        },
        tooltip: {
          ...base.plugins!.tooltip,
          callbacks: {
            title: (items: TooltipItem<'scatter'>[]) => figure.studies[(items[0]?.raw as SbrtPoint)?.y] ?? '',
            label: (item: TooltipItem<'scatter'>) => {
              const h = figure.horizons[item.datasetIndex]
              return `${h.label}: ${h.printed[item.dataIndex]}`
            },
            afterLabel: (item: TooltipItem<'scatter'>) => figure.details[(item.raw as SbrtPoint).y],
          },
        },
        // 1-year labels right of the point, longer horizons left, so a study's rates never overlap
        datalabels: valueLabels({
          texts: figure.horizons.map(h => h.printed),
          side: sbrtLabelSides(figure, 100 - xMin),
          element: 'point',
          fontSize: 11,
        }),
      },
    },
    plugins: [ChartDataLabels],
  }
}

/**
 * <Figure id="sbrt" />: local control, overall survival and PFS by study, three panels on the same rows (1-year rates
 * first, longer horizons on the next click); dose/fractions and follow-up under each study name.
 */
export function sbrtDefinition(): FigureDefinition {
  const measures: SbrtMeasure[] = ['localControl', 'overallSurvival', 'pfs']
  const figures = measures.map(measure => ({ measure, figure: sbrtFigure(sbrt2022, measure) }))
  return {
    id: 'sbrt',
    panels: figures.map(({ measure, figure }, i) => ({
      ariaLabel: figure.ariaLabel,
      config: options => buildSbrtConfig(figure, { ...options, measure, rowLabels: i === 0 }),
    })),
    panelColumns: '2.1fr 1fr 1fr',
    panelGap: '0.5rem',
    steps: 1,
    table: buildTable('sbrt-series'),
    printColumns: ['study', 'localControl', 'overallSurvival', 'pfs'],
    source: figures[0].figure.source,
    // One line for what is not drawn (medians, NA cells): the full cells are on the previous slide and in the data table.
    notes: [
      'Each study reports its rates at its own horizons (1 to 5 years): point shapes show the horizon. Dose/fx: dose (Gy) / fractions; FU: follow-up.',
      'Not plotted: medians (Mo) and NA (not available) cells, as printed in the table of the previous slide and in the data table.',
    ],
    height: 330,
    printHeightLess: 60,
  }
}

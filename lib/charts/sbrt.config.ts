/**
 * SBRT series (Arabiah 2022): local control by study. The table reports 1-, 2-, 3- or 4-year local control
 * depending on the study; each horizon is its own series (own point shape and legend entry), so horizons are never
 * mixed silently. Rates are parsed from the printed cells ("1-year: 95% 2-year: 92%"); anything else in the cell
 * ("Median: 18 Mo") is not a rate and is listed in a note. Row labels carry dose/fractions and follow-up, so they
 * are on the slide in print too (the tooltip repeats them with cases and lesions).
 * Click steps: 1-year first, then the longer horizons.
 */
import type { ChartConfiguration, Plugin, TooltipItem } from 'chart.js'
import { sbrt2022 } from '../../data/sbrt2022'
import { formatNumber } from '../format'
import { valueLabelsPlugin, type ValueLabelsOptions } from './plugins'
import { axisTitle, baseOptions, INK, seriesStyle, shownCount, TICKS, type FigureOptions } from './theme'

export interface SbrtDataset {
  id: string
  source: { citation: string }
  rows: readonly {
    cells: { study: string, design: string, caseAndLesions: string, doseFractions: string, followUp: string, localControl: string }
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

export function sbrtFigure(dataset: SbrtDataset = sbrt2022): SbrtFigure {
  const parsed = dataset.rows.map((row, i) => {
    const p = parseLocalControl(row.cells.localControl)
    const oneYear = p.rates.find(r => r.years === 1)?.pct ?? null
    if (oneYear !== row.localControl1yPct)
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
    return { years: y, label: `${y}-year local control`, points, printed }
  })
  const studies = dataset.rows.map(r => r.cells.study)
  const other = parsed.map((p, i) => (p.other ? `${studies[i]}: "${p.other}"` : '')).filter(Boolean)
  const describe = (h: SbrtHorizon) => h.points.map((p, i) => `${studies[p.y]} ${h.printed[i]}`).join(', ')
  return {
    studies,
    rowLabels: dataset.rows.map(r => [r.cells.study, `Dose/fx ${r.cells.doseFractions} · FU ${r.cells.followUp}`]),
    details: dataset.rows.map(r => `${r.cells.design}, ${r.cells.caseAndLesions}; dose ${r.cells.doseFractions} (Gy/fractions); follow-up ${r.cells.followUp}`),
    horizons,
    ariaLabel: `Local control after SBRT, ${studies.length} prospective series, by the horizon each study reports. ${horizons.map(h => `${h.label}: ${describe(h)}`).join('. ')}.`,
    notes: [
      'Each study reports local control at its own horizon (1 to 4 years): point shapes show the horizon. Dose/fx: dose (Gy) / fractions; FU: follow-up.',
      ...(other.length ? [`Not plotted (not a rate): ${other.join('; ')}.`] : []),
    ],
    source: dataset.source.citation,
  }
}

export interface SbrtConfigOptions extends FigureOptions {
  /** Clicks revealed: 0 shows 1-year local control only, 1 adds the longer horizons (undefined: all). */
  revealed?: number
}

/** Horizon series shown: the 1-year series first, every longer horizon on the next click. */
export function shownHorizons(figure: SbrtFigure, revealed: number | undefined, print: boolean): number {
  return shownCount(2, revealed, print) === 1 ? Math.min(1, figure.horizons.length) : figure.horizons.length
}

export function buildSbrtConfig(
  figure: SbrtFigure,
  { print = false, revealed }: SbrtConfigOptions = {},
): ChartConfiguration<'scatter'> & { plugins: Plugin<'scatter'>[] } {
  const shown = shownHorizons(figure, revealed, print)
  const base = baseOptions<'scatter'>({ print })
  const rows = figure.studies.length
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
          // a dot plot: the rates lie between 60 and 100%, a zero baseline would crush them
          min: 50,
          max: 100,
          ticks: { ...TICKS, stepSize: 10, callback: (value: number | string) => `${value}%` },
          grid: { color: INK.grid },
          title: axisTitle('Local control (%), at the horizon each study reports'),
        },
        y: {
          min: -0.6,
          max: rows - 0.4,
          reverse: true,
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => { axis.ticks = figure.studies.map((_, i) => ({ value: i })) },
          ticks: { ...TICKS, font: { ...TICKS.font, size: 10 }, autoSkip: false, callback: (value: number | string) => figure.rowLabels[Number(value)] ?? '' },
          grid: { color: INK.grid },
        },
      },
      plugins: {
        ...base.plugins,
        legend: { ...base.plugins!.legend, align: 'center' },
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
        // 1-year labels right of the point, longer horizons left, so a study's two rates never overlap
        valueLabels: {
          position: 'right',
          positions: figure.horizons.map((_, i) => (i === 0 ? 'right' : 'left')),
          labels: figure.horizons.map(h => h.printed),
          fontSize: 11,
        } satisfies ValueLabelsOptions,
      } as Record<string, unknown>,
    } as ChartConfiguration<'scatter'>['options'],
    plugins: [valueLabelsPlugin],
  }
}

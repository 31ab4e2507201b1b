/**
 * EORTC/EPOC long-term overall survival (8.5-year follow-up): median OS (months) and OS at 5 years (%), ITT and
 * per protocol, as two small bar panels. The lecture prints each pair as "61 vs 54 months" without saying which
 * arm is which, so the series are the values in printed order unless data/ names the arms (`longTerm.armLabels`).
 * Click steps: ITT first, then per protocol.
 */
import type { ChartConfiguration, Plugin, TooltipItem } from 'chart.js'
import ChartDataLabels from 'chartjs-plugin-datalabels'
import { epoc2008 } from '../../data/epoc2008'
import { formatNumber, formatP } from '../deck/format'
import { valueLabels } from './marks'
import { axisTitle, baseOptions, INK, seriesStyle, shownCount, TICKS, type FigureOptions } from './theme'
import type { FigureDefinition } from './figure'
import { buildTable } from './tables'

type Pair = readonly number[]

export interface EpocLongTermDataset {
  id: string
  source: { citation: string }
  longTerm: {
    followUpYears: number
    osHr: number
    osP: number
    itt: { medianMonths: Pair, fiveYearPct: Pair }
    perProtocol: { medianMonths: Pair, fiveYearPct: Pair }
    /** Arm of the first and second printed value, when data/ knows it. */
    armLabels?: readonly string[]
  }
}

const EPOC_ANALYSES = ['ITT', 'Per protocol'] as const
const PRINTED_ORDER_LABELS = ['First value printed', 'Second value printed'] as const
const ARMS_NOT_GIVEN = 'The lecture does not say which arm each value belongs to: values in printed order ("61 vs 54 months").'

export type EpocPanel = 'median' | 'fiveYear'

export interface EpocLongTermFigure {
  /** Series labels: arms if known, else printed order. */
  series: string[]
  armsKnown: boolean
  panels: Record<EpocPanel, { title: string, unit: string, values: [number[], number[]], printed: [string[], string[]], digits: number }>
  ariaLabels: Record<EpocPanel, string>
  notes: string[]
  source: string
}

function pair(dataset: EpocLongTermDataset, path: string, values: Pair): [number, number] {
  if (values?.length !== 2 || !values.every(Number.isFinite))
    throw new Error(`data/${dataset.id}.ts: longTerm.${path} must be a pair of numbers (printed "a vs b"), got ${JSON.stringify(values)}`)
  return [values[0], values[1]]
}

export function epocLongTermFigure(dataset: EpocLongTermDataset = epoc2008): EpocLongTermFigure {
  const lt = dataset.longTerm
  const armsKnown = Array.isArray(lt.armLabels) && lt.armLabels.length === 2
  const series = armsKnown ? [...lt.armLabels!] : [...PRINTED_ORDER_LABELS]
  const panel = (key: 'medianMonths' | 'fiveYearPct', digits: number) => {
    const itt = pair(dataset, `itt.${key}`, lt.itt[key])
    const pp = pair(dataset, `perProtocol.${key}`, lt.perProtocol[key])
    // values[series][analysis]
    const values: [number[], number[]] = [[itt[0], pp[0]], [itt[1], pp[1]]]
    return { values, printed: values.map(v => v.map(x => formatNumber(x, { digits }))) as [string[], string[]] }
  }
  const median = panel('medianMonths', 0)
  const fiveYear = panel('fiveYearPct', 1)
  const vs = (v: [number[], number[]], i: number, unit: string, digits: number) =>
    `${formatNumber(v[0][i], { digits })} vs ${formatNumber(v[1][i], { digits })}${unit}`
  const hr = `HR ${formatNumber(lt.osHr)} (${formatP(lt.osP)})`
  return {
    series,
    armsKnown,
    panels: {
      median: { title: 'Median overall survival (months)', unit: ' months', ...median, digits: 0 },
      fiveYear: { title: 'Overall survival at 5 years (%)', unit: '%', ...fiveYear, digits: 1 },
    },
    ariaLabels: {
      median: `EORTC/EPOC at ${formatNumber(lt.followUpYears)} years of follow-up, median overall survival: ITT ${vs(median.values, 0, ' months', 0)}, per protocol ${vs(median.values, 1, ' months', 0)}. No improvement of OS, ${hr}.`,
      fiveYear: `EORTC/EPOC overall survival at 5 years: ITT ${vs(fiveYear.values, 0, '%', 1)}, per protocol ${vs(fiveYear.values, 1, '%', 1)}. No improvement of OS, ${hr}.`,
    },
    notes: [
      `No improvement of OS, ${hr}; follow-up ${formatNumber(lt.followUpYears)} yrs.`,
      ...(armsKnown ? [] : [ARMS_NOT_GIVEN]),
    ],
    // the lecture cites no publication for the 8.5-year update; the 2008 paper is the PFS result
    source: `EORTC/EPOC update at ${formatNumber(lt.followUpYears)} yrs of follow-up (no citation in the lecture; PFS: ${dataset.source.citation})`,
  }
}

export interface EpocConfigOptions extends FigureOptions {
  /** Clicks revealed: 0 shows ITT only, 1 adds per protocol (undefined: both). */
  revealed?: number
}

export function buildEpocLongTermConfig(
  figure: EpocLongTermFigure,
  panelKey: EpocPanel,
  { print = false, revealed }: EpocConfigOptions = {},
): ChartConfiguration<'bar'> & { plugins: Plugin<'bar'>[] } {
  const panel = figure.panels[panelKey]
  const shown = shownCount(EPOC_ANALYSES.length, revealed, print)
  const visible = <T>(values: T[]): (T | null)[] => values.map((v, i) => (i < shown ? v : null))
  const base = baseOptions({ print })
  const max = panelKey === 'fiveYear' ? 100 : Math.ceil(Math.max(...panel.values.flat()) * 1.2 / 10) * 10
  return {
    type: 'bar',
    data: {
      labels: [...EPOC_ANALYSES],
      datasets: figure.series.map((label, i) => {
        const style = seriesStyle(i)
        return {
          label,
          data: visible(panel.values[i]) as number[],
          backgroundColor: style.fill,
          borderColor: style.color,
          borderWidth: 2,
          borderSkipped: false,
          categoryPercentage: 0.7,
          barPercentage: 0.9,
        }
      }),
    },
    options: {
      ...base,
      layout: { padding: { top: 4 } },
      scales: {
        x: { grid: { display: false }, ticks: { ...TICKS, font: { ...TICKS.font, size: 12, weight: 600 } } },
        y: {
          min: 0,
          max,
          ticks: { ...TICKS, stepSize: panelKey === 'fiveYear' ? 20 : 10 },
          grid: { color: INK.grid },
          title: axisTitle(panelKey === 'fiveYear' ? 'OS at 5 years (%)' : 'Median OS (months)'),
        },
      },
      plugins: {
        ...base.plugins,
        title: { display: true, text: panel.title, color: INK.text, font: { size: 13, weight: 600 }, padding: { bottom: 2 } },
        legend: { ...base.plugins!.legend, align: 'center', labels: { ...base.plugins!.legend!.labels, usePointStyle: false, boxWidth: 14 } },
        tooltip: {
          ...base.plugins!.tooltip,
          callbacks: {
            label: (item: TooltipItem<'bar'>) => `${figure.series[item.datasetIndex]}: ${panel.printed[item.datasetIndex][item.dataIndex]}${panel.unit}`,
          },
        },
        datalabels: valueLabels({ texts: panel.printed.map(p => visible(p)), side: 'top', element: 'bar', fontSize: 13 }),
      },
    },
    plugins: [ChartDataLabels],
  }
}

/** <Figure id="epoc-long-term" />: median OS and 5-year OS side by side, ITT then per protocol (next click). */
export function epocLongTermDefinition(): FigureDefinition {
  const figure = epocLongTermFigure()
  return {
    id: 'epoc-long-term',
    panels: (['median', 'fiveYear'] as const).map(panel => ({
      ariaLabel: figure.ariaLabels[panel],
      config: options => buildEpocLongTermConfig(figure, panel, options),
    })),
    panelColumns: '1fr 1fr',
    panelGap: '1.5rem',
    steps: 1,
    table: buildTable('epoc-long-term'),
    source: figure.source,
    notes: figure.notes,
    height: 250,
  }
}

/**
 * JCOG0603: 5-year DFS and 5-year OS by arm with their 95% CIs, the DFS/OS discordance the lecture stresses.
 * Horizontal bars (hepatectomy alone solid, + mFOLFOX6 light) with their CI whiskers (chartjs-chart-error-bars) and the
 * printed rate at the whisker's end (a chartjs-plugin-annotation label: it sits at a data value, the CI's upper bound,
 * not at the bar's end, so it is not a datalabel). Click steps: DFS first, then OS.
 */
import type { ChartConfiguration, Plugin, TooltipItem } from 'chart.js'
import type {} from 'chartjs-chart-error-bars'
import { jcog0603 } from '../../data/jcog0603'
import { formatCi, formatHr, formatNumber, formatP, formatPercent } from '../deck/format'
import { groupedBarCentre, textAnnotation, type Annotations } from './marks'
import { axisTitle, baseOptions, INK, seriesStyle, shownCount, TICKS, type FigureOptions } from './theme'
import type { FigureDefinition } from './figure'
import { buildTable } from './tables'

type Rate = { fiveYearPct: number, ci95: readonly number[] }

export interface JcogDataset {
  id: string
  source: { citation: string }
  randomized: { hepatectomyAlone: number, chemotherapy: number }
  followUp: { updatedMonths: number }
  dfs: { hepatectomyAlone: Rate, chemotherapy: Rate, hr: number, hrCi95: readonly number[], pOneSided: number }
  os: { hepatectomyAlone: Rate, chemotherapy: Rate }
}

const JCOG_ENDPOINTS = ['5-year DFS', '5-year OS'] as const

export interface JcogArm {
  label: string
  /** [DFS, OS] in percent. */
  values: [number, number]
  ci: [[number, number], [number, number]]
  printed: [string, string]
}

export interface JcogFigure {
  endpoints: readonly string[]
  arms: [JcogArm, JcogArm]
  ariaLabel: string
  notes: string[]
  source: string
}

function checkRate(dataset: JcogDataset, path: string, rate: Rate): [number, number] {
  const [lo, hi] = rate.ci95 ?? []
  if (!(Number.isFinite(rate.fiveYearPct) && lo <= rate.fiveYearPct && rate.fiveYearPct <= hi && lo >= 0 && hi <= 100))
    throw new Error(`data/${dataset.id}.ts: ${path} must be a percentage inside its 95% CI, got ${rate.fiveYearPct} (${rate.ci95})`)
  return [lo, hi]
}

const pct = (rate: Rate) => `${formatPercent(rate.fiveYearPct, { digits: 1 })} (95% CI ${formatCi(rate.ci95, { digits: 1 })})`

export function jcogFigure(dataset: JcogDataset = jcog0603): JcogFigure {
  const arm = (key: 'hepatectomyAlone' | 'chemotherapy', label: string): JcogArm => ({
    label,
    values: [dataset.dfs[key].fiveYearPct, dataset.os[key].fiveYearPct],
    ci: [checkRate(dataset, `dfs.${key}`, dataset.dfs[key]), checkRate(dataset, `os.${key}`, dataset.os[key])],
    printed: [formatPercent(dataset.dfs[key].fiveYearPct, { digits: 1 }), formatPercent(dataset.os[key].fiveYearPct, { digits: 1 })],
  })
  const alone = arm('hepatectomyAlone', `Hepatectomy alone (n = ${dataset.randomized.hepatectomyAlone})`)
  const chemo = arm('chemotherapy', `Hepatectomy + mFOLFOX6 (n = ${dataset.randomized.chemotherapy})`)
  const d = dataset
  return {
    endpoints: JCOG_ENDPOINTS,
    arms: [alone, chemo],
    ariaLabel:
      `JCOG0603, 5-year rates with 95% CI. DFS: ${pct(d.dfs.hepatectomyAlone)} after hepatectomy alone versus ${pct(d.dfs.chemotherapy)} with mFOLFOX6. `
      + `OS: ${pct(d.os.hepatectomyAlone)} after hepatectomy alone versus ${pct(d.os.chemotherapy)} with mFOLFOX6. DFS did not correlate with OS.`,
    notes: [
      `DFS: HR ${formatHr(d.dfs.hr, d.dfs.hrCi95, { digits: 2 })}, one-sided ${formatP(d.dfs.pOneSided, { label: 'P', leadingZero: false })}. OS: no hazard ratio in the lecture text. Median follow-up ${formatNumber(d.followUp.updatedMonths)} months.`,
    ],
    source: d.source.citation,
  }
}

export interface JcogConfigOptions extends FigureOptions {
  /** Clicks revealed: 0 shows DFS only, 1 adds OS (undefined: both). */
  revealed?: number
}

/** Bars' share of a category (both arms) and of their slot; the rates sit on the bars' centres. */
const CATEGORY_PERCENTAGE = 0.74
const BAR_PERCENTAGE = 0.86

/**
 * A bar with its 95% CI, as chartjs-chart-error-bars reads it (x: the rate; xMin/xMax: the CI, once per stroke, see
 * CI_STYLE); an endpoint not yet revealed is null throughout, so neither bar nor whisker is drawn and the whisker
 * appears at its place (not sliding in) when it is revealed.
 */
export interface CiBar {
  x: number | null
  xMin: number[] | null
  xMax: number[] | null
}

/**
 * How the whiskers are stroked: each CI is given twice, and the library draws the second first, so a white line
 * (4.5 px) lies under the ink one (2 px) and the whisker stays visible over a solid bar, a light bar and the background
 * alike. Caps 8 px long whatever the chart's height (a ratio of the bar's height would shrink them in print).
 */
const CI_STYLE = {
  errorBarColor: { v: [INK.text, '#ffffff'] },
  errorBarLineWidth: { v: [2, 4.5] },
  errorBarWhiskerColor: { v: [INK.text, '#ffffff'] },
  errorBarWhiskerLineWidth: { v: [2, 4.5] },
  errorBarWhiskerRatio: 0,
  errorBarWhiskerSize: 8,
}

/**
 * The printed rate just past each CI's upper bound, keyed `rate:<arm>:<endpoint>`; those of an endpoint not yet
 * revealed are there with `display: false`. The list stays the same from step to step: the annotation plugin pairs its
 * elements with the annotations by position, and a shorter list would animate one arm's rate from another's.
 */
function rateAnnotations(figure: JcogFigure, shownEndpoints: number, fontSize: number): Annotations {
  const annotations: Annotations = {}
  figure.arms.forEach((arm, a) => {
    arm.ci.forEach(([, high], e) => {
      const at = groupedBarCentre(e, a, figure.arms.length, CATEGORY_PERCENTAGE)
      annotations[`rate:${a}:${e}`] = { ...textAnnotation({ x: high, y: at, text: arm.printed[e], align: 'left', xAdjust: 6, fontSize, weight: 600 }), display: e < shownEndpoints }
    })
  })
  return annotations
}

export function buildJcogConfig(
  figure: JcogFigure,
  { print = false, revealed }: JcogConfigOptions = {},
): ChartConfiguration<'barWithErrorBars', CiBar[]> & { plugins: Plugin<'barWithErrorBars'>[] } {
  const shownEndpoints = shownCount(figure.endpoints.length, revealed, print)
  const bars = (arm: JcogArm): CiBar[] => arm.values.map((value, e) => (e < shownEndpoints
    ? { x: value, xMin: [arm.ci[e][0], arm.ci[e][0]], xMax: [arm.ci[e][1], arm.ci[e][1]] }
    : { x: null, xMin: null, xMax: null }))
  const base = baseOptions({ print })
  // Print gives the chart less height (its table prints under it): smaller type, the legend beside the bars, so
  // both rows keep their label and room for the whiskers and rates.
  const font = (screen: number, printed: number) => ({ ...TICKS.font, size: print ? printed : screen })
  return {
    type: 'barWithErrorBars',
    data: {
      labels: [...figure.endpoints],
      datasets: figure.arms.map((arm, i) => {
        const style = seriesStyle(i)
        return {
          label: arm.label,
          data: bars(arm),
          backgroundColor: style.fill,
          borderColor: style.color,
          borderWidth: 2,
          borderSkipped: false,
          categoryPercentage: CATEGORY_PERCENTAGE,
          barPercentage: BAR_PERCENTAGE,
          ...CI_STYLE,
        }
      }),
    },
    options: {
      ...base,
      indexAxis: 'y',
      layout: { padding: { right: 8 } },
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { ...TICKS, font: font(11, 9), stepSize: 20, callback: value => `${value}%` },
          grid: { color: INK.grid },
          title: { ...axisTitle('Patients alive (OS) or alive without disease (DFS) at 5 years (%)'), font: { ...font(12, 10), weight: 600 }, padding: print ? 0 : 4 },
        },
        y: {
          grid: { display: false },
          ticks: { ...TICKS, autoSkip: false, font: { ...font(13, 11), weight: 600 } },
        },
      },
      plugins: {
        ...base.plugins,
        legend: {
          ...base.plugins!.legend,
          position: print ? 'right' : 'top',
          align: print ? 'center' : 'start',
          labels: { ...base.plugins!.legend!.labels, usePointStyle: false, boxWidth: print ? 10 : 14, font: font(12, 10), padding: print ? 6 : 10 },
        },
        tooltip: {
          ...base.plugins!.tooltip,
          callbacks: {
            label: (item: TooltipItem<'barWithErrorBars'>) => {
              const arm = figure.arms[item.datasetIndex]
              const [lo, hi] = arm.ci[item.dataIndex]
              return `${arm.label}: ${arm.printed[item.dataIndex]} (95% CI ${formatCi([lo, hi], { digits: 1 })})`
            },
          },
        },
        // a rate printed near the end of the axis is not cut at the chart area
        annotation: { clip: false, annotations: rateAnnotations(figure, shownEndpoints, print ? 11 : 13) },
      },
    },
    plugins: [],
  }
}

/** <Figure id="jcog0603" />: 5-year DFS first, OS on the next click. */
export function jcogDefinition(): FigureDefinition {
  const figure = jcogFigure()
  return {
    id: 'jcog0603',
    panels: [{ ariaLabel: figure.ariaLabel, config: options => buildJcogConfig(figure, options) }],
    steps: 1,
    table: buildTable('jcog0603'),
    source: figure.source,
    notes: figure.notes,
    height: 250,
  }
}

/**
 * Numbers-at-risk figures (EPOC, the four LiverMetSurvey single-metachronous tables, CLOCC, Paul Brousse BLM):
 * grouped bars, one bar per arm and printed column, the printed count above each bar (chartjs-plugin-datalabels).
 *
 * Columns are labelled as the lecture labels them ("Total", "1 yr" … "5 yrs"; "Total", "3 years" …). Where the text
 * gives no time points (EPOC, CLOCC) the columns are "N" then the "1st … nth reported time point", and the figure
 * says the time points are not given: bars, not lines, so no spacing in time is implied.
 */
import type { ChartConfiguration, Plugin, TooltipItem } from 'chart.js'
import ChartDataLabels from 'chartjs-plugin-datalabels'
import { datasets } from '../../data/index'
import { formatNumber } from '../deck/format'
import type { TableId } from './tables'
import { valueLabels } from './marks'
import { axisTitle, baseOptions, INK, niceScale, ordinal, seriesStyle, shownCount, TICKS, type FigureOptions } from './theme'
import type { FigureDefinition } from './figure'
import { buildTable } from './tables'

export const AT_RISK_FIGURE_IDS = [
  'epoc',
  'lms-preop-1450',
  'lms-postop-1063',
  'lms-preop-1355',
  'lms-postop-972',
  'clocc',
  'paul-brousse',
] as const

export type AtRiskFigureId = (typeof AT_RISK_FIGURE_IDS)[number]

const TIME_POINTS_NOT_GIVEN = 'Time points not given in the lecture text'

export interface AtRiskSeries {
  label: string
  /** Legend text: the label, with O and N where the lecture prints them. */
  legend: string
  /** One count per column, exactly as in data/. */
  values: number[]
}

export interface AtRiskFigure {
  id: AtRiskFigureId
  /** Short title of the analysis (caption, aria-label). */
  title: string
  /** Column labels as the text gives them (or "1st reported time point" …). */
  columns: string[]
  /** False when the lecture gives no time points for the columns. */
  timePointsGiven: boolean
  xTitle: string
  yTitle: string
  series: AtRiskSeries[]
  /** Visible notes under the chart. */
  notes: string[]
  /** Source line from the dataset's provenance. */
  source: string
  /** The matching accessible table in lib/figures/tables.ts. */
  tableId: TableId
  /** Data file, for error messages. */
  dataset: string
}

const n = (value: number) => formatNumber(value)
const Y_TITLE = 'Patients at risk (n)'

/** "N (all patients)", then "1st reported time point" … for the unlabelled at-risk counts. */
function unlabelledColumns(count: number): string[] {
  return ['N (all patients)', ...Array.from({ length: count }, (_, i) => `${ordinal(i + 1)} reported time point`)]
}

function epoc(): AtRiskFigure {
  const d = datasets.epoc2008
  const arms = [d.atRisk.arms.surgeryAlone, d.atRisk.arms.perioperativeFolfox4]
  return {
    id: 'epoc',
    title: 'EORTC 40983 (EPOC): number of patients at risk',
    columns: unlabelledColumns(arms[0].atRisk.length),
    timePointsGiven: false,
    xTitle: `Reported time points (${TIME_POINTS_NOT_GIVEN.toLowerCase()})`,
    yTitle: Y_TITLE,
    series: arms.map(arm => ({
      label: arm.label,
      legend: `${arm.label} (O = ${n(arm.observedEvents)}, N = ${n(arm.patients)})`,
      values: [arm.patients, ...arm.atRisk],
    })),
    notes: [
      `${TIME_POINTS_NOT_GIVEN}. O: observed events, N: patients.`,
      'Arm labels from the 2008 publication (the lecture prints the two rows unlabelled).',
    ],
    source: d.source.citation,
    tableId: 'epoc-at-risk',
    dataset: d.id,
  }
}

function clocc(): AtRiskFigure {
  const d = datasets.clocc
  const arms = [d.arms.systemic, d.arms.rfPlusSystemic]
  return {
    id: 'clocc',
    title: `CLOCC: ${d.outcome.toLowerCase()}, number of patients at risk`,
    columns: unlabelledColumns(arms[0].atRisk.length),
    timePointsGiven: false,
    xTitle: `Reported time points (${TIME_POINTS_NOT_GIVEN.toLowerCase()})`,
    yTitle: Y_TITLE,
    series: arms.map(arm => ({
      label: arm.label,
      legend: `${arm.label} (O = ${n(arm.observedEvents)}, N = ${n(arm.patients)})`,
      values: [arm.patients, ...arm.atRisk],
    })),
    notes: [`${TIME_POINTS_NOT_GIVEN}. O: observed events, N: patients.`],
    source: d.source.citation,
    tableId: 'clocc-at-risk',
    dataset: d.id,
  }
}

type LmsKey = keyof typeof datasets.lmsSingleMetachronous.tables
const LMS: Record<Extract<AtRiskFigureId, `lms-${string}`>, { key: LmsKey, tableId: TableId }> = {
  'lms-preop-1450': { key: 'preop1450', tableId: 'lms-preop-1450' },
  'lms-postop-1063': { key: 'postop1063', tableId: 'lms-postop-1063' },
  'lms-preop-1355': { key: 'preop1355', tableId: 'lms-preop-1355' },
  'lms-postop-972': { key: 'postop972', tableId: 'lms-postop-972' },
}

function lms(id: keyof typeof LMS): AtRiskFigure {
  const d = datasets.lmsSingleMetachronous
  const { key, tableId } = LMS[id]
  const table = d.tables[key]
  const arms = [table.arms.noChemo, table.arms.withChemo]
  const postop = key.startsWith('postop')
  return {
    id,
    title: `LiverMetSurvey, ${n(table.patients)} patients: ${postop ? 'postoperative' : 'preoperative'} chemotherapy, number of patients at risk`,
    columns: [...d.columns],
    timePointsGiven: true,
    xTitle: postop ? 'Time after a 1st hepatectomy (patients 2 months after)' : 'Time after a 1st hepatectomy',
    yTitle: Y_TITLE,
    series: arms.map(arm => ({ label: arm.label, legend: arm.label, values: [...arm.atRisk] })),
    notes: [],
    // the text prints the date once, under the 972-patient table, without saying it dates all four
    source: key === 'postop972' ? d.source.citation : `LiverMetSurvey (the lecture prints "${d.source.citation}" under the 972-patient table)`,
    tableId,
    dataset: d.id,
  }
}

function paulBrousse(): AtRiskFigure {
  const d = datasets.blmPaulBrousse
  return {
    id: 'paul-brousse',
    title: `Resection of BLM, Paul Brousse Hospital, ${n(d.patients)} Pts (${d.period.from}-${d.period.to}): number exposed to risk`,
    columns: [...d.columns],
    timePointsGiven: true,
    xTitle: 'Time since diagnosis',
    yTitle: 'Number exposed to risk (patients)',
    series: [{ label: 'Number exposed to risk', legend: 'Number exposed to risk', values: [...d.exposedToRisk] }],
    notes: [`Median survival since diagnosis: ${n(d.medianMonths)} months.`],
    source: d.source.citation,
    tableId: 'blm-paul-brousse',
    dataset: d.id,
  }
}

/** The figure model of one numbers-at-risk table, read from data/. */
export function atRiskFigure(id: string): AtRiskFigure {
  let figure: AtRiskFigure
  switch (id as AtRiskFigureId) {
    case 'epoc': figure = epoc(); break
    case 'clocc': figure = clocc(); break
    case 'paul-brousse': figure = paulBrousse(); break
    case 'lms-preop-1450':
    case 'lms-postop-1063':
    case 'lms-preop-1355':
    case 'lms-postop-972': figure = lms(id as keyof typeof LMS); break
    default:
      throw new Error(`<Figure>: unknown numbers-at-risk id "${id}" (lib/figures/at-risk.ts). Known: ${AT_RISK_FIGURE_IDS.join(', ')}`)
  }
  for (const s of figure.series) {
    if (s.values.length !== figure.columns.length || s.values.some(v => !Number.isInteger(v) || v < 0))
      throw new Error(`data/${figure.dataset}.ts: "${s.label}" must give ${figure.columns.length} non-negative counts, got [${s.values.join(', ')}]`)
  }
  return figure
}

/** One sentence for screen readers: each arm from its first to its last column. */
export function atRiskAriaLabel(figure: AtRiskFigure): string {
  const first = figure.columns[0]
  const last = figure.columns[figure.columns.length - 1]
  const arms = figure.series.map(s => `${s.label}: ${n(s.values[0])} (${first}) down to ${n(s.values[s.values.length - 1])} (${last})`)
  const time = figure.timePointsGiven ? '' : ` ${TIME_POINTS_NOT_GIVEN}.`
  return `${figure.title}. ${arms.join('; ')}.${time}`
}

/** "1st reported time point" → ["1st reported", "time point"] so long labels wrap under their bars. */
function tickLabel(label: string): string | string[] {
  const m = /^(.*reported) (time point)$/.exec(label)
  if (m) return [m[1], m[2]]
  const p = /^(N) (\(.*\))$/.exec(label)
  return p ? [p[1], p[2]] : label
}

export interface AtRiskConfigOptions extends FigureOptions {
  /** Clicks revealed (undefined = all arms): the first arm shows first, each click adds the next. */
  revealed?: number
  /** Smaller labels for half-width charts. */
  compact?: boolean
}

export function buildAtRiskConfig(
  figure: AtRiskFigure,
  { print = false, revealed, compact = false }: AtRiskConfigOptions = {},
): ChartConfiguration<'bar'> & { plugins: Plugin<'bar'>[] } {
  const shown = shownCount(figure.series.length, revealed, print)
  const axis = niceScale(Math.max(...figure.series.flatMap(s => s.values)))
  const base = baseOptions({ print })
  return {
    type: 'bar',
    data: {
      labels: figure.columns.map(tickLabel),
      datasets: figure.series.map((s, i) => {
        const style = seriesStyle(i)
        return {
          label: s.legend,
          data: [...s.values],
          backgroundColor: style.fill,
          borderColor: style.color,
          borderWidth: 2,
          borderSkipped: false,
          categoryPercentage: 0.78,
          barPercentage: 0.92,
          hidden: i >= shown,
        }
      }),
    },
    options: {
      ...base,
      layout: { padding: { top: 4, right: 4 } },
      scales: {
        x: {
          grid: { display: false },
          ticks: { ...TICKS, font: { ...TICKS.font, size: compact ? 10 : 11 }, maxRotation: 0, autoSkip: false },
          title: axisTitle(figure.xTitle),
        },
        y: {
          min: 0,
          // fixed, so the axis does not jump when an arm is revealed
          max: axis.max,
          ticks: { ...TICKS, stepSize: axis.step },
          grid: { color: INK.grid },
          title: axisTitle(figure.yTitle),
        },
      },
      plugins: {
        ...base.plugins,
        legend: {
          ...base.plugins!.legend,
          display: figure.series.length > 1,
          labels: { ...base.plugins!.legend!.labels, usePointStyle: false, boxWidth: 14 },
        },
        tooltip: {
          ...base.plugins!.tooltip,
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => figure.columns[items[0]?.dataIndex ?? 0],
            label: (item: TooltipItem<'bar'>) => `${figure.series[item.datasetIndex].label}: ${n(figure.series[item.datasetIndex].values[item.dataIndex])} at risk`,
          },
        },
        datalabels: valueLabels({
          texts: figure.series.map(s => s.values.map(n)),
          side: 'top',
          element: 'bar',
          fontSize: compact ? 10 : 11,
        }),
      },
    },
    plugins: [ChartDataLabels],
  }
}

/** <Figure id="epoc" /> …: numbers at risk as grouped bars, one arm a click; the lecture's table printed under them. */
export function atRiskDefinition(id: string): FigureDefinition {
  const figure = atRiskFigure(id)
  return {
    id: figure.id,
    panels: [{ ariaLabel: atRiskAriaLabel(figure), config: options => buildAtRiskConfig(figure, options) }],
    steps: figure.series.length - 1,
    table: buildTable(figure.tableId),
    source: figure.source,
    notes: figure.notes,
    height: 300,
    showTable: true,
  }
}

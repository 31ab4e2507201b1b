/**
 * <Figure id="collision-os" />: overall survival of both COLLISION arms, reconstructed with the
 * actuarial life table (lib/stats/life-table.ts) from the numbers at risk and cumulative events the lecture prints
 * under its curve. The curve is a reconstruction, not the trial's Kaplan–Meier estimate; every label says so.
 *
 * The numbers at risk are drawn under the x axis by the `numbersAtRisk` plugin below, from
 * options.plugins.numbersAtRisk (so tests can check what will be printed). It stays home-made: it is a small table
 * in the chart's bottom padding, outside the chart area, its rows a fixed number of pixels apart and each arm's name
 * with its marker left of the y axis. chartjs-plugin-datalabels labels data elements only; chartjs-plugin-annotation
 * places labels at data values and clips them to the chart area (clipping is one switch for all of a chart's
 * annotations), so the table would need every position computed back from pixels.
 */
import type { ChartConfiguration, ChartType, Plugin, PointStyle, Scale, TooltipItem } from 'chart.js'
import { drawPoint } from 'chart.js/helpers'
import { axisTitle, baseOptions, FONT_FAMILY, INK, SERIES_STYLES, TICKS, type SeriesStyle } from './theme'
import { formatPercent } from '../deck/format'
import { actuarialLifeTable } from '../stats/life-table'
import type { TableColumn, TableRow } from './tables'
import type { FigureDefinition } from './figure'
import { collision } from '../../data/collision'

export interface SurvivalArmInput {
  label: string
  atRisk: readonly number[]
  events: readonly number[]
}

export interface SurvivalDataset {
  id: string
  months: readonly number[]
  arms: Readonly<Record<string, SurvivalArmInput>>
}

const RECONSTRUCTION_NOTE =
  "Reconstruction from the published numbers at risk (actuarial life table), not the trial's Kaplan–Meier curve"

/** Arms differ without colour through the theme's series styles: solid line and circles, then dashed and triangles. */
const ARM_STYLES = SERIES_STYLES.slice(0, 2)

export interface SurvivalArmView {
  key: string
  label: string
  /** Reconstructed survival in percent at each month. */
  survivalPct: number[]
  /** As printed under the curve: "124 (10)". */
  atRiskText: string[]
  style: SeriesStyle
}

export interface SurvivalView {
  months: number[]
  arms: SurvivalArmView[]
  /** Last month the curve is drawn to: afterwards too few patients remain at risk to read a difference. */
  drawnUntil: number
  ariaLabel: string
  note: string
  /** Says where and why the curve stops (shown on the chart). */
  stopNote: string
}

/**
 * The curve stops after the last month at which every arm still has this share of its randomised patients at risk.
 * A rule of this deck (the lecture gives none): beyond it, one or two deaths move the estimate by several points.
 */
const MIN_AT_RISK_SHARE = 0.2

/** Survival of every arm, and the texts the chart, table and screen readers show. */
export function collisionSurvivalView(dataset: SurvivalDataset, milestones: readonly number[] = [36, 48]): SurvivalView {
  const entries = Object.entries(dataset.arms)
  if (entries.length === 0 || entries.length > ARM_STYLES.length) {
    throw new Error(`collisionSurvivalView: data/${dataset.id}.ts "arms" must hold 1 to ${ARM_STYLES.length} arms, got ${entries.length}`)
  }
  const months = [...dataset.months]
  const arms = entries.map(([key, arm], i): SurvivalArmView => {
    const table = actuarialLifeTable({
      times: months,
      atRisk: arm.atRisk,
      cumulativeEvents: arm.events,
      source: `data/${dataset.id}.ts arms.${key}`,
    })
    return {
      key,
      label: arm.label,
      survivalPct: table.survival.map((s) => s * 100),
      atRiskText: arm.atRisk.map((n, j) => `${n} (${arm.events[j]})`),
      style: ARM_STYLES[i],
    }
  })
  const inputs = entries.map(([, arm]) => arm)
  let last = 0
  months.forEach((_, j) => {
    if (inputs.every((arm) => arm.atRisk[j] >= MIN_AT_RISK_SHARE * arm.atRisk[0])) last = j
  })
  const drawnUntil = months[last]
  const after = last + 1 < months.length ? last + 1 : last
  const fewest = inputs.map((arm) => `${arm.atRisk[after]} of ${arm.atRisk[0]}`).join(' and ')
  const stopNote = last + 1 < months.length
    ? `The curve stops at ${drawnUntil} months: at ${months[after]} months only ${fewest} patients remain at risk, too few to read a difference (this deck's rule: at least ${Math.round(MIN_AT_RISK_SHARE * 100)}% of each arm at risk). Numbers at risk are printed to ${months[months.length - 1]} months.`
    : ''
  const parts = milestones
    .filter((m) => months.includes(m) && m <= drawnUntil)
    .map((m) => {
      const j = months.indexOf(m)
      return `${arms.map((a) => `${formatPercent(a.survivalPct[j], { digits: 0 })} after ${a.label.toLowerCase()}`).join(' and ')} at ${m} months`
    })
  const ariaLabel =
    `Overall survival reconstructed from the published numbers at risk (actuarial life table, not the trial's ` +
    `Kaplan–Meier curve): ${parts.join('; ')}.`
  return { months, arms, drawnUntil, ariaLabel: stopNote ? `${ariaLabel} ${stopNote}` : ariaLabel, note: RECONSTRUCTION_NOTE, stopNote }
}

/** The data table behind the figure (aria-describedby): printed numbers at risk and the reconstructed survival. */
export function collisionSurvivalTable(view: SurvivalView): { caption: string; columns: TableColumn[]; rowHeader: string; rows: TableRow[] } {
  return {
    caption: 'COLLISION: Number at risk (number of events) as printed, and overall survival reconstructed from them',
    columns: [
      { key: 'month', label: 'Months from randomization', numeric: true },
      // The lecture's row labels: "Strata Resection", then "Ablation".
      ...view.arms.flatMap((arm, i) => [
        { key: `${arm.key}AtRisk`, label: `${i === 0 ? 'Strata ' : ''}${arm.label}: at risk (events)`, numeric: true },
        { key: `${arm.key}Survival`, label: `${arm.label}: survival, reconstructed`, numeric: true },
      ]),
    ],
    rowHeader: 'month',
    rows: view.months.map((month, j) => ({
      month: String(month),
      ...Object.fromEntries(
        view.arms.flatMap((arm) => [
          [`${arm.key}AtRisk`, arm.atRiskText[j]],
          [`${arm.key}Survival`, month <= view.drawnUntil ? formatPercent(arm.survivalPct[j], { digits: 1 }) : 'not drawn'],
        ]),
      ),
    })),
  }
}

export interface NumbersAtRiskOptions {
  title: string
  months: number[]
  rows: { label: string; cells: string[]; color: string; pointStyle: PointStyle }[]
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    /** The numbers at risk printed under the x axis by numbersAtRiskPlugin. */
    numbersAtRisk: NumbersAtRiskOptions
  }
}

const RISK_TABLE_LAYOUT = Object.freeze({ lineHeight: 15, titleGap: 6, yAxisWidth: 100 })

/** Prints the numbers at risk (events) under the x axis, one row per arm, each value under its month. */
const numbersAtRiskPlugin: Plugin<'line', NumbersAtRiskOptions> = {
  id: 'numbersAtRisk',
  afterDraw(chart, _args, options) {
    const x = chart.scales.x
    if (!options?.rows || !x) return
    const { ctx } = chart
    const { lineHeight, titleGap } = RISK_TABLE_LAYOUT
    let y = x.bottom + titleGap + lineHeight / 2
    ctx.save()
    ctx.textBaseline = 'middle'
    ctx.font = `600 11px ${FONT_FAMILY}`
    ctx.fillStyle = INK.axis
    ctx.textAlign = 'left'
    ctx.fillText(options.title, 4, y)
    ctx.font = `11px ${FONT_FAMILY}`
    for (const row of options.rows) {
      y += lineHeight
      // the arm's marker in its colour, then its name in ink (a coloured name would fall under 4.5:1)
      ctx.fillStyle = row.color
      ctx.strokeStyle = row.color
      drawPoint(ctx, { pointStyle: row.pointStyle, radius: 4, rotation: 0, borderWidth: 1 }, 8, y)
      ctx.textAlign = 'left'
      ctx.fillStyle = INK.text
      ctx.fillText(row.label, 16, y)
      ctx.textAlign = 'center'
      ctx.fillStyle = INK.text
      row.cells.forEach((cell, j) => ctx.fillText(cell, x.getPixelForValue(options.months[j]), y))
    }
    ctx.restore()
  },
}

/** Chart.js configuration of the reconstructed survival curves. */
export function buildCollisionSurvivalConfig(
  dataset: SurvivalDataset,
  { print = false }: { print?: boolean } = {},
): ChartConfiguration<'line'> & { plugins: Plugin<'line', NumbersAtRiskOptions>[] } {
  const view = collisionSurvivalView(dataset)
  const { lineHeight, titleGap, yAxisWidth } = RISK_TABLE_LAYOUT
  const riskTable: NumbersAtRiskOptions = {
    title: 'Number at risk (number of events)',
    months: view.months,
    rows: view.arms.map((a) => ({ label: a.label, cells: a.atRiskText, color: a.style.color, pointStyle: a.style.pointStyle })),
  }
  const step = view.months.length > 1 ? view.months[1] - view.months[0] : 12
  // In print the data table under the chart prints the same numbers at risk, as text: the canvas gives their rows'
  // height back to the curves (a print chart is short: the table takes its share of the slide).
  const underAxis = !print
  return {
    type: 'line',
    data: {
      datasets: view.arms.map((arm) => ({
        label: arm.label,
        data: view.months.filter((m) => m <= view.drawnUntil).map((m, j) => ({ x: m, y: arm.survivalPct[j] })),
        borderColor: arm.style.color,
        backgroundColor: arm.style.color,
        borderDash: arm.style.borderDash,
        borderWidth: 2.5,
        pointStyle: arm.style.pointStyle,
        pointRadius: 5,
        pointHoverRadius: 6,
        tension: 0,
        // markers at 100% and at the last month would otherwise be cut in half by the chart area
        clip: false as const,
      })),
    },
    options: {
      ...baseOptions({ print }),
      layout: { padding: { top: 4, right: 24, bottom: underAxis ? titleGap + lineHeight * (view.arms.length + 1) + 4 : 4 } },
      scales: {
        x: {
          type: 'linear',
          min: view.months[0],
          max: view.months[view.months.length - 1],
          ticks: { ...TICKS, stepSize: step },
          grid: { color: INK.grid },
          title: axisTitle('Months from randomization'),
        },
        y: {
          min: 0,
          max: 100,
          ticks: { ...TICKS, stepSize: 20, callback: (value) => `${value}%` },
          grid: { color: INK.grid },
          title: axisTitle(print ? 'OS, reconstructed' : 'Overall survival (reconstructed)'),
          afterFit: (axis: Scale) => {
            axis.width = yAxisWidth
          },
        },
      },
      plugins: {
        ...baseOptions({ print }).plugins,
        tooltip: {
          enabled: !print,
          callbacks: {
            label: (item: TooltipItem<'line'>) => {
              const arm = view.arms[item.datasetIndex]
              return `${arm.label}: ${formatPercent(arm.survivalPct[item.dataIndex], { digits: 1 })} (reconstructed); at risk ${arm.atRiskText[item.dataIndex]}`
            },
          },
        },
        ...(underAxis ? { numbersAtRisk: riskTable } : {}),
      },
    },
    plugins: [numbersAtRiskPlugin],
  }
}

/** <Figure id="collision-os" />: both arms' reconstructed survival with the numbers at risk under the axis. */
export function collisionSurvivalDefinition(): FigureDefinition {
  const view = collisionSurvivalView(collision)
  return {
    id: 'collision-os',
    panels: [{ ariaLabel: view.ariaLabel, config: ({ print }) => buildCollisionSurvivalConfig(collision, { print }) }],
    steps: 0,
    table: collisionSurvivalTable(view),
    source: collision.source.citation,
    notes: [`${view.note}.`, view.stopNote].filter((line): line is string => Boolean(line)),
    height: 300,
  }
}

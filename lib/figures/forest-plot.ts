/**
 * Pure builders for <ForestPlot>: the table rows (RevMan layout), the heterogeneity lines, the one-sentence
 * finding for screen readers and the Chart.js configuration. Everything is recomputed from the dataset's log
 * hazard ratios and standard errors by lib/stats/meta-analysis.ts, for the chosen model and leave-one-out state.
 *
 * Each study's 95% CI and the line of no effect (HR = 1) are chartjs-plugin-annotation line annotations
 * (options.plugins.annotation, so tests check the values that will be drawn), not chartjs-chart-error-bars as on
 * JCOG0603: that library strokes every error bar solid (it has no dash option, and a left-out study's CI is dashed
 * here) and over its own point (the CI would cross the left-out study's hollow square). The pooled diamond is a second
 * dataset, a closed line filled by Chart.js's own Filler (`fill: 'shape'`): annotation 3.1's polygon is a regular
 * polygon of one radius and cannot stretch to the pooled CI.
 */
import type { ChartConfiguration, Plugin, Scale, TooltipItem } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { axisTitle, baseOptions, INK, OKABE_ITO, TICKS } from './theme'
import { formatEstimateBrackets, formatPercent } from '../deck/format'
import { poolInverseVariance, studyInterval, type PooledEstimate, type PoolingModel, type StudyEffect } from '../stats/meta-analysis'

export interface ForestStudyInput {
  study: string
  year: number
  logHr: number
  se: number
}

export interface ForestDataset {
  id: string
  studies: readonly ForestStudyInput[]
}

export interface ForestState {
  model: PoolingModel
  /** Label of the study left out ("Hof 2016"), or null for all studies. */
  omitted: string | null
}

export const DEFAULT_FOREST_STATE: ForestState = Object.freeze({ model: 'random', omitted: null })

/** Row geometry shared by the table and the chart, so chart rows line up with table rows. */
export const FOREST_LAYOUT = Object.freeze({ headerHeight: 34, rowHeight: 22, axisHeight: 40 })

const COLORS = Object.freeze({
  study: OKABE_ITO.blue,
  pooled: INK.text,
  // a left-out study: hollow square, dashed CI, slate-500 (4.8:1 on white)
  omitted: '#64748b',
  nullLine: INK.muted,
})

const MODEL_TEXT: Record<PoolingModel, { method: string; sentence: string }> = {
  random: { method: 'IV, Random, 95% CI', sentence: 'random effects' },
  fixed: { method: 'IV, Fixed, 95% CI', sentence: 'fixed effect' },
}

function studyLabel(study: ForestStudyInput): string {
  return `${study.study} ${study.year}`
}

/** State as read from the shared store, made safe: unknown model or study falls back to the default. */
export function normalizeForestState(dataset: ForestDataset, state: Partial<ForestState> | null | undefined): ForestState {
  const model: PoolingModel = state?.model === 'fixed' ? 'fixed' : 'random'
  const labels = dataset.studies.map(studyLabel)
  const omitted = typeof state?.omitted === 'string' && labels.includes(state.omitted) ? state.omitted : null
  return { model, omitted }
}

/** Next state after a click on a study row: leave it out, or bring it back if it was the one left out. */
export function toggleOmitted(state: ForestState, label: string): ForestState {
  return { ...state, omitted: state.omitted === label ? null : label }
}

// RevMan-style number formats.
const fixed2 = (value: number): string => value.toFixed(2)
const hrWithCi = (log: number, low: number, high: number): string =>
  formatEstimateBrackets(Math.exp(log), [Math.exp(low), Math.exp(high)], { digits: 2 })

/** P value as RevMan prints it: "< 0.0001", or 2 to 4 decimals depending on size ("0.34", "0.010", "0.0005"). */
export function formatRevManP(p: number): string {
  if (p < 0.00001) return '< 0.00001'
  if (p < 0.0001) return '< 0.0001'
  if (p < 0.001) return `= ${p.toFixed(4)}`
  if (p < 0.01) return `= ${p.toFixed(3)}`
  return `= ${p.toFixed(2)}`
}

function heterogeneityText(result: PooledEstimate, model: PoolingModel): string {
  if (result.df === 0) return 'Heterogeneity: not applicable'
  const tau = model === 'random' ? `Tau² = ${fixed2(result.tau2)}; ` : ''
  return `Heterogeneity: ${tau}Chi² = ${fixed2(result.Q)}, df = ${result.df} (P ${formatRevManP(result.pQ)}); I² = ${Math.round(result.I2)}%`
}

function overallEffectText(result: PooledEstimate): string {
  return `Test for overall effect: Z = ${fixed2(Math.abs(result.z))} (P ${formatRevManP(result.p)})`
}

export interface ForestRow {
  label: string
  included: boolean
  logHr: number
  se: number
  hr: number
  ciLow: number
  ciHigh: number
  /** Percent weight in the current analysis; null when the study is left out. */
  weight: number | null
  text: { logHr: string; se: string; weight: string; hrCi: string }
}

export interface ForestView {
  state: ForestState
  method: string
  rows: ForestRow[]
  included: number
  result: PooledEstimate
  total: { weight: string; hrCi: string; hr: number; ciLow: number; ciHigh: number }
  heterogeneity: string
  overallEffect: string
  /** False for the paper's own analysis (random effects, every study); true for what the deck recomputes. */
  computedByDeck: boolean
  /** Says whose numbers the pooled line is: the paper's, or this deck's own computation. */
  provenance: string
  ariaLabel: string
}

/** Everything the table, the chart and the caption show, for one state. */
export function forestPlotView(dataset: ForestDataset, rawState: Partial<ForestState> = DEFAULT_FOREST_STATE): ForestView {
  if (!dataset.studies.length) throw new Error(`forestPlotView: dataset "${dataset.id}" has no studies`)
  const state = normalizeForestState(dataset, rawState)
  const effects: StudyEffect[] = dataset.studies.map((s) => ({ label: studyLabel(s), logEffect: s.logHr, se: s.se }))
  const kept = effects.filter((s) => s.label !== state.omitted)
  const result = poolInverseVariance(kept, state.model)
  const weightOf = new Map(kept.map((s, i) => [s.label, result.weights[i]]))
  const rows: ForestRow[] = effects.map((effect, i) => {
    const { ciLow, ciHigh } = studyInterval(effect)
    const weight = weightOf.get(effect.label) ?? null
    return {
      label: effect.label,
      included: weight !== null,
      logHr: effect.logEffect,
      se: effect.se,
      hr: Math.exp(effect.logEffect),
      ciLow: Math.exp(ciLow),
      ciHigh: Math.exp(ciHigh),
      weight,
      text: {
        logHr: String(dataset.studies[i].logHr),
        se: String(dataset.studies[i].se),
        weight: weight === null ? 'left out' : formatPercent(weight, { digits: 1 }),
        hrCi: hrWithCi(effect.logEffect, ciLow, ciHigh),
      },
    }
  })
  const modelText = MODEL_TEXT[state.model]
  const pooledHr = hrWithCi(result.logEstimate, result.ciLow, result.ciHigh)
  const [hr, low, high] = pooledHr.match(/[\d.]+/g)!
  const scope = state.omitted ? `${kept.length} of ${effects.length} studies (${state.omitted} left out)` : `${kept.length} studies`
  return {
    state,
    method: modelText.method,
    rows,
    included: kept.length,
    result,
    total: {
      weight: formatPercent(result.weights.reduce((a, b) => a + b, 0), { digits: 1 }),
      hrCi: pooledHr,
      hr: Math.exp(result.logEstimate),
      ciLow: Math.exp(result.ciLow),
      ciHigh: Math.exp(result.ciHigh),
    },
    heterogeneity: heterogeneityText(result, state.model),
    overallEffect: overallEffectText(result),
    computedByDeck: state.model !== DEFAULT_FOREST_STATE.model || state.omitted !== null,
    provenance: state.model === DEFAULT_FOREST_STATE.model && state.omitted === null
      ? 'Pooled line as published (random effects, all studies).'
      : `This deck's own computation, not the paper's: ${[state.model === 'fixed' ? 'fixed effect' : 'random effects', state.omitted ? `${state.omitted} left out` : ''].filter(Boolean).join(', ')}.`,
    ariaLabel:
      `Forest plot of ${scope}: pooled hazard ratio ${hr} (95% CI ${low} to ${high}), ` +
      `${modelText.sentence}, I² ${Math.round(result.I2)}%.`,
  }
}

/** Symmetric log-axis bounds from the 1–2–5 ladder that hold every interval (and 1). */
export function forestAxisBounds(lows: number[], highs: number[]): { min: number; max: number; ticks: number[] } {
  const ladder = [2, 5, 10, 20, 50, 100, 1000]
  const needed = Math.max(1, ...highs, ...lows.map((v) => 1 / v))
  const max = ladder.find((m) => m >= needed) ?? ladder[ladder.length - 1]
  const steps = [1, 2, 5, 10, 20, 50, 100, 1000].filter((v) => v <= max)
  const ticks = [...steps.slice(1).reverse().map((v) => 1 / v), ...steps]
  return { min: 1 / max, max, ticks }
}

/** Half-height of the pooled diamond (px); the y axis has one unit a row of FOREST_LAYOUT.rowHeight px. */
const DIAMOND_HALF_HEIGHT = 7

/**
 * The line of no effect (`null-line`, HR = 1, under everything) and each study's 95% CI (`ci:<row>`, dashed and grey
 * for a left-out study), drawn under the squares.
 */
function forestAnnotations(rows: readonly ForestRow[]): Record<string, AnnotationOptions<'line'>> {
  return {
    'null-line': { type: 'line', scaleID: 'x', value: 1, borderColor: COLORS.nullLine, borderWidth: 1, drawTime: 'beforeDatasetsDraw' },
    ...Object.fromEntries(rows.map((r, i): [string, AnnotationOptions<'line'>] => [`ci:${i}`, {
      type: 'line',
      xMin: r.ciLow,
      xMax: r.ciHigh,
      yMin: i,
      yMax: i,
      borderColor: r.included ? COLORS.study : COLORS.omitted,
      borderWidth: 1.5,
      borderDash: r.included ? [] : [3, 3],
      drawTime: 'beforeDatasetsDraw',
    }])),
  }
}

/** The pooled diamond's corners at row `y`: CI low, estimate above, CI high, estimate below (and back to low). */
function diamondPoints(y: number, estimate: number, low: number, high: number): { x: number; y: number }[] {
  const half = DIAMOND_HALF_HEIGHT / FOREST_LAYOUT.rowHeight
  return [{ x: low, y }, { x: estimate, y: y - half }, { x: high, y }, { x: estimate, y: y + half }, { x: low, y }]
}

/** Square side grows with the square root of the weight, so its area is proportional to the weight. */
function squareRadius(weight: number | null): number {
  return weight === null ? 3 : Math.max(2.5, 1.6 * Math.sqrt(weight))
}

export interface ForestBuildOptions {
  /** Print/export: no animation. */
  print?: boolean
}

/** Chart.js configuration of the forest plot for one state. */
export function buildForestPlotConfig(
  dataset: ForestDataset,
  state: Partial<ForestState> = DEFAULT_FOREST_STATE,
  { print = false }: ForestBuildOptions = {},
): ChartConfiguration<'scatter'> & { plugins: Plugin<'scatter'>[] } {
  const view = forestPlotView(dataset, state)
  const { rows, total } = view
  const bounds = forestAxisBounds(rows.map((r) => r.ciLow), rows.map((r) => r.ciHigh))
  const pooledY = rows.length
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: 'Studies',
          data: rows.map((r, i) => ({ x: r.hr, y: i })),
          pointStyle: 'rect',
          pointRadius: rows.map((r) => squareRadius(r.weight)),
          pointHoverRadius: rows.map((r) => squareRadius(r.weight) + 1),
          backgroundColor: rows.map((r) => (r.included ? COLORS.study : '#ffffff')),
          borderColor: rows.map((r) => (r.included ? COLORS.study : COLORS.omitted)),
          borderWidth: 1.5,
        },
        {
          label: 'Pooled',
          data: diamondPoints(pooledY, total.hr, total.ciLow, total.ciHigh),
          showLine: true,
          fill: 'shape',
          tension: 0,
          backgroundColor: COLORS.pooled,
          borderColor: COLORS.pooled,
          borderWidth: 0,
          pointRadius: 0,
          pointHoverRadius: 0,
          pointHitRadius: 0,
        },
      ],
    },
    options: {
      ...baseOptions({ print }),
      layout: { padding: { top: FOREST_LAYOUT.headerHeight, left: 10, right: 14, bottom: 0 } },
      scales: {
        x: {
          type: 'logarithmic',
          min: bounds.min,
          max: bounds.max,
          afterBuildTicks: (axis: Scale) => {
            axis.ticks = bounds.ticks.map((value) => ({ value }))
          },
          afterFit: (axis: Scale) => {
            axis.height = FOREST_LAYOUT.axisHeight
          },
          ticks: { ...TICKS, callback: (value) => String(Number(value)) },
          grid: { display: false },
          border: { color: INK.muted },
          title: { ...axisTitle('Hazard ratio (log scale)'), padding: 2 },
        },
        y: { type: 'linear', min: -0.5, max: pooledY + 0.5, reverse: true, display: false },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          enabled: !print,
          // the studies' squares only (the diamond's corners are not points)
          filter: (item: TooltipItem<'scatter'>) => item.datasetIndex === 0,
          callbacks: {
            label: (item: TooltipItem<'scatter'>) => {
              const row = rows[item.dataIndex]
              return `${row.label}: HR ${row.text.hrCi}, weight ${row.text.weight}`
            },
          },
        },
        annotation: { annotations: forestAnnotations(rows) },
      },
    },
    plugins: [],
  }
}

/**
 * What a figure of the deck is, for <Figure id="…"> (components/figures/Figure.vue): one or more Chart.js panels
 * built by the figure's module, the data table behind them, the source line and notes, and how many clicks reveal
 * it. Each module in lib/figures/ exports one definition; lib/figures/registry.ts maps the ids to them.
 */
import type { ChartConfiguration, Plugin } from 'chart.js'
import type {} from 'chartjs-chart-error-bars'
import type { TableColumn, TableRow } from './tables'

/** What a panel's config depends on at run time. */
export interface FigureRenderOptions {
  /** Print/export: no animation, every step shown. */
  print: boolean
  /** Clicks revealed so far (undefined: everything). */
  revealed: number | undefined
  /** Half-width layout: smaller labels. */
  compact: boolean
}

/** The chart types the figures draw (components/figures/Figure.vue registers their controllers). */
export type FigureChartType = 'bar' | 'barWithErrorBars' | 'bubble' | 'line' | 'scatter'

/**
 * A panel's Chart.js configuration, one of the figure chart types with that type's options and plugins. The shape of
 * its data points is checked where the figure's module builds it (JCOG0603's bars carry their CIs), so here it is
 * any array.
 */
export type FigureChartConfig = {
  [T in FigureChartType]: ChartConfiguration<T, unknown[]> & { plugins: Plugin<T>[] }
}[FigureChartType]

/**
 * The config as vue-chartjs's <Chart> and Chart.js's own constructor take it. Chart.js's types describe a chart of one
 * known type, and a union of types is not the union of their configs (ChartData<'bar' | 'line'> asks every dataset to
 * be a bar and a line alike): the config, checked as its own type where its module built it, is handed over as
 * Chart.js's widest config.
 */
export function asChartJsConfig(config: FigureChartConfig): ChartConfiguration & { plugins: Plugin[] } {
  return config as unknown as ChartConfiguration & { plugins: Plugin[] }
}

/**
 * The config as it first appears: drawn at once, without the entry animation. A chart is created when its slide
 * is shown (or while it is hidden); animating its entry would leave the slide half drawn for the animation's length.
 * What changes afterwards (a step revealed, an option toggled) animates as the config says.
 */
export function drawnAtOnce<T extends Pick<FigureChartConfig, 'options'>>(config: T, animate: boolean): T {
  return animate ? config : { ...config, options: { ...config.options, animation: false } }
}

export interface FigurePanel {
  /** The finding in one sentence (the canvas's aria-label). */
  ariaLabel: string
  config: (options: FigureRenderOptions) => FigureChartConfig
}

/** The data table behind the figure (ChartFigure prints or shows it). */
export interface FigureTable {
  id?: string
  caption: string
  columns: TableColumn[]
  rowHeader: string
  rows: TableRow[]
}

export interface FigureDefinition {
  /** data-figure attribute of the frame (the e2e tests and the figure slots find the figure by it). */
  id: string
  /** One panel, or several side by side (grid columns in `panelColumns`). */
  panels: FigurePanel[]
  panelColumns?: string
  panelGap?: string
  /** Clicks that reveal the figure step by step (0: drawn at once). */
  steps: number
  table: FigureTable
  source: string
  notes: string[]
  /** Default chart height (px). */
  height: number
  /** Columns printed under the chart in print (default: all). */
  printColumns?: string[]
  /** Chart height in print is `height - printHeightLess` (default: derived from the table's rows). */
  printHeightLess?: number
  /** The table is the lecture's own: printed under the chart on screen too. */
  showTable?: boolean
  /** A long table: on screen in the print size. */
  tableDense?: boolean
}

/**
 * What a figure of the deck is, for <Figure id="…"> (components/figures/Figure.vue): one or more Chart.js panels
 * built by the figure's module, the data table behind them, the source line and notes, and how many clicks reveal
 * it. Each module in lib/figures/ exports one definition; lib/figures/registry.ts maps the ids to them.
 */
import type { ChartData, ChartOptions, ChartType, Plugin } from 'chart.js'
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

export interface FigureChartConfig {
  type: ChartType
  data: ChartData<any>
  options?: ChartOptions<any>
  plugins: Plugin<any>[]
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

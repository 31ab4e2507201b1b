/**
 * <Figure id="collision-safety" />: paired bars (resection vs ablation) of the COLLISION safety outcomes the
 * lecture lists (treatment-related mortality, all-cause 90-day mortality, AE rate, SAE rate). Series styles come
 * from the deck theme (first arm solid, second light with a coloured border, so they differ without colour); each
 * bar carries its printed value (chartjs-plugin-datalabels, from options.plugins.datalabels).
 */
import type { ChartConfiguration, Plugin, TooltipItem } from 'chart.js'
import ChartDataLabels from 'chartjs-plugin-datalabels'
import { valueLabels } from './marks'
import { axisTitle, baseOptions, INK, seriesStyle, TICKS } from './theme'
import { formatPercent } from '../deck/format'
import type { FigureDefinition } from './figure'
import { collision } from '../../data/collision'
import { buildTable } from './tables'

export interface SafetyOutcome {
  label: string
  resectionPct: number
  ablationPct: number
  /** Decimals the lecture prints ("2.1%" → 1, "56%" → 0). */
  digits: number
}

export interface SafetyDataset {
  id: string
  safety: Readonly<Record<string, SafetyOutcome>>
}

const ARMS = [
  { key: 'resectionPct', label: 'Resection', style: seriesStyle(0) },
  { key: 'ablationPct', label: 'Ablation', style: seriesStyle(1) },
] as const

export interface SafetyView {
  outcomes: { key: string; label: string; resection: string; ablation: string }[]
  ariaLabel: string
}

function validate(dataset: SafetyDataset): SafetyOutcome[] {
  const outcomes = Object.entries(dataset.safety ?? {})
  if (outcomes.length === 0) throw new Error(`collisionSafetyView: data/${dataset.id}.ts has no "safety" outcomes`)
  for (const [key, o] of outcomes) {
    for (const field of ['resectionPct', 'ablationPct'] as const) {
      const v = o[field]
      if (!Number.isFinite(v) || v < 0 || v > 100) {
        throw new Error(`collisionSafetyView: data/${dataset.id}.ts safety.${key}.${field} must be a percentage, got ${v}`)
      }
    }
  }
  return outcomes.map(([, o]) => o)
}

/** Printed values and the one-sentence finding. */
export function collisionSafetyView(dataset: SafetyDataset): SafetyView {
  validate(dataset)
  const outcomes = Object.entries(dataset.safety).map(([key, o]) => ({
    key,
    label: o.label,
    resection: formatPercent(o.resectionPct, { digits: o.digits }),
    ablation: formatPercent(o.ablationPct, { digits: o.digits }),
  }))
  const ariaLabel = `Safety, resection versus ablation: ${outcomes.map((o) => `${o.label} ${o.resection} versus ${o.ablation}`).join(', ')}.`
  return { outcomes, ariaLabel }
}

/** Splits a long category label over two lines for the x axis. */
function wrap(label: string): string | string[] {
  if (label.length <= 14) return label
  const words = label.split(' ')
  const half = Math.ceil(words.length / 2)
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')]
}

export function buildCollisionSafetyConfig(
  dataset: SafetyDataset,
  { print = false }: { print?: boolean } = {},
): ChartConfiguration<'bar'> & { plugins: Plugin<'bar'>[] } {
  const outcomes = validate(dataset)
  const view = collisionSafetyView(dataset)
  const max = Math.max(...outcomes.flatMap((o) => [o.resectionPct, o.ablationPct]))
  return {
    type: 'bar',
    data: {
      labels: outcomes.map((o) => wrap(o.label)),
      datasets: ARMS.map((arm) => ({
        label: arm.label,
        data: outcomes.map((o) => o[arm.key]),
        backgroundColor: arm.style.fill,
        borderColor: arm.style.color,
        borderWidth: 2,
        borderSkipped: false,
        // legend swatch: a square like the bars, filled or light
        pointStyle: 'rect' as const,
        // wide enough slots that a pair's printed values ("2.1%", "0.0%") stand apart over two low bars
        categoryPercentage: 0.84,
        barPercentage: 0.86,
      })),
    },
    options: {
      ...baseOptions({ print }),
      layout: { padding: { top: 18 } },
      scales: {
        x: { grid: { display: false }, ticks: { ...TICKS, color: INK.text, font: { ...TICKS.font, size: 12 } } },
        y: {
          min: 0,
          // headroom for the value labels, on a 20-point grid that stays readable in a short chart
          max: Math.ceil((max * 1.15) / 20) * 20,
          ticks: { ...TICKS, stepSize: 20, callback: (value) => `${value}%` },
          grid: { color: INK.grid },
          title: axisTitle('Patients (%)'),
        },
      },
      plugins: {
        ...baseOptions({ print }).plugins,
        tooltip: {
          enabled: !print,
          callbacks: {
            label: (item: TooltipItem<'bar'>) => {
              const o = view.outcomes[item.dataIndex]
              return `${ARMS[item.datasetIndex].label}: ${item.datasetIndex === 0 ? o.resection : o.ablation}`
            },
          },
        },
        datalabels: valueLabels({
          texts: [view.outcomes.map((o) => o.resection), view.outcomes.map((o) => o.ablation)],
          side: 'top',
          element: 'bar',
          // smaller in print, where the chart gives up height to its table and the type runs wider
          fontSize: print ? 10 : 11,
        }),
      },
    },
    plugins: [ChartDataLabels],
  }
}

/** <Figure id="collision-safety" />: paired bars of the safety outcomes, drawn at once. */
export function collisionSafetyDefinition(): FigureDefinition {
  const table = buildTable('collision-safety')
  return {
    id: 'collision-safety',
    panels: [{ ariaLabel: collisionSafetyView(collision).ariaLabel, config: ({ print }) => buildCollisionSafetyConfig(collision, { print }) }],
    steps: 0,
    table,
    source: table.source,
    notes: [],
    height: 260,
  }
}

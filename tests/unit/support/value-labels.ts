/**
 * The texts a chart's value labels (chartjs-plugin-datalabels options, from lib/figures/marks.ts) print,
 * [dataset][index] (null where none), as the plugin resolves them: nothing for a hidden series (a step not yet
 * revealed). What will be drawn, read from a config without a canvas.
 */
import type { Context } from 'chartjs-plugin-datalabels'
import type { Options as DataLabelsOptions } from 'chartjs-plugin-datalabels/types/options'

export function printedValueLabels(
  // the options as a chart config holds them (deep-partial), of which only these two are read
  options: { display?: unknown, formatter?: unknown } | undefined,
  datasets: readonly { data: readonly unknown[], hidden?: boolean }[],
): (string | null)[][] {
  const display = options?.display as DataLabelsOptions['display']
  const formatter = options?.formatter as DataLabelsOptions['formatter']
  return datasets.map((dataset, datasetIndex) => {
    if (dataset.hidden) return []
    return dataset.data.map((value, dataIndex) => {
      // the chart is not needed to resolve these two options (no canvas here)
      const context = { active: false, chart: undefined, dataIndex, dataset, datasetIndex } as unknown as Context
      if ((typeof display === 'function' ? display(context) : display) === false) return null
      const text = formatter ? formatter(value, context) : value
      return text == null ? null : String(text)
    })
  })
}

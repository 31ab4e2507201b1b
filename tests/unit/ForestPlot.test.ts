import { mount, flushPromises } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ForestPlot from '../../components/figures/ForestPlot.vue'
import { useSharedState } from '../../components/composables/useSharedState'
import { DEFAULT_FOREST_STATE } from '../../lib/figures/forest-plot'
import { readLectureForestPlot } from './support/lecture'

// The real composable imports the virtual module 'server-reactive:deck', which Vite cannot resolve under Vitest
// (the vi.mock in tests/unit/setup.ts comes too late for import analysis): use a local shared store instead.
vi.mock('../../components/composables/useSharedState', async () => {
  const { computed, reactive } = await import('vue')
  const store = reactive<Record<string, unknown>>({})
  return {
    useSharedState: <T>(key: string, initial: T) =>
      computed<T>({
        get: () => (key in store ? (store[key] as T) : initial),
        set: (value: T) => { store[key] = JSON.parse(JSON.stringify(value)) },
      }),
  }
})

beforeAll(() => {
  // jsdom has no ResizeObserver; Chart.js needs one for responsive charts.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
})

const printed = readLectureForestPlot()
const forest = useSharedState('forest', DEFAULT_FOREST_STATE)

afterEach(() => {
  forest.value = { ...DEFAULT_FOREST_STATE }
})

async function mountForest() {
  const wrapper = mount(ForestPlot, { attachTo: document.body })
  await flushPromises()
  await nextTick()
  return wrapper
}

describe('<ForestPlot />', () => {
  it('creates a Chart.js chart on an accessible canvas described by the data table', async () => {
    const wrapper = await mountForest()
    const canvas = wrapper.find('canvas').element as HTMLCanvasElement
    expect(Chart.getChart(canvas)).toBeDefined()
    expect(canvas.getAttribute('role')).toBe('img')
    expect(canvas.getAttribute('aria-label')).toContain(`pooled hazard ratio ${printed.total.hr}`)
    const table = document.getElementById(canvas.getAttribute('aria-describedby')!)
    expect(table?.tagName).toBe('TABLE')
    expect(table!.querySelectorAll('tbody tr')).toHaveLength(11)
    // set by the chart's afterRender hook, once the first (animated) render is done
    await vi.waitFor(() => expect(wrapper.element.querySelector(wrapper.attributes('data-waitfor')!)).not.toBeNull(), { timeout: 3000 })
    wrapper.unmount()
  })

  it('shows the published heterogeneity line under the chart', async () => {
    const wrapper = await mountForest()
    expect(wrapper.find('figcaption').text()).toContain(`Tau² = ${printed.heterogeneity.tau2}; Chi² = ${printed.heterogeneity.chi2}`)
    expect(wrapper.find('figcaption').text()).toContain(`Z = ${printed.overall.z}`)
    wrapper.unmount()
  })

  it('clicking a study row leaves it out, in the table, the chart and the shared state; clicking again restores it', async () => {
    const wrapper = await mountForest()
    const hofButton = wrapper.findAll('tbody th button').find((b) => b.text() === 'Hof 2016')!
    await hofButton.trigger('click')
    expect(forest.value).toEqual({ model: 'random', omitted: 'Hof 2016' })
    expect(hofButton.attributes('aria-pressed')).toBe('true')
    expect(wrapper.find('tr.is-omitted').text()).toContain('left out')
    expect(wrapper.find('.forest__hint').text()).toBe('Click Hof 2016 again to restore it')
    await flushPromises()
    await nextTick()
    const chart = Chart.getChart(wrapper.find('canvas').element as HTMLCanvasElement)!
    // Hof 2016's CI line turns dashed (chartjs-plugin-annotation, options.plugins.annotation)
    const annotations = chart.options.plugins!.annotation!.annotations as Record<string, { borderDash?: number[] }>
    expect(annotations['ci:9'].borderDash).toEqual([3, 3])
    expect(annotations['ci:8'].borderDash).toEqual([])
    expect(wrapper.find('canvas').attributes('aria-label')).toContain('Hof 2016 left out')
    await wrapper.findAll('tbody tr')[9].trigger('click')
    expect(forest.value.omitted).toBeNull()
    wrapper.unmount()
  })

  it('switches to the fixed-effect model with the toggle', async () => {
    const wrapper = await mountForest()
    const fixed = wrapper.findAll('button').find((b) => b.text() === 'Fixed effect')!
    await fixed.trigger('click')
    expect(forest.value.model).toBe('fixed')
    expect(fixed.attributes('aria-pressed')).toBe('true')
    expect(wrapper.find('thead').text()).toContain('IV, Fixed, 95% CI')
    expect(wrapper.find('figcaption').text()).not.toContain('Tau²')
    wrapper.unmount()
  })
})

// Print/export (Slidev's isPrintMode): figures draw without animation, show the published analysis and no controls.
import { flushPromises, mount } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import Figure from '../../components/figures/Figure.vue'
import ForestPlot from '../../components/figures/ForestPlot.vue'
import { readLectureForestPlot } from './support/lecture'

vi.mock('@slidev/client', async () => {
  const { ref } = await import('vue')
  return {
    useNav: () => ({ isPrintMode: ref(true), isPrintWithClicks: ref(false), go: vi.fn(), currentPage: ref(1) }),
    useSlideContext: () => ({ $clicks: ref(0), $page: ref(1) }),
  }
})

// The presenter left the forest plot on "fixed effect, Hof 2016 left out": print must ignore it.
vi.mock('../../components/composables/useSharedState', async () => {
  const { computed } = await import('vue')
  return { useSharedState: () => computed({ get: () => ({ model: 'fixed', omitted: 'Hof 2016' }), set: () => {} }) }
})

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
})

async function chartOf(component: any, props: Record<string, unknown> = {}) {
  const wrapper = mount(component, { props, attachTo: document.body })
  await flushPromises()
  const chart = Chart.getChart(wrapper.find('canvas').element as HTMLCanvasElement)!
  return { wrapper, chart }
}

describe('figures in print mode', () => {
  it('<ForestPlot /> prints the published random-effects analysis of all 10 studies, without buttons or animation', async () => {
    const printed = readLectureForestPlot()
    const { wrapper, chart } = await chartOf(ForestPlot)
    try {
      expect(chart.options.animation).toBe(false)
      expect(wrapper.findAll('button')).toHaveLength(0)
      expect(wrapper.find('.forest__total').text()).toContain(`${printed.total.hr} [${printed.total.ciLow}, ${printed.total.ciHigh}]`)
      expect(wrapper.text()).not.toContain('left out')
      expect(wrapper.element.querySelector(wrapper.attributes('data-waitfor')!)).not.toBeNull()
    } finally {
      wrapper.unmount()
    }
  })

  it.each([
    ['collision-os'],
    ['collision-safety'],
  ])('<Figure id="%s" /> draws at once (no animation) and is ready immediately, without the data-table button', async (id) => {
    const { wrapper, chart } = await chartOf(Figure, { id })
    try {
      expect(chart.options.animation).toBe(false)
      expect(wrapper.find("[data-chart-ready='true']").exists()).toBe(true)
      expect(wrapper.findAll('button')).toHaveLength(0)
    } finally {
      wrapper.unmount()
    }
  })
})

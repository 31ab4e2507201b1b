import './support/chart-env'
import { flushPromises, mount } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { describe, expect, it, vi } from 'vitest'
import Figure from '../../components/figures/Figure.vue'
import ForestPlot from '../../components/figures/ForestPlot.vue'
import ViganoExplorer from '../../components/figures/ViganoExplorer.vue'
import { readLectureForestPlot } from './support/lecture'

// Print/export (Slidev's isPrintMode): every figure fully drawn at once, no animation, no on-screen controls, the
// published analysis whatever the presenter left on screen.
// The slide's clicks context says "before the figure's first click", so on screen only the first step shows.
const nav = vi.hoisted(() => ({ print: true }))
vi.mock('@slidev/client', async () => {
  const { computed, ref } = await import('vue')
  const clicksContext = {
    calculateSince: () => ({ currentOffset: computed(() => -1) }),
    register: vi.fn(),
    unregister: vi.fn(),
  }
  return {
    useNav: () => ({ isPrintMode: ref(nav.print), isPrintWithClicks: ref(false), go: vi.fn(), currentPage: ref(1) }),
    useSlideContext: () => ({ $clicks: ref(0), $page: ref(1), $clicksContext: clicksContext }),
  }
})
vi.mock('../../components/composables/useSharedState', async () => {
  const { computed, ref } = await import('vue')
  // What the presenter left on screen, which print must not show: CEA ≥ 200 on in the Viganò calculator,
  // the forest plot on "fixed effect, Hof 2016 left out".
  const stores: Record<string, ReturnType<typeof ref<unknown>>> = {
    vigano: ref<unknown>({ moreThan3Metastases: false, sizeAtLeast50mm: false, ceaAtLeast200: true }),
    forest: ref<unknown>({ model: 'fixed', omitted: 'Hof 2016' }),
  }
  return {
    useSharedState: (key: string, initial: unknown) => {
      const store = (stores[key] ??= ref(initial))
      return computed({ get: () => store.value, set: (v: unknown) => { store.value = v } })
    },
  }
})

async function mounted(component: any, props: Record<string, unknown> = {}) {
  const w = mount(component, { props, attachTo: document.body })
  await flushPromises()
  return w
}

const charts = (w: ReturnType<typeof mount>) => w.findAll('canvas').map(c => Chart.getChart(c.element as HTMLCanvasElement)!)

describe('figures in print mode', () => {
  it('on screen, before its click, the second arm waits; in print it is drawn', async () => {
    nav.print = false
    const screen = await mounted(Figure, { id: 'clocc' })
    expect(charts(screen)[0].data.datasets.map(d => d.hidden)).toEqual([false, true])
    expect(charts(screen)[0].options.animation).not.toBe(false)
    screen.unmount()
    nav.print = true
    const print = await mounted(Figure, { id: 'clocc' })
    expect(charts(print)[0].data.datasets.map(d => d.hidden)).toEqual([false, false])
    print.unmount()
  })

  it('at-risk bars: both arms shown, no animation, no "Data table" button, ready', async () => {
    const w = await mounted(Figure, { id: 'clocc' })
    const [chart] = charts(w)
    expect(chart.options.animation).toBe(false)
    expect(chart.data.datasets.map(d => d.hidden)).toEqual([false, false])
    expect(w.find('button').exists()).toBe(false)
    expect(w.find('table').exists()).toBe(true)
    await vi.waitFor(() => expect(w.find("[data-chart-ready='true']").exists()).toBe(true))
    w.unmount()
  })

  it('JCOG0603 shows OS as well as DFS; EPOC both analyses; SBRT every horizon', async () => {
    const jcog = await mounted(Figure, { id: 'jcog0603' })
    // each bar with its CI whisker ({ x, xMin, xMax }, chartjs-chart-error-bars)
    expect(charts(jcog)[0].data.datasets.map(d => (d.data as { x: number | null }[]).map(bar => bar.x))).toEqual([[38.7, 83.1], [49.8, 71.2]])
    expect(charts(jcog)[0].options.animation).toBe(false)
    jcog.unmount()
    const epoc = await mounted(Figure, { id: 'epoc-long-term' })
    expect(charts(epoc).map(c => c.data.datasets[0].data)).toEqual([[61, 64], [51.2, 52.4]])
    epoc.unmount()
    const sbrt = await mounted(Figure, { id: 'sbrt' })
    expect(charts(sbrt)[0].data.datasets.every(d => !d.hidden)).toBe(true)
    sbrt.unmount()
  })

  it('Viganò: the whole table with the verdict per row, no calculator, nothing highlighted', async () => {
    const w = await mounted(ViganoExplorer)
    expect(w.findAll('tbody tr')).toHaveLength(8)
    expect(w.findAll('button')).toHaveLength(0)
    expect(w.find('output').exists()).toBe(false)
    expect(w.findAll('tr[aria-current]')).toHaveLength(0)
    expect(w.findAll('td.verdict--no')).toHaveLength(5)
    // one column; the chart area, where the export's ready marker is, holds the colour legend instead of the calculator
    expect(w.classes()).not.toContain('chart-figure--beside')
    expect(w.find("[data-chart-ready='true'] .vigano__legend").exists()).toBe(true)
    expect(w.findAll('.vigano__legend')).toHaveLength(1)
    w.unmount()
  })

  it('<ForestPlot /> prints the published random-effects analysis of all 10 studies, without buttons or animation', async () => {
    const printed = readLectureForestPlot()
    const wrapper = await mounted(ForestPlot)
    const [chart] = charts(wrapper)
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
    const wrapper = await mounted(Figure, { id })
    const [chart] = charts(wrapper)
    try {
      expect(chart.options.animation).toBe(false)
      expect(wrapper.find("[data-chart-ready='true']").exists()).toBe(true)
      expect(wrapper.findAll('button')).toHaveLength(0)
    } finally {
      wrapper.unmount()
    }
  })
})

import './support/chart-env'
import { flushPromises, mount } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { describe, expect, it, vi } from 'vitest'
import Figure from '../../components/figures/Figure.vue'
import ViganoExplorer from '../../components/figures/ViganoExplorer.vue'

// Print/export (Slidev's isPrintMode): every figure fully drawn at once, no animation, no on-screen controls.
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
    useNav: () => ({ isPrintMode: ref(nav.print), isPrintWithClicks: ref(false) }),
    useSlideContext: () => ({ $clicks: ref(0), $clicksContext: clicksContext }),
  }
})
vi.mock('../../components/composables/useSharedState', async () => {
  const { computed, ref } = await import('vue')
  // the presenter left CEA ≥ 200 on: print must not show it
  const store = ref<unknown>({ moreThan3Metastases: false, sizeAtLeast50mm: false, ceaAtLeast200: true })
  return { useSharedState: () => computed({ get: () => store.value, set: (v: unknown) => { store.value = v } }) }
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
    expect(charts(jcog)[0].data.datasets.map(d => d.data)).toEqual([[38.7, 83.1], [49.8, 71.2]])
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
    w.unmount()
  })
})

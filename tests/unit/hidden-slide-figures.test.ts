import './support/chart-env'
import { flushPromises, mount } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import Figure from '../../components/figures/Figure.vue'

// Slidev mounts every slide and keeps the hidden ones mounted. A figure on a hidden slide draws nothing until its
// slide is shown or the browser is idle, ignores the clicks its slide goes through while hidden, and draws at once
// (no entry animation) when it appears; a step revealed on screen animates.
// JCOG0603 is on slide 5 here: DFS on screen first, OS on the figure's click.
const slide = vi.hoisted(() => ({ current: undefined as any, offset: undefined as any }))
vi.mock('@slidev/client', async () => {
  const { computed, ref } = await import('vue')
  slide.current = ref(1)
  slide.offset = ref(-1)
  const clicksContext = {
    calculateSince: () => ({ currentOffset: computed(() => slide.offset.value) }),
    register: vi.fn(),
    unregister: vi.fn(),
  }
  return {
    useNav: () => ({ isPrintMode: ref(false), isPrintWithClicks: ref(false), go: vi.fn(), currentPage: slide.current }),
    useSlideContext: () => ({
      $clicks: ref(0),
      $page: ref(5),
      $nav: computed(() => ({ currentSlideNo: slide.current.value })),
      $clicksContext: clicksContext,
    }),
  }
})

const OS_ROW = 1

async function figureOnSlide5(currentSlide: number) {
  slide.current.value = currentSlide
  slide.offset.value = -1
  const wrapper = mount(Figure, { props: { id: 'jcog0603' }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const chartOf = (wrapper: ReturnType<typeof mount>) => {
  const canvas = wrapper.find('canvas')
  return canvas.exists() ? Chart.getChart(canvas.element as HTMLCanvasElement) : undefined
}
// a bar with its CI whisker, { x, xMin, xMax }: x is null while the OS row is not revealed
const osShown = (chart: Chart) => chart.data.datasets.every(dataset => (dataset.data[OS_ROW] as { x: number | null }).x != null)

afterEach(() => {
  document.body.innerHTML = ''
  vi.useRealTimers()
})

describe('a figure on a slide that is not on screen', () => {
  it('draws nothing at mount, then draws once the browser is idle', async () => {
    vi.useFakeTimers()
    const wrapper = await figureOnSlide5(1)
    expect(chartOf(wrapper)).toBeUndefined()
    expect(wrapper.find("[data-chart-ready='true']").exists()).toBe(false)
    await vi.advanceTimersByTimeAsync(200)
    await flushPromises()
    const chart = chartOf(wrapper)
    expect(chart).toBeDefined()
    expect(chart!.options.animation).toBe(false)
  })

  it('draws at once, without the entry animation, when its slide is shown', async () => {
    const wrapper = await figureOnSlide5(1)
    slide.current.value = 5
    await flushPromises()
    const chart = chartOf(wrapper)
    expect(chart).toBeDefined()
    expect(chart!.options.animation).toBe(false)
    await vi.waitFor(() => expect(wrapper.find("[data-chart-ready='true']").exists()).toBe(true))
  })

  it('a slide opened on screen draws its figure at mount', async () => {
    const wrapper = await figureOnSlide5(5)
    expect(chartOf(wrapper)).toBeDefined()
    expect(osShown(chartOf(wrapper)!)).toBe(false)
  })

  it('on screen, the step revealed by a click animates', async () => {
    const wrapper = await figureOnSlide5(5)
    slide.offset.value = 0
    await flushPromises()
    const chart = chartOf(wrapper)!
    expect(osShown(chart)).toBe(true)
    expect(chart.options.animation).not.toBe(false)
  })

  it('left for the next slide (Slidev puts it at its last click), it keeps what it showed until it is shown again', async () => {
    const wrapper = await figureOnSlide5(5)
    const chart = chartOf(wrapper)!
    const update = vi.spyOn(chart, 'update')
    slide.current.value = 6
    slide.offset.value = 99
    await flushPromises()
    await nextTick()
    expect(update).not.toHaveBeenCalled()
    expect(osShown(chart)).toBe(false)

    // Back with ←: the slide comes back at its last click, and the figure catches up.
    slide.current.value = 5
    await flushPromises()
    await nextTick()
    expect(osShown(chart)).toBe(true)
  })
})

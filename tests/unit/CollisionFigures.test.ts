import { flushPromises, mount } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import Figure from '../../components/figures/Figure.vue'
import { readLectureCollision } from './support/lecture'

beforeAll(() => {
  // jsdom has no ResizeObserver; Chart.js needs one for responsive charts.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
})

const printed = readLectureCollision()

async function mounted(component: any, props: Record<string, unknown> = {}) {
  const wrapper = mount(component, { props, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function describedTable(canvas: HTMLCanvasElement): HTMLTableElement {
  const table = document.getElementById(canvas.getAttribute('aria-describedby')!)
  expect(table?.tagName).toBe('TABLE')
  return table as HTMLTableElement
}

describe('<Figure id="collision-os" />', () => {
  it('draws both reconstructed curves on an accessible canvas and marks itself ready', async () => {
    const wrapper = await mounted(Figure, { id: 'collision-os' })
    try {
      const canvas = wrapper.find('canvas').element as HTMLCanvasElement
      const chart = Chart.getChart(canvas)
      expect(chart).toBeDefined()
      expect(chart!.data.datasets.map((d) => d.label)).toEqual(['Resection', 'Ablation'])
      expect(canvas.getAttribute('role')).toBe('img')
      expect(canvas.getAttribute('aria-label')).toMatch(/^Overall survival reconstructed from the published numbers at risk/)
      await vi.waitFor(() => expect(wrapper.find("[data-chart-ready='true']").exists()).toBe(true), { timeout: 3000 })
    } finally {
      wrapper.unmount()
    }
  })

  it('says under the chart that it is a reconstruction, not the trial’s Kaplan–Meier curve', async () => {
    const wrapper = await mounted(Figure, { id: 'collision-os' })
    try {
      expect(wrapper.text()).toContain(
        "Reconstruction from the published numbers at risk (actuarial life table), not the trial's Kaplan–Meier curve",
      )
    } finally {
      wrapper.unmount()
    }
  })

  it('its data table holds the printed numbers at risk (events) for every month', async () => {
    const wrapper = await mounted(Figure, { id: 'collision-os' })
    try {
      const table = describedTable(wrapper.find('canvas').element as HTMLCanvasElement)
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()))
      expect(rows.map((r) => Number(r[0]))).toEqual(printed.months)
      expect(rows.map((r) => r[1])).toEqual(printed.resection)
      expect(rows.map((r) => r[3])).toEqual(printed.ablation)
      expect(rows[0][2]).toBe('100.0%')
    } finally {
      wrapper.unmount()
    }
  })
})

describe('<Figure id="collision-safety" />', () => {
  it('draws the paired bars on an accessible canvas with the printed values, and marks itself ready', async () => {
    const wrapper = await mounted(Figure, { id: 'collision-safety' })
    try {
      const canvas = wrapper.find('canvas').element as HTMLCanvasElement
      const chart = Chart.getChart(canvas)
      expect(chart).toBeDefined()
      expect(chart!.data.datasets.map((d) => d.data)).toEqual([
        printed.safety.map((s) => Number.parseFloat(s[1])),
        printed.safety.map((s) => Number.parseFloat(s[2])),
      ])
      expect(canvas.getAttribute('aria-label')).toContain('treatment related mortality 2.1% versus 0.0%')
      const table = describedTable(canvas)
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()))
      expect(rows).toEqual(printed.safety)
      await vi.waitFor(() => expect(wrapper.find("[data-chart-ready='true']").exists()).toBe(true), { timeout: 3000 })
    } finally {
      wrapper.unmount()
    }
  })
})

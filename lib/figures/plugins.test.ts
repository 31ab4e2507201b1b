import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { intervalsPlugin, textMarkersPlugin, valueLabelsPlugin } from './plugins'

beforeAll(() => {
  Chart.register(BarController, BarElement, CategoryScale, LinearScale)
})

function draw(plugins: Record<string, unknown>, data: (number | null)[] = [152, 85]) {
  const canvas = document.createElement('canvas')
  canvas.width = 400
  canvas.height = 300
  const ctx = canvas.getContext('2d')!
  const fillText = vi.spyOn(ctx, 'fillText')
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: ['a', 'b'], datasets: [{ data: data as number[] }] },
    options: { animation: false, responsive: false, plugins: plugins as any },
    plugins: [valueLabelsPlugin, intervalsPlugin, textMarkersPlugin],
  })
  return { chart, fillText, texts: () => fillText.mock.calls.map(c => c[0]) }
}

afterEach(() => vi.restoreAllMocks())

describe('chart plugins', () => {
  it('valueLabels writes each printed value, skipping null ones', () => {
    const { chart, texts } = draw({ valueLabels: { labels: [['152', null]] } })
    expect(texts()).toContain('152')
    expect(texts()).not.toContain('85')
    chart.destroy()
  })

  it('valueLabels draws nothing for a hidden series (a step not yet revealed)', () => {
    const canvas = document.createElement('canvas')
    const ctx = canvas.getContext('2d')!
    const fillText = vi.spyOn(ctx, 'fillText')
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: ['a'], datasets: [{ data: [10], hidden: true }] },
      options: { animation: false, responsive: false, plugins: { valueLabels: { labels: [['10']] } } as any },
      plugins: [valueLabelsPlugin],
    })
    expect(fillText.mock.calls.map(c => c[0])).not.toContain('10')
    chart.destroy()
  })

  it('textMarkers writes "NR" where a value is not reported', () => {
    const { chart, texts } = draw({ textMarkers: { items: [{ x: 0, y: 50, text: 'NR' }] } })
    expect(texts()).toContain('NR')
    chart.destroy()
  })

  it('intervals strokes one whisker per interval (white halo, then the dark line) and none for null', () => {
    const strokes: string[] = []
    const ctx = { save() {}, restore() {}, beginPath() {}, moveTo() {}, lineTo() {}, strokeStyle: '', lineWidth: 0, stroke() { strokes.push(`${this.strokeStyle}/${this.lineWidth}`) } }
    const scale = { getPixelForValue: (v: number) => v * 2 }
    const element = (x: number) => ({ getProps: () => ({ x, y: 100 }) })
    const chart = { ctx, isDatasetVisible: () => true, getDatasetMeta: () => ({ xScale: scale, yScale: scale, data: [element(10), element(20)] }) }
    ;(intervalsPlugin.afterDatasetsDraw as any)(chart, {}, { intervals: [[[30, 46], null]] })
    expect(strokes).toEqual(['#ffffff/4.5', '#1e293b/2'])
  })
})

import './support/chart-env'
import { flushPromises, mount } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ChartFigure from '../../components/figures/ChartFigure.vue'
import Figure from '../../components/figures/Figure.vue'
import { asChartJsConfig, type FigureRenderOptions } from '../../lib/figures/figure'
import { figureDefinition } from '../../lib/figures/registry'
import { INK } from '../../lib/figures/theme'
import ViganoExplorer from '../../components/figures/ViganoExplorer.vue'
import { useSharedState } from '../../components/composables/useSharedState'
import { strokedLines } from './support/canvas-strokes'

// Expected values come from the lecture text (data/source/lecture.txt).

// The real composable imports the virtual module 'server-reactive:deck', which Vite cannot resolve under Vitest:
// one local store stands for the channel shared by the presenter and audience windows.
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

async function mounted(component: any, props: Record<string, unknown> = {}) {
  const wrapper = mount(component, { props, attachTo: document.body })
  await flushPromises()
  return wrapper
}

/** Every canvas has a Chart.js chart, role img, a label and a description that is a table in the DOM. */
function expectAccessibleCharts(wrapper: ReturnType<typeof mount>, count = 1) {
  const canvases = wrapper.findAll('canvas')
  expect(canvases).toHaveLength(count)
  for (const c of canvases) {
    const canvas = c.element as HTMLCanvasElement
    expect(Chart.getChart(canvas)).toBeDefined()
    expect(canvas.getAttribute('role')).toBe('img')
    expect(canvas.getAttribute('aria-label')!.length).toBeGreaterThan(20)
    const described = document.getElementById(canvas.getAttribute('aria-describedby')!)
    expect(described?.tagName).toBe('TABLE')
  }
}

async function expectReady(wrapper: ReturnType<typeof mount>) {
  expect(wrapper.attributes('data-waitfor')).toBe("[data-chart-ready='true']")
  await vi.waitFor(() => expect(wrapper.find("[data-chart-ready='true']").exists()).toBe(true), { timeout: 3000 })
}

describe('<Figure> numbers at risk (epoc, lms-*, paul-brousse)', () => {
  it('draws EPOC on an accessible canvas, says the time points are not given, and marks itself ready', async () => {
    const w = await mounted(Figure, { id: 'epoc' })
    expectAccessibleCharts(w)
    expect(w.text()).toMatch(/time points not given in the lecture text/i)
    expect(w.text()).toContain('Nordlinger Lancet 2008')
    const canvas = w.find('canvas').element as HTMLCanvasElement
    expect(Chart.getChart(canvas)!.data.datasets.map(d => d.data)).toEqual([[152, 85, 59, 39, 24], [151, 118, 76, 45, 23]])
    await expectReady(w)
    w.unmount()
  })

  it('the data table lists both LiverMetSurvey arms with the printed columns', async () => {
    const w = await mounted(Figure, { id: 'lms-postop-972' })
    const table = document.getElementById(w.find('canvas').attributes('aria-describedby')!)!
    expect([...table.querySelectorAll('thead th')].map(th => th.textContent!.trim())).toEqual(['Group', 'Total', '1 yr', '2 yrs', '3 yrs', '4 yrs', '5 yrs'])
    expect([...table.querySelectorAll('tbody tr')].map(tr => [...tr.children].map(c => c.textContent!.trim()))).toEqual([
      ['No postop chemo', '579', '318', '182', '94', '66', '42'],
      ['With postop chemo', '393', '243', '146', '97', '65', '44'],
    ])
    w.unmount()
  })

  it('prints the lecture\'s table of numbers at risk as text under the bars, on screen too (no button to open it)', async () => {
    const w = await mounted(Figure, { id: 'paul-brousse' })
    const table = w.find('.chart-figure__table--screen table')
    expect(table.exists()).toBe(true)
    expect(table.element.closest('.sr-only')).toBeNull()
    // The lecture: "Number exposed to risk 137 76 43 7 79"
    expect(table.find('tbody tr').findAll('th, td').map(c => c.text())).toEqual(['Number exposed to risk', '137', '76', '43', '7', '79'])
    expect(w.find('button[aria-controls]').exists()).toBe(false)
    w.unmount()
  })

  it('the "Data table" button of a figure whose numbers are on the slide shows its table over the chart and says so to assistive technology', async () => {
    const w = await mounted(Figure, { id: 'epoc-long-term' })
    const button = w.find('button[aria-controls]')
    expect(button.attributes('aria-expanded')).toBe('false')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(w.find('.chart-figure__table--open').exists()).toBe(true)
    w.unmount()
  })
})

describe('<Figure id="jcog0603">', () => {
  it('draws 5-year DFS and OS per arm, states the discordance, and marks itself ready', async () => {
    const w = await mounted(Figure, { id: 'jcog0603' })
    expectAccessibleCharts(w)
    const canvas = w.find('canvas').element as HTMLCanvasElement
    expect(Chart.getChart(canvas)!.data.datasets.map(d => (d.data as { x: number }[]).map(bar => bar.x))).toEqual([[38.7, 83.1], [49.8, 71.2]])
    expect(canvas.getAttribute('aria-label')).toContain('DFS did not correlate with OS')
    expect(w.text()).toContain('HR 0.67 (95% CI 0.50–0.92)')
    await expectReady(w)
    w.unmount()
  })
})

describe('<Figure id="epoc-long-term">', () => {
  it('draws two panels (median OS, 5-year OS) and is ready only when both have rendered', async () => {
    const w = await mounted(Figure, { id: 'epoc-long-term' })
    expectAccessibleCharts(w, 2)
    const [median, fiveYear] = w.findAll('canvas').map(c => Chart.getChart(c.element as HTMLCanvasElement)!)
    expect(median.data.datasets.map(d => d.data)).toEqual([[61, 64], [54, 55]])
    expect(fiveYear.data.datasets.map(d => d.data)).toEqual([[51.2, 52.4], [47.8, 48.3]])
    expect(w.text()).toContain('does not say which arm')
    await expectReady(w)
    w.unmount()
  })
})

describe('<Figure id="blm-series">', () => {
  it('draws the 5-year and median panels; NR rows have no point', async () => {
    const w = await mounted(Figure, { id: 'blm-series' })
    expectAccessibleCharts(w, 2)
    const fiveYear = Chart.getChart(w.findAll('canvas')[0].element as HTMLCanvasElement)!
    expect(fiveYear.data.datasets[0].data).toHaveLength(8)
    expect(w.text()).toContain('27 – 53%')
    await expectReady(w)
    w.unmount()
  })
})

describe('<Figure id="sbrt">', () => {
  it('draws local control, overall survival and PFS side by side, one series per horizon; the data table keeps every column of the lecture\'s table', async () => {
    const w = await mounted(Figure, { id: 'sbrt' })
    expectAccessibleCharts(w, 3)
    const labels = w.findAll('canvas').map(c => Chart.getChart(c.element as HTMLCanvasElement)!.data.datasets.map(d => d.label))
    // From the lecture's columns: local control at 1-4 years; OS at 1, 2, 3 and 5 years; PFS only "2-year: 19%" (Hoyer).
    expect(labels).toEqual([
      ['1-year local control', '2-year local control', '3-year local control', '4-year local control'],
      ['1-year overall survival', '2-year overall survival', '3-year overall survival', '5-year overall survival'],
      ['2-year PFS'],
    ])
    const os = Chart.getChart(w.findAll('canvas')[1].element as HTMLCanvasElement)!
    expect((os.data.datasets[3].data as { x: number }[]).map(p => p.x)).toEqual([13, 18])
    const table = document.getElementById(w.find('canvas').attributes('aria-describedby')!)!
    const headers = [...table.querySelectorAll('thead th')].map(th => th.textContent!.trim())
    // The lecture's header row: "Study Design Case and lesions Dose (Gy) /fractions Follow-up Local control Overall survival PFS Toxicity"
    expect(headers).toEqual(['Study', 'Design', 'Case and lesions', 'Dose (Gy) /fractions', 'Follow-up', 'Local control', 'Overall survival', 'PFS', 'Toxicity'])
    expect(table.querySelector('tbody tr')!.textContent).toContain('45/3')
    await expectReady(w)
    w.unmount()
  })
})

// A figure's chart drawn once, without animation, on a sized canvas: the texts it wrote.
function drawn(id: string, panel = 0, options: Partial<FigureRenderOptions> = {}) {
  const config = asChartJsConfig(figureDefinition(id).panels[panel].config({ print: false, revealed: undefined, compact: false, ...options }))
  const canvas = document.createElement('canvas')
  canvas.width = 900
  canvas.height = 400
  const chart = new Chart(canvas, { ...config, options: { ...config.options, animation: false, responsive: false } })
  const events = (canvas.getContext('2d') as unknown as { __getEvents(): { type: string, props: { text?: string } }[] }).__getEvents()
  const texts = events.filter(e => e.type === 'fillText').map(e => String(e.props.text))
  return { chart, texts }
}

describe('what the figures print on their charts (chartjs-plugin-datalabels and chartjs-plugin-annotation, drawn)', () => {
  // <Figure> registers what its charts need when it is set up: mount one first.
  beforeAll(async () => { (await mounted(Figure, { id: 'epoc' })).unmount() })

  it('EPOC: every count of both arms above its bar', () => {
    const { chart, texts } = drawn('epoc')
    for (const count of ['152', '85', '59', '39', '24', '151', '118', '76', '45', '23']) expect(texts).toContain(count)
    chart.destroy()
  })

  it('an arm not yet revealed prints none of its counts (LiverMetSurvey 1450, first step)', () => {
    const { chart, texts } = drawn('lms-preop-1450', 0, { revealed: 0 })
    for (const count of ['1282', '861', '549', '335', '224', '148']) expect(texts).toContain(count)
    for (const count of ['168', '95', '56']) expect(texts).not.toContain(count)
    chart.destroy()
  })

  it('breast-cancer series: "NR" on the two rows not reported, the printed range over its band, each 5-year rate', () => {
    const { chart, texts } = drawn('blm-series', 0)
    expect(texts.filter(t => t === 'NR')).toHaveLength(2)
    expect(texts).toContain('printed range 27 – 53%')
    for (const rate of ['34%', '37%', '41%', '48%', '44%', '27%', '53%', '38%']) expect(texts).toContain(rate)
    chart.destroy()
    const median = drawn('blm-series', 1)
    expect(median.texts).not.toContain('NR')
    expect(median.texts).toContain('91 mo')
    median.chart.destroy()
  })

  it('JCOG0603: each 95% CI is an ink whisker over a white halo on its bar\'s centre, from the low to the high bound, with 8 px caps; the rate past it; OS waits for its click', () => {
    const { chart, texts } = drawn('jcog0603')
    for (const rate of ['38.7%', '83.1%', '49.8%', '71.2%']) expect(texts).toContain(rate)
    const lines = strokedLines(chart.canvas)
    const near = (a: number, b: number) => Math.abs(a - b) < 0.1
    const x = chart.scales.x
    // [arm, endpoint, low, high] from the lecture: DFS 30.4–46.8 and 41.0–58.0, OS 74.9–88.9 and 61.7–78.8
    for (const [arm, endpoint, low, high] of [[0, 0, 30.4, 46.8], [1, 0, 41.0, 58.0], [0, 1, 74.9, 88.9], [1, 1, 61.7, 78.8]]) {
      const bar = chart.getDatasetMeta(arm).data[endpoint] as unknown as { y: number }
      const [from, to] = [x.getPixelForValue(low), x.getPixelForValue(high)]
      const stroke = (width: number, color: string, x1: number, y1: number, x2: number, y2: number) => lines.findIndex(l =>
        l.width === width && l.color === color && near(l.x1, x1) && near(l.y1, y1) && near(l.x2, x2) && near(l.y2, y2))
      const whisker = stroke(2, INK.text, from, bar.y, to, bar.y)
      const halo = stroke(4.5, '#ffffff', from, bar.y, to, bar.y)
      expect(whisker, `whisker ${arm}:${endpoint}`).toBeGreaterThan(-1)
      expect(halo, `halo under whisker ${arm}:${endpoint}`).toBeGreaterThan(-1)
      expect(halo).toBeLessThan(whisker)
      // 8 px caps across the bar at both bounds, each over its halo
      for (const bound of [from, to]) {
        const cap = stroke(2, INK.text, bound, bar.y - 4, bound, bar.y + 4)
        expect(cap, `cap at ${bound} of ${arm}:${endpoint}`).toBeGreaterThan(-1)
        expect(stroke(4.5, '#ffffff', bound, bar.y - 4, bound, bar.y + 4)).toBeLessThan(cap)
      }
    }
    chart.destroy()
    const dfsOnly = drawn('jcog0603', 0, { revealed: 0 })
    expect(dfsOnly.texts).toContain('38.7%')
    expect(dfsOnly.texts).not.toContain('83.1%')
    // no whisker on the OS row before its click: every ink line lies in the DFS row
    const osRow = dfsOnly.chart.scales.y.getPixelForValue(1)
    const inked = strokedLines(dfsOnly.chart.canvas).filter(l => l.color === INK.text && l.width === 2)
    expect(inked.length).toBeGreaterThanOrEqual(6)
    expect(inked.filter(l => Math.abs(l.y1 - osRow) < 20)).toEqual([])
    dfsOnly.chart.destroy()
  })

  it('datalabels labels only the charts that ask for it: the COLLISION curves print no value at their points', () => {
    const { chart, texts } = drawn('collision-os')
    // datalabels' default text for an {x, y} point is "x: 12, y: 93.5…"
    expect(texts.filter(t => t.startsWith('x: '))).toEqual([])
    expect(texts).toContain('Number at risk (number of events)')
    expect(Chart.registry.plugins.get('datalabels')).toBeUndefined()
    chart.destroy()
  })
})

describe('<ViganoExplorer>', () => {
  const state = useSharedState('vigano', {})
  afterEach(() => { state.value = {} })

  const toggles = (w: ReturnType<typeof mount>) => w.findAll('button[aria-pressed]')
  const result = (w: ReturnType<typeof mount>) => w.find('output').text()

  it('shows the eight combinations with their printed survival and marks the no-factor row current', async () => {
    const w = await mounted(ViganoExplorer)
    const rows = w.findAll('tbody tr')
    expect(rows).toHaveLength(8)
    expect(rows.map(r => r.findAll('td.heat').map(td => td.text()))).toEqual([
      ['60.5', '53.3'], ['38.2', '29.9'], ['26.7', '19.1'], ['7.9', '4.1'], ['8.0', '4.2'], ['0.8', '0.2'], ['0.1', '0'], ['0', '0'],
    ])
    expect(rows[0].attributes('aria-current')).toBe('true')
    expect(result(w)).toContain('60.5%')
    expect(result(w)).toContain('Resection not contraindicated')
    expect(w.attributes('data-waitfor')).toBe("[data-chart-ready='true']")
    expect(w.find("[data-chart-ready='true']").exists()).toBe(true)
    w.unmount()
  })

  it('sits in the ChartFigure frame like the other figures: the heat map as its table, the calculator beside it, the conclusion and the source under them', async () => {
    const w = await mounted(ViganoExplorer)
    const frame = w.findComponent(ChartFigure)
    expect(frame.exists()).toBe(true)
    expect(w.classes()).toContain('chart-figure--beside')
    expect(w.attributes('data-figure')).toBe('vigano2012')
    expect(w.find('.chart-figure__chart .vigano__calc').exists()).toBe(true)
    expect(w.find(`table#${frame.props('tableId')}`).find('caption').text()).toBe('Survival after resection (%) by combination of factors')
    // the lecture's conclusion and the source line, in the frame's caption
    expect(w.find('figcaption .chart-figure__note').text()).toMatch(/^“Liver resection is contraindicated only in patients with >3 and large/)
    expect(w.find('figcaption .chart-figure__source').text()).toBe('Source: L. Viganò et al., Ann Surg Oncol (2012)')
    w.unmount()
  })

  it('toggling CEA ≥ 200 by keyboard-operable buttons selects its row: 7.9% / 4.1%, resection contraindicated', async () => {
    const w = await mounted(ViganoExplorer)
    const cea = toggles(w).find(b => b.text().includes('CEA'))!
    expect(cea.element.tagName).toBe('BUTTON')
    await cea.trigger('click')
    expect(cea.attributes('aria-pressed')).toBe('true')
    expect(result(w)).toContain('7.9%')
    expect(result(w)).toContain('4.1%')
    expect(result(w)).toContain('Resection contraindicated')
    expect(w.findAll('tbody tr')[3].attributes('aria-current')).toBe('true')
    w.unmount()
  })

  it('>3 metastases alone is not a contraindication; with size ≥ 50 mm it is (8.0% / 4.2%)', async () => {
    const w = await mounted(ViganoExplorer)
    await toggles(w).find(b => b.text().includes('>3 metastases'))!.trigger('click')
    expect(result(w)).toContain('38.2%')
    expect(result(w)).toContain('Resection not contraindicated')
    await toggles(w).find(b => b.text().includes('Size'))!.trigger('click')
    expect(result(w)).toContain('8.0%')
    expect(result(w)).toContain('Resection contraindicated')
    w.unmount()
  })

  it('a mouse click hands focus back to the slide (so → still advances); keyboard activation keeps it', async () => {
    const w = await mounted(ViganoExplorer)
    const size = toggles(w).find(b => b.text().includes('Size'))!.element as HTMLButtonElement
    size.focus()
    size.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }))
    await nextTick()
    expect(document.activeElement).toBe(size)
    expect(size.getAttribute('aria-pressed')).toBe('true')
    size.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }))
    await nextTick()
    expect(document.activeElement).not.toBe(size)
    expect(size.getAttribute('aria-pressed')).toBe('false')
    w.unmount()
  })

  it('what the presenter toggles shows in the audience window (same shared state)', async () => {
    const presenter = await mounted(ViganoExplorer)
    const audience = await mounted(ViganoExplorer)
    await toggles(presenter).find(b => b.text().includes('Size'))!.trigger('click')
    await nextTick()
    expect(toggles(audience).find(b => b.text().includes('Size'))!.attributes('aria-pressed')).toBe('true')
    expect(result(audience)).toContain('26.7%')
    presenter.unmount()
    audience.unmount()
  })
})

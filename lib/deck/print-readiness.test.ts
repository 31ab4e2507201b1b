import { describe, expect, it } from 'vitest'
import { printBlockers } from './print-readiness'

/** A print view holding `html` (its slide containers) and the readiness marker of index.html. */
function printView(html: string): Document {
  const doc = document.implementation.createHTMLDocument('print')
  doc.body.innerHTML = `<div id="print-content">${html}</div><div id="omd-print-ready" data-waitfor="[data-print-ready]"></div>`
  return doc
}

const slide = (no: number, inner = '<div class="slidev-layout default"><h1>Title</h1></div>') =>
  `<div id="${String(no).padStart(3, '0')}-01" class="print-slide-container"><div data-slidev-no="${no}">${inner}</div></div>`

function image(doc: Document, state: { complete: boolean, naturalWidth: number }) {
  const img = doc.querySelector('img')!
  Object.defineProperty(img, 'complete', { value: state.complete })
  Object.defineProperty(img, 'naturalWidth', { value: state.naturalWidth })
}

describe('the print view is ready to print', () => {
  it('when every slide is rendered, every figure drawn and the fonts loaded', () => {
    const doc = printView(slide(1) + slide(2, '<div class="slidev-layout"><figure data-waitfor="[data-chart-ready=\'true\']"><canvas data-chart-ready="true"></canvas></figure></div>'))
    expect(printBlockers({ root: doc, expectedSlides: 2, fontsStatus: 'loaded' })).toEqual({ pending: [], failed: [] })
  })

  it('not while Slidev has not rendered every slide of the print range', () => {
    expect(printBlockers({ root: printView(slide(1)), expectedSlides: 3, fontsStatus: 'loaded' }).pending).toEqual(['1 of 3 slides rendered'])
    expect(printBlockers({ root: printView(''), expectedSlides: 56, fontsStatus: 'loaded' }).pending).toEqual(['0 of 56 slides rendered'])
  })

  it('not while a slide\'s code is loading, placeholder shown or not yet (its first 300 ms show nothing)', () => {
    const doc = printView(slide(1) + slide(2, '<!---->') + slide(3, '<div class="slidev-slide-loading"></div>'))
    expect(printBlockers({ root: doc, expectedSlides: 3, fontsStatus: 'loaded' }).pending).toEqual([
      'slide 2: not rendered yet',
      'slide 3: not rendered yet',
      'slide 3: still loading',
    ])
  })

  it('not while a chart is not drawn', () => {
    const doc = printView(slide(7, '<div class="slidev-layout"><figure data-waitfor="[data-chart-ready=\'true\']"><canvas data-chart-ready="false"></canvas></figure></div>'))
    expect(printBlockers({ root: doc, expectedSlides: 1, fontsStatus: 'loaded' })).toEqual({ pending: ['slide 7: waiting for [data-chart-ready=\'true\']'], failed: [] })
  })

  it('not while an original figure\'s image is loading, and never with an image that failed', () => {
    const doc = printView(slide(45, '<div class="slidev-layout"><img src="/figures/adam2017-after-diagnosis.png"></div>'))
    image(doc, { complete: false, naturalWidth: 0 })
    expect(printBlockers({ root: doc, expectedSlides: 1, fontsStatus: 'loaded' })).toEqual({ pending: ['slide 45: image /figures/adam2017-after-diagnosis.png loading'], failed: [] })
    const broken = printView(slide(45, '<div class="slidev-layout"><img src="/figures/adam2017-after-diagnosis.png"></div>'))
    image(broken, { complete: true, naturalWidth: 0 })
    expect(printBlockers({ root: broken, expectedSlides: 1, fontsStatus: 'loaded' })).toEqual({ pending: [], failed: ['slide 45: image /figures/adam2017-after-diagnosis.png failed to load'] })
  })

  it('not while fonts are loading', () => {
    expect(printBlockers({ root: printView(slide(1)), expectedSlides: 1, fontsStatus: 'loading' })).toEqual({ pending: ['fonts loading'], failed: [] })
  })
})

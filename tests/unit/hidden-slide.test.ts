import { afterEach, describe, expect, it } from 'vitest'
import { hiddenSlideOf, layOutUnseen, whileLaidOutUnseen } from '../../components/composables/hiddenSlide'

// A slide ahead (mounted, `display: none`) is laid out for a moment so that its text is shaped, or its chart drawn
// at its size, before it is first shown. The audience must never see it: it is laid out invisible, and hidden again
// afterwards, unless it came on screen meanwhile. A slide on screen is never touched.

afterEach(() => { document.body.innerHTML = '' })

function slide(shown: boolean): HTMLElement {
  document.body.innerHTML = '<div class="slidev-page slidev-page-7"><p>EPOC: 5-year OS</p></div>'
  const element = document.querySelector<HTMLElement>('.slidev-page')!
  if (!shown) element.style.display = 'none'
  return element
}

/** How the slide was styled each time its layout was read. */
function recordLayouts(element: HTMLElement): { display: string, visibility: string }[] {
  const seen: { display: string, visibility: string }[] = []
  Object.defineProperty(element, 'offsetHeight', { get: () => { seen.push({ display: element.style.display, visibility: element.style.visibility }); return 540 } })
  return seen
}

describe('a hidden slide laid out ahead of time', () => {
  it('is laid out once, invisible, and hidden again', () => {
    const element = slide(false)
    const layouts = recordLayouts(element)
    layOutUnseen(element)
    expect(layouts).toEqual([{ display: 'block', visibility: 'hidden' }])
    expect(element.style.display).toBe('none')
    expect(element.style.visibility).toBe('')
  })

  it('a slide on screen is left as it is', () => {
    const element = slide(true)
    const layouts = recordLayouts(element)
    layOutUnseen(element)
    expect(layouts).toEqual([])
    expect(element.style.display).toBe('')
    expect(hiddenSlideOf(element.querySelector('p'))).toBeUndefined()
  })

  it('found from any node inside it, only while hidden', () => {
    const element = slide(false)
    expect(hiddenSlideOf(element.querySelector('p')!.firstChild)).toBe(element)
    expect(hiddenSlideOf(document.body)).toBeUndefined()
  })

  it('stays invisible while the work on it runs, and comes back hidden, or shown if it was reached meanwhile', async () => {
    const element = slide(false)
    let during = ''
    await whileLaidOutUnseen(element, () => true, async () => { during = `${element.style.display}/${element.style.visibility}` })
    expect(during).toBe('block/hidden')
    expect(element.style.display).toBe('none')

    await whileLaidOutUnseen(element, () => false, () => {})
    expect(element.style.display).toBe('')
    expect(element.style.visibility).toBe('')
  })

  it('is laid out ahead only once: not again after a chart on it was drawn that way, nor twice', async () => {
    const element = slide(false)
    const layouts = recordLayouts(element)
    await whileLaidOutUnseen(element, () => true, () => {})
    layOutUnseen(element)
    expect(layouts).toEqual([])

    const other = slide(false)
    const otherLayouts = recordLayouts(other)
    layOutUnseen(other)
    layOutUnseen(other)
    expect(otherLayouts).toHaveLength(1)
  })

  it('is hidden again even when the work fails', async () => {
    const element = slide(false)
    await expect(whileLaidOutUnseen(element, () => true, () => { throw new Error('draw failed') })).rejects.toThrow('draw failed')
    expect(element.style.display).toBe('none')
    expect(element.style.visibility).toBe('')
  })
})

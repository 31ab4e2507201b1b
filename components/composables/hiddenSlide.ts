// The slides ahead stay mounted and hidden (`display: none`, Slidev's v-show). Laid out unseen for a moment
// (`visibility: hidden`, within one task, so no frame is ever rendered with it), a hidden slide can be measured, a
// chart on it drawn at its size (useSlideVisibility.ts), and its text shaped once before it is first shown
// (slidesAhead.ts): a slide's first layout costs what loading its fonts, weights and sizes costs (here up to 19 ms
// for a slide of text, 4 ms on average), every later one a fraction of a millisecond.

/** The hidden slide (`.slidev-page`) around `node`; undefined if it is on screen or not in a slide. */
export function hiddenSlideOf(node: Node | null | undefined): HTMLElement | undefined {
  const slide = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('.slidev-page')
  return slide && slide.style.display === 'none' ? slide : undefined
}

/** Slides laid out at least once already: their text is shaped, a second pass ahead would gain nothing. */
const laidOut = new WeakSet<HTMLElement>()

/** Lays out the hidden `slide`, unseen, while `work` runs; then hides it again, unless it came on screen meanwhile. */
export async function whileLaidOutUnseen(slide: HTMLElement, stillHidden: () => boolean, work: () => void | Promise<void>) {
  laidOut.add(slide)
  slide.style.display = 'block'
  slide.style.visibility = 'hidden'
  try {
    await work()
  }
  finally {
    slide.style.visibility = ''
    // v-show's own value, unless the slide came on screen in the meantime.
    slide.style.display = stillHidden() ? 'none' : ''
  }
}

/** Lays out the hidden slide once, unseen, and hides it again, all in one synchronous step (no render in between). */
export function layOutUnseen(slide: HTMLElement) {
  // On screen now, or laid out (for a chart's draw) before.
  if (slide.style.display !== 'none' || laidOut.has(slide)) return
  laidOut.add(slide)
  slide.style.display = 'block'
  slide.style.visibility = 'hidden'
  void slide.offsetHeight
  slide.style.visibility = ''
  slide.style.display = 'none'
}

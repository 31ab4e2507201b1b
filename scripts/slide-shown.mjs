// When the benchmark counts a slide as shown (scripts/bench.mjs), and when the text deck reads it (scripts/text-deck.mjs). It runs in the page: the benchmark hands it over as
// source, so it must use nothing but its argument and the page's DOM.

/**
 * Slide `no` is on screen, its content rendered and its figures drawn. Slidev's slide wrapper is shown before the
 * slide's own component has loaded (a slide with `preload: false`, or one whose code is still on its way): without
 * the layout's root the wrapper is empty or holds Slidev's loading placeholder, and counting it would time an
 * empty slide. Every layout of Slidev's default theme renders that root (`.slidev-layout`), in this deck as in stock.
 */
export function slideShown(no) {
  const page = document.querySelector(`.slidev-page-${no}`)
  if (page == null || page.offsetParent == null || page.querySelector('.slidev-layout') == null)
    return false
  return [...page.querySelectorAll('[data-waitfor]')].every(figure => figure.querySelector(figure.getAttribute('data-waitfor')) != null)
}

/** A page script that makes `slideShown` callable in the page as `globalThis.omdSlideShown(no)`. */
export const slideShownScript = `globalThis.omdSlideShown = ${slideShown}`

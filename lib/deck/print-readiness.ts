/**
 * What keeps the print view (every slide on one page, as the exports print it) from being printed: `pending`, what is
 * still on its way (slides not rendered or still loading, a figure not drawn, i.e. a `data-waitfor` selector not
 * matched yet, an image loading, fonts loading); `failed`, what will never come (an image that failed to load). The
 * page can be printed when both are empty. Read off the DOM it is given, so the same function serves the page
 * (setup/printReady.ts) and its tests.
 */

/** The print view's marker element (in index.html), whose `data-waitfor` is the deck's own readiness. */
export const PRINT_READY_ID = 'omd-print-ready'
/** The attribute the marker's child carries once the page is ready: what the marker's `data-waitfor` looks for. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready'
/** The attribute the marker carries, naming what failed, when the page can never be printed right. */
export const PRINT_FAILED_ATTRIBUTE = 'data-print-failed'

export interface PrintPage {
  root: ParentNode
  /** Slides the print view must show (Slidev's print range). */
  expectedSlides: number
  /** `document.fonts.status`: "loading" while any font in use is being fetched. */
  fontsStatus: string
}

/** The print container holding `element`, named as Slidev names it ("012-0": slide 12). */
function slideOf(element: Element): string {
  const id = element.closest('.print-slide-container')?.id
  return id ? `slide ${Number(id.split('-')[0])}` : 'outside the slides'
}

export interface PrintBlockers {
  pending: string[]
  failed: string[]
}

export function printBlockers({ root, expectedSlides, fontsStatus }: PrintPage): PrintBlockers {
  const pending: string[] = []
  const failed: string[] = []
  const containers = [...root.querySelectorAll('.print-slide-container')]
  if (containers.length < expectedSlides)
    pending.push(`${containers.length} of ${expectedSlides} slides rendered`)
  // A slide's code loads asynchronously, and for its first 300 ms Slidev shows nothing at all, not even its loading
  // placeholder: a slide counts as rendered once its layout is there (every Slidev layout's root is .slidev-layout).
  for (const container of containers) {
    if (!container.querySelector('.slidev-layout'))
      pending.push(`${slideOf(container)}: not rendered yet`)
  }
  for (const loading of root.querySelectorAll('.slidev-slide-loading'))
    pending.push(`${slideOf(loading)}: still loading`)
  for (const waiting of root.querySelectorAll<HTMLElement>('[data-waitfor]')) {
    const selector = waiting.dataset.waitfor
    if (waiting.id !== PRINT_READY_ID && selector && !waiting.querySelector(selector))
      pending.push(`${slideOf(waiting)}: waiting for ${selector}`)
  }
  for (const image of root.querySelectorAll('img')) {
    if (!image.complete)
      pending.push(`${slideOf(image)}: image ${image.getAttribute('src')} loading`)
    else if (image.naturalWidth === 0)
      failed.push(`${slideOf(image)}: image ${image.getAttribute('src')} failed to load`)
  }
  if (fontsStatus !== 'loaded')
    pending.push('fonts loading')
  return { pending, failed }
}

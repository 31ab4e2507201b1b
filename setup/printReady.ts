import { PRINT_FAILED_ATTRIBUTE, PRINT_READY_ATTRIBUTE, PRINT_READY_ID, printBlockers } from '../lib/deck/print-readiness'

/**
 * In the print view, marks the page ready once nothing blocks printing (lib/deck/print-readiness.ts): every slide
 * rendered, every figure drawn, every image decoded, the fonts loaded; or failed, naming what will never come. The
 * exports wait for one or the other (scripts/export/print-deck.ts), so what they print never depends on how fast the
 * machine is. Until then the marker's `data-print-pending` says what is on its way, for the exporter's message.
 */
export function markPrintReadiness(expectedSlides: () => number) {
  const marker = document.getElementById(PRINT_READY_ID)
  if (!marker)
    return
  let scheduled = false
  let done = false
  const blockers = () => printBlockers({ root: document, expectedSlides: expectedSlides(), fontsStatus: document.fonts.status })

  const finish = (mark: () => void) => {
    done = true
    observer.disconnect()
    mark()
  }
  const check = async () => {
    scheduled = false
    const { pending, failed } = blockers()
    marker.dataset.printPending = pending.join('; ')
    if (failed.length)
      return finish(() => marker.setAttribute(PRINT_FAILED_ATTRIBUTE, failed.join('; ')))
    if (pending.length || done)
      return
    // Loaded is not yet decoded: an image printed before its decode can come out empty.
    await Promise.all([...document.images].map(image => image.decode().catch(() => {})))
    await document.fonts.ready
    if (blockers().pending.length > 0)
      return schedule()
    // Painted once more with everything in place before the exporter is told.
    finish(() => requestAnimationFrame(() => {
      const mark = document.createElement('span')
      mark.setAttribute(PRINT_READY_ATTRIBUTE, '')
      marker.append(mark)
    }))
  }
  function schedule() {
    if (scheduled || done)
      return
    scheduled = true
    requestAnimationFrame(() => void check())
  }

  const observer = new MutationObserver(schedule)
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-ready', 'src', 'class'] })
  // Image loads and font loads change no attribute: listen for them directly.
  document.addEventListener('load', schedule, true)
  document.addEventListener('error', schedule, true)
  document.fonts.addEventListener('loadingdone', schedule)
  schedule()
}

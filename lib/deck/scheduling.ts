/** When start-up work runs: after the page's load, or in a task of its own. */

/** Runs `work` once the page has loaded (at once if it has). */
export function afterLoad(work: () => void, doc: Document = document, win: Window = window) {
  if (doc.readyState === 'complete')
    work()
  else
    win.addEventListener('load', work, { once: true })
}

/** Runs `work` in the task after the next frame has been painted. */
export function afterNextPaint(work: () => void, win: Pick<Window, 'requestAnimationFrame' | 'setTimeout'> = window) {
  win.requestAnimationFrame(() => win.setTimeout(work, 0))
}

interface Yielding { scheduler?: { yield?: () => Promise<void> } }

/**
 * Resolves in a task of its own: the work before and after it are two shorter tasks on a slow phone. The browser's
 * `scheduler.yield()` where it has one (its continuation runs before other queued tasks), a timer otherwise.
 */
export function nextTask(global: Yielding = globalThis as Yielding): Promise<void> {
  const scheduler = global.scheduler
  if (typeof scheduler?.yield === 'function')
    return scheduler.yield()
  return new Promise(resolve => setTimeout(resolve, 0))
}

type PaintWatching = Pick<Window, 'requestAnimationFrame' | 'setTimeout'> & { PerformanceObserver?: typeof PerformanceObserver }

/**
 * Runs `work` once the browser has reported the page's first contentful paint (at once if it has) and one more
 * frame has been painted: the page's content is then on screen, not only drawn. Downloads started there never
 * compete with what the learner waits for. Where the browser reports no paint, after the next paint.
 */
export function afterContentPaint(work: () => void, win: PaintWatching = window) {
  const Observer = win.PerformanceObserver
  if (!Observer?.supportedEntryTypes?.includes('paint'))
    return afterNextPaint(work, win)
  let done = false
  const observer = new Observer((list) => {
    if (done || !list.getEntriesByName('first-contentful-paint').length)
      return
    done = true
    observer.disconnect()
    afterNextPaint(work, win)
  })
  observer.observe({ type: 'paint', buffered: true })
}

/** `afterContentPaint` as a promise. */
export function contentPainted(win?: PaintWatching): Promise<void> {
  return new Promise(resolve => afterContentPaint(resolve, win))
}

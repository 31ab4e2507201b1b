// Work the deck does ahead of the presenter, in the browser's idle time: mounting the slides ahead
// (components/composables/slidesAhead.ts) and drawing their figures (useSlideVisibility.ts). Each piece of work
// takes longer than the idle time between two frames (a slide mounted, a chart laid out and drawn), so it waits
// for a long idle period, one with no frame to come (the browser then grants up to 50 ms), and as many pieces as
// fit run in it, nearest the slide on screen first. While the deck is paged or animating there is no long idle
// period: the work waits, and whatever a slide still needs is done when it is shown.
// Hand-written: requestIdleCallback is the browser's own scheduler; no library adds "nearest first" to it.

export interface IdleWork {
  /** How far the work is from the slide on screen (0 first). */
  distance: () => number
  run: () => void | Promise<void>
}

/** An idle period at least this long has no frame pending. */
const LONG_IDLE_MS = 40
/** Start another piece of work only with this much of the idle period left. */
const MIN_LEFT_MS = 12

const pending = new Set<IdleWork>()
let scheduled = false

function nearest(): IdleWork | undefined {
  let best: IdleWork | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const work of pending) {
    const distance = work.distance()
    if (distance < bestDistance) {
      best = work
      bestDistance = distance
    }
  }
  return best
}

async function runWhileIdle(deadline: IdleDeadline) {
  scheduled = false
  if (deadline.didTimeout || deadline.timeRemaining() >= LONG_IDLE_MS) {
    let work = nearest()
    while (work) {
      pending.delete(work)
      try {
        await work.run()
      }
      catch (error) {
        console.error('Work done ahead of the presenter failed; it is done when its slide is shown.', error)
      }
      work = deadline.timeRemaining() >= MIN_LEFT_MS ? nearest() : undefined
    }
  }
  schedule()
}

function schedule() {
  if (scheduled || pending.size === 0) return
  scheduled = true
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(deadline => void runWhileIdle(deadline))
    return
  }
  // No requestIdleCallback (older Safari): a 50 ms slot every 100 ms.
  setTimeout(() => {
    const end = performance.now() + 50
    void runWhileIdle({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) })
  }, 100)
}

/** Queues `work` for idle time; returns a function that takes it off the queue. */
export function queueIdleWork(work: IdleWork): () => void {
  pending.add(work)
  schedule()
  return () => { pending.delete(work) }
}

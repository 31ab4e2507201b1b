/**
 * Commits to the LMS, throttled and retried: a change asks for a commit; at most one commit runs every
 * `intervalMs` (not one per click); a failed commit is retried after `retryMs`, doubling up to `maxRetryMs`,
 * and the values it carried stay set, so nothing is lost and the learner is never kept waiting. Timers are
 * injected so that tests run on a fake clock.
 */

export interface CommitSchedulerOptions {
  commit: () => Promise<boolean> | boolean
  intervalMs?: number
  retryMs?: number
  maxRetryMs?: number
  setTimer?: (run: () => void, ms: number) => unknown
  now?: () => number
}

export interface CommitScheduler {
  /** Something changed: commit within the interval. */
  request: () => void
  /** Commit now if anything is pending (closing the deck). */
  flush: () => Promise<boolean>
  /** Commits that failed so far (for the learner's notice and the tests). */
  failures: () => number
}

export function createCommitScheduler(options: CommitSchedulerOptions): CommitScheduler {
  const intervalMs = options.intervalMs ?? 10_000
  const retryMs = options.retryMs ?? 5_000
  const maxRetryMs = options.maxRetryMs ?? 60_000
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms))
  const now = options.now ?? (() => Date.now())
  let pending = false
  let timer = false
  let running = false
  let last = -Infinity
  let backoff = retryMs
  let failed = 0

  async function run(): Promise<boolean> {
    timer = false
    if (!pending || running)
      return !pending
    running = true
    pending = false
    last = now()
    let ok = false
    try {
      ok = await options.commit()
    }
    catch {
      ok = false
    }
    running = false
    if (ok) {
      backoff = retryMs
      if (pending)
        schedule(intervalMs)
      return true
    }
    failed++
    pending = true
    schedule(backoff)
    backoff = Math.min(backoff * 2, maxRetryMs)
    return false
  }

  function schedule(ms: number) {
    if (timer)
      return
    timer = true
    setTimer(() => void run(), ms)
  }

  return {
    request() {
      pending = true
      schedule(Math.max(0, last + intervalMs - now()))
    },
    flush() {
      return run()
    },
    failures: () => failed,
  }
}

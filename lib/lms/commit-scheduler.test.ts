import { describe, expect, it } from 'vitest'
import { createCommitScheduler } from './commit-scheduler'

/** A fake clock: timers run when `advance` passes their time. */
function fakeClock() {
  let time = 0
  const timers: Array<{ at: number, run: () => void }> = []
  return {
    now: () => time,
    setTimer: (run: () => void, ms: number) => { timers.push({ at: time + ms, run }) },
    async advance(ms: number) {
      const end = time + ms
      for (;;) {
        timers.sort((a, b) => a.at - b.at)
        const next = timers[0]
        if (!next || next.at > end)
          break
        timers.shift()
        time = next.at
        next.run()
        await Promise.resolve()
        await Promise.resolve()
      }
      time = end
    },
  }
}

describe('commits to the LMS', () => {
  it('are throttled: twenty changes in ten seconds make two commits, not twenty', async () => {
    const clock = fakeClock()
    let commits = 0
    const scheduler = createCommitScheduler({ commit: () => { commits++; return true }, intervalMs: 10_000, ...clock })
    for (let i = 0; i < 20; i++) {
      scheduler.request()
      await clock.advance(500)
    }
    await clock.advance(10_000)
    expect(commits).toBe(2)
  })

  it('a failed commit is retried, with backoff, until it succeeds', async () => {
    const clock = fakeClock()
    const outcomes = [false, false, true]
    const at: number[] = []
    const scheduler = createCommitScheduler({ commit: () => { at.push(clock.now()); return outcomes.shift() ?? true }, intervalMs: 10_000, retryMs: 1_000, ...clock })
    scheduler.request()
    await clock.advance(20_000)
    expect(at).toEqual([0, 1_000, 3_000])
    expect(scheduler.failures()).toBe(2)
  })

  it('a commit that throws counts as failed and is retried; flush commits at once', async () => {
    const clock = fakeClock()
    let calls = 0
    const scheduler = createCommitScheduler({ commit: () => { calls++; if (calls === 1) throw new Error('LMS gone'); return true }, retryMs: 1_000, ...clock })
    scheduler.request()
    await clock.advance(0)
    expect(calls).toBe(1)
    expect(await scheduler.flush()).toBe(true)
    expect(calls).toBe(2)
  })
})

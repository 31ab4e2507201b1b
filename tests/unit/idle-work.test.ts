import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The deck's work ahead of the presenter (slides mounted, figures drawn) waits for long idle periods, runs nearest
// the slide on screen first, packs what fits into one period, and leaves short periods (frames to come) alone.
type IdleCallback = (deadline: IdleDeadline) => void
let callbacks: IdleCallback[] = []

beforeEach(() => {
  callbacks = []
  vi.resetModules()
  vi.stubGlobal('requestIdleCallback', (callback: IdleCallback) => callbacks.push(callback))
})
afterEach(() => vi.unstubAllGlobals())

/** Runs the pending idle callback with `ms` of idle time, each piece of work using `cost` ms of it. */
async function idlePeriod(ms: number, spent: { ms: number }) {
  const callback = callbacks.shift()
  expect(callback, 'an idle callback is pending').toBeDefined()
  const start = spent.ms
  callback!({ didTimeout: false, timeRemaining: () => Math.max(0, ms - (spent.ms - start)) })
  await new Promise(resolve => setTimeout(resolve, 0))
}

async function queueWith(distances: number[], cost: number) {
  const { queueIdleWork } = await import('../../components/composables/idleWork')
  const done: number[] = []
  const spent = { ms: 0 }
  const cancels = distances.map(distance => queueIdleWork({ distance: () => distance, run: () => { done.push(distance); spent.ms += cost } }))
  return { done, spent, cancels }
}

describe('work done in idle time', () => {
  it('waits while idle periods are short (a frame is coming), then runs nearest first', async () => {
    const { done, spent } = await queueWith([3, 1, 2], 20)
    await idlePeriod(10, spent)
    await idlePeriod(16, spent)
    expect(done).toEqual([])
    await idlePeriod(50, spent)
    expect(done).toEqual([1, 2])
    await idlePeriod(50, spent)
    expect(done).toEqual([1, 2, 3])
    expect(callbacks).toHaveLength(0)
  })

  it('runs one long piece per period when it leaves too little for the next', async () => {
    const { done, spent } = await queueWith([1, 2], 45)
    await idlePeriod(50, spent)
    expect(done).toEqual([1])
    await idlePeriod(50, spent)
    expect(done).toEqual([1, 2])
  })

  it('drops work taken off the queue, and goes on after a piece that fails', async () => {
    const { queueIdleWork } = await import('../../components/composables/idleWork')
    const done: string[] = []
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    queueIdleWork({ distance: () => 0, run: () => { throw new Error('broken slide') } })
    const cancel = queueIdleWork({ distance: () => 1, run: () => { done.push('cancelled') } })
    queueIdleWork({ distance: () => 2, run: () => { done.push('far') } })
    cancel()
    await idlePeriod(50, { ms: 0 })
    expect(done).toEqual(['far'])
    expect(error).toHaveBeenCalledOnce()
  })
})

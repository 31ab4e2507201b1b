import { describe, expect, it, vi } from 'vitest'
import { afterContentPaint, afterLoad, afterNextPaint, nextTask } from './scheduling'

describe('afterLoad', () => {
  it('runs the work at once on a page that has loaded', () => {
    const work = vi.fn()
    afterLoad(work, { readyState: 'complete' } as Document, new EventTarget() as unknown as Window)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('waits for the load event on a page still loading, and runs the work once', () => {
    const work = vi.fn()
    const win = new EventTarget()
    afterLoad(work, { readyState: 'interactive' } as Document, win as unknown as Window)
    expect(work).not.toHaveBeenCalled()
    win.dispatchEvent(new Event('load'))
    win.dispatchEvent(new Event('load'))
    expect(work).toHaveBeenCalledTimes(1)
  })
})

describe('nextTask', () => {
  it('resolves after the current task, not in its microtasks', async () => {
    const order: string[] = []
    const waited = nextTask().then(() => order.push('next task'))
    await Promise.resolve().then(() => order.push('microtask'))
    setTimeout(() => order.push('timer queued after'), 0)
    await waited
    expect(order).toEqual(['microtask', 'next task'])
  })

  it('yields through the browser\'s scheduler.yield where there is one', async () => {
    const yielded = vi.fn(() => Promise.resolve())
    await nextTask({ scheduler: { yield: yielded } })
    expect(yielded).toHaveBeenCalledTimes(1)
  })
})

describe('afterNextPaint', () => {
  it('runs the work in a task after the next frame, not in the frame itself', () => {
    const frames: (() => void)[] = []
    const tasks: (() => void)[] = []
    const work = vi.fn()
    afterNextPaint(work, { requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(() => callback(0)), setTimeout: (callback: () => void) => tasks.push(callback) } as never)
    expect(work).not.toHaveBeenCalled()
    frames.forEach(frame => frame())
    expect(work).not.toHaveBeenCalled()
    tasks.forEach(task => task())
    expect(work).toHaveBeenCalledTimes(1)
  })
})

describe('afterContentPaint', () => {
  /** A window whose frames, tasks and paint reports the test plays by hand. */
  function fakeWindow(supported: string[] | null) {
    const frames: (() => void)[] = []
    const tasks: (() => void)[] = []
    const observers: { callback: PerformanceObserverCallback, disconnected: boolean }[] = []
    class FakeObserver {
      static supportedEntryTypes = supported ?? []
      entry: { callback: PerformanceObserverCallback, disconnected: boolean }
      constructor(callback: PerformanceObserverCallback) {
        this.entry = { callback, disconnected: false }
        observers.push(this.entry)
      }
      observe() {}
      disconnect() { this.entry.disconnected = true }
    }
    const report = (name: string) => {
      for (const entry of observers.filter(item => !item.disconnected))
        entry.callback({ getEntriesByName: (asked: string) => (asked === name ? [{ name }] : []) } as never, entry as never)
    }
    const win = {
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(() => callback(0)),
      setTimeout: (callback: () => void) => tasks.push(callback),
      PerformanceObserver: supported ? FakeObserver : undefined,
    }
    const paintFrame = () => { frames.splice(0).forEach(frame => frame()); tasks.splice(0).forEach(task => task()) }
    return { win: win as never, report, paintFrame }
  }

  it('waits for the first contentful paint to be reported, then for one more painted frame', () => {
    const { win, report, paintFrame } = fakeWindow(['paint'])
    const work = vi.fn()
    afterContentPaint(work, win)
    paintFrame()
    report('first-paint')
    paintFrame()
    expect(work).not.toHaveBeenCalled()
    report('first-contentful-paint')
    expect(work).not.toHaveBeenCalled()
    paintFrame()
    expect(work).toHaveBeenCalledTimes(1)
    report('first-contentful-paint')
    paintFrame()
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('waits for the next paint alone where the browser reports no paint', () => {
    for (const supported of [null, ['largest-contentful-paint']]) {
      const { win, paintFrame } = fakeWindow(supported)
      const work = vi.fn()
      afterContentPaint(work, win)
      expect(work).not.toHaveBeenCalled()
      paintFrame()
      expect(work).toHaveBeenCalledTimes(1)
    }
  })
})

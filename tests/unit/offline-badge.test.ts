import { afterEach, describe, expect, it, vi } from 'vitest'
import { keepOfflineCopy } from '../../setup/offline'

// The badge the deck shows while it caches its offline copy (setup/offline.ts), played with the registrations a
// first visit, a later visit and an update find.

class FakeWorker extends EventTarget {
  constructor(public state: string) { super() }
  become(state: string) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

class FakeRegistration extends EventTarget {
  constructor(public active: FakeWorker | null, public installing: FakeWorker | null = null, public waiting: FakeWorker | null = null) { super() }
}

/** A browser that had `before` registered when the page loaded and has `after` once the deck registers its worker. */
function browser(before: FakeRegistration | undefined, after: FakeRegistration) {
  return {
    getRegistration: vi.fn(async () => before),
    register: vi.fn(async () => after),
  } as unknown as ServiceWorkerContainer
}

const badge = () => document.querySelector('.offline-badge')?.textContent ?? null

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the offline badge', () => {
  it('on a first visit says "Caching for offline…", then "Ready offline" for a few seconds', async () => {
    vi.useFakeTimers()
    const installing = new FakeWorker('installing')
    const sw = browser(undefined, new FakeRegistration(null, installing))
    await keepOfflineCopy('/omd/', sw)
    expect(sw.register).toHaveBeenCalledWith('/omd/sw.js', { scope: '/omd/' })
    expect(badge()).toBe('Caching for offline…')
    installing.become('installed')
    expect(badge()).toBe('Caching for offline…')
    installing.become('activated')
    expect(badge()).toBe('Ready offline')
    vi.advanceTimersByTime(4000)
    expect(badge()).toBeNull()
  })

  it('on a later visit, with the deck cached already, says nothing', async () => {
    const cached = new FakeRegistration(new FakeWorker('activated'))
    await keepOfflineCopy('/', browser(cached, cached))
    expect(badge()).toBeNull()
  })

  it('says "Caching for offline…" while a newer deck installs over the cached one, and nothing once it is done', async () => {
    const registration = new FakeRegistration(new FakeWorker('activated'))
    await keepOfflineCopy('/', browser(registration, registration))
    const newer = new FakeWorker('installing')
    registration.installing = newer
    registration.dispatchEvent(new Event('updatefound'))
    expect(badge()).toBe('Caching for offline…')
    newer.become('activated')
    expect(badge()).toBeNull()
  })

  it('says nothing more when the first install fails', async () => {
    const installing = new FakeWorker('installing')
    await keepOfflineCopy('/', browser(undefined, new FakeRegistration(null, installing)))
    installing.become('redundant')
    expect(badge()).toBeNull()
  })
})

import { pwaCaching } from '@slidev/client/setup/pwa.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { keepOfflineBadgeTruthful } from '../../components/composables/offlineBadge'

// Slidev's badge reads `pwaCaching`; Slidev sets it on every load and clears it only on a first install
// (components/composables/offlineBadge.ts). These tests play the registrations a later visit finds.

class FakeWorker extends EventTarget {
  constructor(public state: string) { super() }
  become(state: string) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

function container(registration: object | undefined): ServiceWorkerContainer {
  return { getRegistration: async () => registration } as unknown as ServiceWorkerContainer
}

const corrections: (() => void)[] = []
afterEach(() => {
  corrections.splice(0).forEach(stop => stop())
  pwaCaching.value = false
})

describe('the offline badge on a later visit', () => {
  it('says nothing when an earlier visit cached the deck, even when Slidev turns "caching" on after us', async () => {
    pwaCaching.value = true
    corrections.push(await keepOfflineBadgeTruthful(container({ active: new FakeWorker('activated'), installing: null, waiting: null })))
    await nextTick()
    expect(pwaCaching.value).toBe(false)
    pwaCaching.value = true // Slidev's own start-up, later
    await nextTick()
    expect(pwaCaching.value).toBe(false)
  })

  it('says "caching" while a newer deck installs over the cached one, and stops when that worker is done', async () => {
    const newer = new FakeWorker('installing')
    pwaCaching.value = true
    corrections.push(await keepOfflineBadgeTruthful(container({ active: new FakeWorker('activated'), installing: newer, waiting: null })))
    await nextTick()
    expect(pwaCaching.value).toBe(true)
    newer.become('installed')
    expect(pwaCaching.value).toBe(true)
    newer.become('activated')
    expect(pwaCaching.value).toBe(false)
  })

  it('leaves a first visit to Slidev (caching until its first install is reported)', async () => {
    pwaCaching.value = true
    corrections.push(await keepOfflineBadgeTruthful(container(undefined)))
    await nextTick()
    expect(pwaCaching.value).toBe(true)
  })

  it('does nothing where there is no service worker support', async () => {
    pwaCaching.value = true
    corrections.push(await keepOfflineBadgeTruthful(undefined))
    expect(pwaCaching.value).toBe(true)
  })
})

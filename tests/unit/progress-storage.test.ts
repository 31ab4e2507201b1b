import { afterEach, describe, expect, it, vi } from 'vitest'
import { browserStorage, useProgressStorage } from '../../components/composables/useProgressStorage'

// Where progress is kept: nothing may claim it is saved unless storage took the last write.

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
  delete (window as { __omdStorageUnavailable?: boolean }).__omdStorageUnavailable
})

describe('useProgressStorage', () => {
  it('a write that storage takes is saved, and read back', () => {
    const stored = useProgressStorage('omd.test')
    expect(stored.saved.value).toBe(false)
    expect(stored.write('{"a":1}')).toBe(true)
    expect(stored.saved.value).toBe(true)
    expect(stored.health.value).toBe('ok')
    expect(localStorage.getItem('omd.test')).toBe('{"a":1}')
    expect(useProgressStorage('omd.test').read()).toBe('{"a":1}')
  })

  it('full storage: the write fails, nothing is saved, and the health says "full"', () => {
    const stored = useProgressStorage('omd.test')
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError') })
    expect(stored.write('{"a":2}')).toBe(false)
    expect(stored.saved.value).toBe(false)
    expect(stored.health.value).toBe('full')
    // The same text again is still not saved.
    expect(stored.write('{"a":2}')).toBe(false)
  })

  it('index.html\'s in-memory stand-in is not storage: blocked, and no write claims success', () => {
    ;(window as { __omdStorageUnavailable?: boolean }).__omdStorageUnavailable = true
    expect(browserStorage()).toBeNull()
    const stored = useProgressStorage('omd.test')
    expect(stored.health.value).toBe('blocked')
    expect(stored.write('{"a":3}')).toBe(false)
    expect(stored.saved.value).toBe(false)
  })

  it('a browser that throws on reading localStorage: blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => { throw new DOMException('denied', 'SecurityError') })
    expect(useProgressStorage('omd.test').health.value).toBe('blocked')
  })
})

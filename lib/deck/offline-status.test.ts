import { describe, expect, it } from 'vitest'
import { isDoneCaching, offlineCopyAtLoad } from './offline-status'

const worker = {}

describe('what a page load says about the deck\'s offline copy', () => {
  it('leaves a first visit to Slidev\'s own report: no registration, or one with no active worker yet', () => {
    expect(offlineCopyAtLoad(undefined)).toBe('installing-first')
    expect(offlineCopyAtLoad(null)).toBe('installing-first')
    expect(offlineCopyAtLoad({ active: null, installing: worker, waiting: null })).toBe('installing-first')
  })

  it('says nothing on a later visit: the deck was cached by an earlier one and nothing newer is installing', () => {
    expect(offlineCopyAtLoad({ active: worker, installing: null, waiting: null })).toBe('cached')
  })

  it('reports caching while a newer deck installs or waits over the old copy, until that worker is done', () => {
    expect(offlineCopyAtLoad({ active: worker, installing: worker, waiting: null })).toBe('updating')
    expect(offlineCopyAtLoad({ active: worker, installing: null, waiting: worker })).toBe('updating')
    expect(['installing', 'installed', 'activating'].map(isDoneCaching)).toEqual([false, false, false])
    expect(['activated', 'redundant'].map(isDoneCaching)).toEqual([true, true])
  })
})

import { describe, expect, it } from 'vitest'
import { printedDate } from './printed-date'

describe('the date on a printed summary', () => {
  it('reads as a British reader writes a date', () => {
    expect(printedDate(new Date(2026, 11, 6))).toBe('6 December 2026')
    expect(printedDate(new Date(2027, 0, 31))).toBe('31 January 2027')
  })

  it('agrees with the browser\'s en-GB long date on every month', () => {
    for (let month = 0; month < 12; month++) {
      const date = new Date(2026, month, 15)
      expect(printedDate(date)).toBe(date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }))
    }
  })
})

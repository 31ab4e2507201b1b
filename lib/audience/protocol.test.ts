import { describe, expect, it } from 'vitest'
import { createRateLimiter, parseClientMessage, reconnectDelay } from './protocol'

describe('room-vote messages', () => {
  it('accepts the messages of the protocol', () => {
    expect(parseClientMessage('{"type":"hello","role":"voter","voter":"0123456789abcdef"}')).toEqual({ type: 'hello', role: 'voter', voter: '0123456789abcdef' })
    expect(parseClientMessage('{"type":"vote","question":"q1","option":"a"}')).toEqual({ type: 'vote', question: 'q1', option: 'a' })
  })

  it.each([
    ['not JSON', '{"type":"vote",'],
    ['an unknown type', '{"type":"shout"}'],
    ['an extra field', '{"type":"close","now":true}'],
    ['a vote without an option', '{"type":"vote","question":"q1"}'],
    ['a message over 1 KB', JSON.stringify({ type: 'vote', question: 'q1', option: 'a'.repeat(1100) })],
    ['a question with one option', JSON.stringify({ type: 'open', question: { id: 'q', prompt: 'P', options: [{ id: 'a', label: 'A' }] } })],
  ])('drops %s', (_, raw) => {
    expect(parseClientMessage(raw)).toBeNull()
  })

  it('takes a presenter\'s question over 1 KB when told the larger limit', () => {
    const long = JSON.stringify({ type: 'open', question: { id: 'q', prompt: 'P'.repeat(900), options: [{ id: 'a', label: 'A'.repeat(400) }, { id: 'b', label: 'B' }] } })
    expect(parseClientMessage(long)).toBeNull()
    expect(parseClientMessage(long, 16 * 1024)).not.toBeNull()
  })

  it('lets 10 messages a second through from one connection and drops the rest of the second', () => {
    const allow = createRateLimiter()
    const first = Array.from({ length: 15 }, (_, i) => allow(1000 + i))
    expect(first.filter(Boolean)).toHaveLength(10)
    expect(first.slice(10).some(Boolean)).toBe(false)
    expect(allow(2001)).toBe(true)
  })
})

describe('reconnecting after a drop', () => {
  it('tries again after half a second, then waits twice as long each time, never more than 5 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(reconnectDelay)).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000])
  })
})

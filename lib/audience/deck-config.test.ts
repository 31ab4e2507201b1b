import { describe, expect, it } from 'vitest'
import { audienceConfig, roomChoice } from './deck-config'

const page = { hostname: 'localhost', protocol: 'http:' }

describe('the deck finds the audience server', () => {
  it('from npm run present\'s environment', () => {
    expect(audienceConfig('', { token: 'abcdefgh', server: 'localhost:3031' }, page)).toEqual({ token: 'abcdefgh', socketUrl: 'ws://localhost:3031/ws' })
  })
  it('from the deck\'s URL, on this page\'s host and port 3031 by default, wss on https', () => {
    expect(audienceConfig('?audience=tok12345', {}, { hostname: 'deck.example.org', protocol: 'https:' })).toEqual({ token: 'tok12345', socketUrl: 'wss://deck.example.org:3031/ws' })
    expect(audienceConfig('?audience=tok12345&audienceServer=192.168.1.20:4000', {}, page)?.socketUrl).toBe('ws://192.168.1.20:4000/ws')
  })
  it('not at all without a token, or with a server address that is not host:port', () => {
    expect(audienceConfig('', {}, page)).toBeNull()
    expect(audienceConfig('?audience=tok12345&audienceServer=evil.org/path?x', {}, page)).toBeNull()
  })
})

describe('the room\'s choice', () => {
  it('is the option with the most votes, and none on a tie or without votes', () => {
    expect(roomChoice({ a: 3, b: 5, c: 1 })).toBe('b')
    expect(roomChoice({ a: 3, b: 3 })).toBeNull()
    expect(roomChoice({ a: 0, b: 0 })).toBeNull()
  })
})

describe('the tally chart', () => {
  it('gives each option its count and its share of the phones that voted, also when a phone chose several', async () => {
    const { tallyChart, tallySummary } = await import('./tally-chart')
    const question = { id: 'q', prompt: 'Which?', multiple: true, options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }
    expect(tallySummary(question, { a: 3, b: 1 }, 3)).toBe('A: 3 of 3; B: 1 of 3')
    const config = tallyChart(question, { a: 3, b: 1 }, { voters: 3 })
    expect(config.data.datasets[0].data).toEqual([3, 1])
    const formatter = (config.options!.plugins as any).datalabels.formatter as (n: number) => string
    expect([formatter(3), formatter(1)]).toEqual(['3 (100%)', '1 (33%)'])
  })
})

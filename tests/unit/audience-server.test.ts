// @vitest-environment node
import type { AudienceServer } from '../../scripts/audience-server/server'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startAudienceServer } from '../../scripts/audience-server/server'

// The audience server over real sockets on loopback: what a presenter and phones see, and the rules it enforces.

const TOKEN = 'presenter-token-for-tests'
const question = { id: 'q1', prompt: 'Next step?', options: [{ id: 'a', label: 'Surgery' }, { id: 'b', label: 'Chemotherapy' }] }
let server: AudienceServer
const sockets: WebSocket[] = []

interface Client { socket: WebSocket, messages: any[], send: (m: unknown) => void, next: (match: (m: any) => boolean) => Promise<any> }

async function client(hello?: unknown): Promise<Client> {
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws`)
  sockets.push(socket)
  const messages: any[] = []
  const waiters: Array<{ match: (m: any) => boolean, resolve: (m: any) => void }> = []
  socket.on('message', (data) => {
    const message = JSON.parse(String(data))
    messages.push(message)
    for (const waiter of waiters.splice(0))
      (waiter.match(message) ? waiter.resolve(message) : waiters.push(waiter))
  })
  await new Promise(resolve => socket.once('open', resolve))
  const c: Client = {
    socket,
    messages,
    send: m => socket.send(typeof m === 'string' ? m : JSON.stringify(m)),
    next: match => new Promise((resolve, reject) => {
      const found = messages.find(match)
      if (found)
        return resolve(found)
      waiters.push({ match, resolve })
      setTimeout(() => reject(new Error(`no matching message; got ${JSON.stringify(messages.slice(-3))}`)), 3000)
    }),
  }
  if (hello)
    c.send(hello)
  return c
}
const presenter = () => client({ type: 'hello', role: 'presenter', token: TOKEN })
const phone = (id: string) => client({ type: 'hello', role: 'voter', voter: id })
const quiet = () => new Promise(resolve => setTimeout(resolve, 150))

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'omd-phone-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Room vote</title>')
  server = await startAudienceServer({ host: '127.0.0.1', port: 0, token: TOKEN, phoneDir: dir })
})
afterEach(async () => {
  for (const socket of sockets.splice(0))
    socket.terminate()
  await server.close()
})

describe('audience server', () => {
  it('serves the phone page at / and nothing else', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(200)
    expect((await fetch(`http://127.0.0.1:${server.port}/slides.md`)).status).toBe(404)
    expect((await fetch(`http://127.0.0.1:${server.port}/__open-in-editor?file=slides.md`)).status).toBe(404)
  })

  it('a vote from a phone reaches the presenter\'s tally; a new vote replaces the old', async () => {
    const p = await presenter()
    p.send({ type: 'open', question })
    const v = await phone('phone-0000000001')
    await v.next(m => m.type === 'question')
    v.send({ type: 'vote', question: 'q1', option: 'a' })
    await p.next(m => m.type === 'room' && m.tally.a === 1)
    v.send({ type: 'vote', question: 'q1', option: 'b' })
    const room = await p.next(m => m.type === 'room' && m.tally.b === 1)
    expect(room).toMatchObject({ voted: 1, joined: 1, tally: { a: 0, b: 1 } })
  })

  it('a phone\'s forged open, close and reveal change nothing, and the right answer reaches it only at the reveal', async () => {
    const p = await presenter()
    p.send({ type: 'open', question })
    const v = await phone('phone-0000000002')
    await v.next(m => m.type === 'question')
    v.send({ type: 'open', question: { ...question, id: 'forged' } })
    v.send({ type: 'close' })
    v.send({ type: 'reveal', correct: ['a'] })
    await quiet()
    expect(p.messages.at(-1)).toMatchObject({ phase: 'open', question: { id: 'q1' } })
    expect(JSON.stringify(v.messages)).not.toMatch(/correct|tally/)
    p.send({ type: 'close' })
    p.send({ type: 'reveal', correct: ['a'] })
    expect(await v.next(m => m.type === 'results')).toMatchObject({ correct: ['a'], tally: { a: 0, b: 0 } })
  })

  it('drops oversized, malformed and flooding messages without disturbing the other phones', async () => {
    const p = await presenter()
    p.send({ type: 'open', question })
    const flood = await phone('phone-flooding-01')
    const calm = await phone('phone-calm-000001')
    await calm.next(m => m.type === 'question')
    flood.send('{"type":"vote"')
    flood.send(JSON.stringify({ type: 'vote', question: 'q1', option: 'a', pad: 'x'.repeat(2000) }))
    for (let i = 0; i < 40; i++)
      flood.send({ type: 'vote', question: 'q1', option: i % 2 ? 'a' : 'b' })
    calm.send({ type: 'vote', question: 'q1', option: 'a' })
    await p.next(m => m.type === 'room' && m.voted === 2)
    await quiet()
    const room = p.messages.at(-1)
    // The flood's hello and its first 9 votes fit the rate (10 a second): its 9th vote (index 8, "b") is kept.
    expect(room).toMatchObject({ voted: 2, tally: { a: 1, b: 1 } })
    expect(flood.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('a presenter who reloads finds the open vote with its tally; a wrong token is refused', async () => {
    const first = await presenter()
    first.send({ type: 'open', question })
    const v = await phone('phone-0000000003')
    await v.next(m => m.type === 'question')
    v.send({ type: 'vote', question: 'q1', option: 'b' })
    await first.next(m => m.type === 'room' && m.voted === 1)
    first.socket.close()
    const again = await presenter()
    expect(await again.next(m => m.type === 'room')).toMatchObject({ phase: 'open', voted: 1, tally: { b: 1 } })
    const intruder = await client({ type: 'hello', role: 'presenter', token: 'not-the-token-at-all' })
    expect(await intruder.next(m => m.type === 'refused')).toBeTruthy()
  })

  it('a phone that reconnects as the same voter keeps its vote and sees it', async () => {
    const p = await presenter()
    p.send({ type: 'open', question })
    const before = await phone('phone-0000000004')
    await before.next(m => m.type === 'question')
    before.send({ type: 'vote', question: 'q1', option: 'a' })
    await p.next(m => m.type === 'room' && m.voted === 1)
    before.socket.terminate()
    const after = await phone('phone-0000000004')
    expect(await after.next(m => m.type === 'question')).toMatchObject({ vote: 'a' })
    expect(p.messages.at(-1)).toMatchObject({ voted: 1, tally: { a: 1 } })
  })
})

// `npm run audience:load [-- --phones 300 --rounds 10]`: a bounded load test of the audience server, on loopback
// only. It starts a server as its own process, plays the presenter (open, close, reveal), connects N simulated
// phones that vote, change some votes, drop and come back, adds phones sending malformed, oversized, forged and
// flooding messages, runs the vote `rounds` times and prints one JSON line:
// { voters, votesCounted, votesExpected, lost, p95VoteToTallyMs, serverAlive, rssGrowthMb }.
// Exits 1 when a vote is lost or the server died; stops itself after 90 s whatever happens.
import type { PresenterMessage, PresenterRoomMessage, RoomQuestion } from '../../lib/audience/protocol'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import WebSocket from 'ws'

const { values } = parseArgs({ options: { phones: { type: 'string', default: '300' }, rounds: { type: 'string', default: '10' } } })
const PHONES = Math.min(Number(values.phones), 2000)
const ROUNDS = Math.min(Number(values.rounds), 50)
const FLOODERS = 5
const TOKEN = 'load-test-presenter-token'
const deadline = setTimeout(() => fail('timed out after 90 s'), 90_000)

const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./cli.ts', import.meta.url)), '--host', '127.0.0.1', '--port', '0', '--token', TOKEN], { stdio: ['ignore', 'pipe', 'inherit'] })
let serverExited = false
child.on('exit', () => { serverExited = true })

function fail(reason: string): never {
  console.error(`audience:load: ${reason}`)
  child.kill('SIGKILL')
  process.exit(1)
}

const port = await new Promise<number>((resolve) => {
  let out = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk
    const match = out.match(/join at http:\/\/127\.0\.0\.1:(\d+)\//)
    if (match)
      resolve(Number(match[1]))
  })
})
const url = `ws://127.0.0.1:${port}/ws`

function connect(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url)
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

// ── the presenter ──
const presenter = await connect()
const sentAt = new Map<string, number>()
const latencies: number[] = []
let lastRoom: PresenterRoomMessage | null = null
let onStats: ((rss: number) => void) | null = null
presenter.on('message', (data) => {
  const message = JSON.parse(String(data)) as PresenterMessage
  if (message.type === 'stats') {
    onStats?.(message.rssMb)
    return
  }
  if (message.type !== 'room')
    return
  lastRoom = message
  const now = performance.now()
  for (const voter of message.by) {
    const at = sentAt.get(voter)
    if (at !== undefined) {
      latencies.push(now - at)
      sentAt.delete(voter)
    }
  }
})
presenter.send(JSON.stringify({ type: 'hello', role: 'presenter', token: TOKEN }))
const presenterSend = (message: unknown) => presenter.send(JSON.stringify(message))
const stats = () => new Promise<number>((resolve) => { onStats = resolve; presenterSend({ type: 'stats' }) })
const settle = async (until: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms
  while (!until() && Date.now() < end)
    await new Promise(resolve => setTimeout(resolve, 10))
  return until()
}

// ── the phones ──
interface Phone { id: string, socket: WebSocket }
async function phone(id: string): Promise<Phone> {
  const socket = await connect()
  socket.on('message', () => {})
  socket.send(JSON.stringify({ type: 'hello', role: 'voter', voter: id }))
  return { id, socket }
}
const phones: Phone[] = []
for (let i = 0; i < PHONES; i += 50)
  phones.push(...await Promise.all(Array.from({ length: Math.min(50, PHONES - i) }, (_, k) => phone(`phone-${String(i + k).padStart(5, '0')}`))))
const flooders = await Promise.all(Array.from({ length: FLOODERS }, (_, k) => phone(`flooder-${k}`)))
const vandal = await connect()
// The hellos count within the rate window: let it pass before the flood, so its kept vote is known.
await new Promise(resolve => setTimeout(resolve, 1100))

const OPTIONS = ['a', 'b', 'c', 'd']
let counted = 0
let expected = 0
let lost = 0
let rssAfterFirst = 0
let rssAfterLast = 0

for (let round = 1; round <= ROUNDS; round++) {
  const question: RoomQuestion = { id: `load-${round}`, prompt: `Load round ${round}`, options: OPTIONS.map(id => ({ id, label: id.toUpperCase() })) }
  presenterSend({ type: 'open', question })
  await settle(() => lastRoom?.question?.id === question.id)
  const finalVote = new Map<string, string>()
  const cast = (p: Phone, option: string) => {
    sentAt.set(p.id, performance.now())
    p.socket.send(JSON.stringify({ type: 'vote', question: question.id, option }))
    finalVote.set(p.id, option)
  }
  phones.forEach((p, i) => cast(p, OPTIONS[(i + round) % 4]))
  // Bad traffic while the votes come in: not JSON, over 1 KB, unknown, forged presenter commands, a flood.
  vandal.send('{"type":"vote",')
  vandal.send(JSON.stringify({ type: 'vote', question: question.id, option: 'a', pad: 'x'.repeat(2000) }))
  vandal.send(JSON.stringify({ type: 'open', question: { id: 'forged', prompt: 'Forged', options: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }] } }))
  phones[0].socket.send(JSON.stringify({ type: 'reveal', correct: ['a'] }))
  phones[1].socket.send(JSON.stringify({ type: 'close' }))
  phones[2].socket.send(JSON.stringify({ type: 'vote', question: question.id, option: 'not-an-option' }))
  for (const f of flooders) {
    for (let n = 0; n < 60; n++)
      f.socket.send(JSON.stringify({ type: 'vote', question: question.id, option: OPTIONS[n % 4] }))
    // Within the rate, the flood's 10th message is the one kept: option OPTIONS[9 % 4].
    finalVote.set(f.id, OPTIONS[9 % 4])
  }
  await settle(() => (lastRoom?.voted ?? 0) >= PHONES + FLOODERS)
  // One phone in five changes its mind.
  await new Promise(resolve => setTimeout(resolve, 1100))
  phones.filter((_, i) => i % 5 === 0).forEach((p, i) => cast(p, OPTIONS[(i + round + 1) % 4]))
  // One phone in ten drops its connection and comes back as the same voter.
  if (round === 1) {
    for (let i = 3; i < phones.length; i += 10) {
      phones[i].socket.terminate()
      phones[i] = await phone(phones[i].id)
    }
  }
  await settle(() => sentAt.size === 0)
  presenterSend({ type: 'close' })
  await settle(() => lastRoom?.phase === 'closed')
  const tally = lastRoom!.tally
  const want: Record<string, number> = {}
  for (const option of finalVote.values())
    want[option] = (want[option] ?? 0) + 1
  counted += Object.values(tally).reduce((a, b) => a + b, 0)
  expected += finalVote.size
  lost += OPTIONS.reduce((sum, o) => sum + Math.abs((want[o] ?? 0) - (tally[o] ?? 0)), 0) / 2 + Math.max(0, finalVote.size - lastRoom!.voted)
  presenterSend({ type: 'reveal', correct: ['a'] })
  await settle(() => lastRoom?.phase === 'revealed')
  presenterSend({ type: 'end' })
  await settle(() => lastRoom?.phase === 'waiting')
  if (round === 1)
    rssAfterFirst = await stats()
  if (round === ROUNDS)
    rssAfterLast = await stats()
}

// Alive: a new phone is answered, the phone page is served, the presenter still gets stats.
const late = await connect()
const answered = await new Promise<boolean>((resolve) => {
  late.once('message', data => resolve(JSON.parse(String(data)).type === 'waiting'))
  late.send(JSON.stringify({ type: 'hello', role: 'voter', voter: 'late-phone-0001' }))
  setTimeout(() => resolve(false), 3000)
})
const page = await fetch(`http://127.0.0.1:${port}/`).then(r => r.ok).catch(() => false)
const serverAlive = !serverExited && answered && page && (await stats()) > 0

latencies.sort((a, b) => a - b)
const p95 = latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] : Number.NaN
const result = {
  voters: PHONES + FLOODERS,
  votesCounted: counted,
  votesExpected: expected,
  lost,
  p95VoteToTallyMs: Math.round(p95 * 10) / 10,
  serverAlive,
  rssGrowthMb: Math.round((rssAfterLast - rssAfterFirst) * 10) / 10,
}
console.log(JSON.stringify(result))
clearTimeout(deadline)
for (const socket of [presenter, vandal, late, ...phones.map(p => p.socket), ...flooders.map(p => p.socket)])
  socket.terminate()
child.kill('SIGTERM')
process.exit(lost === 0 && serverAlive ? 0 : 1)

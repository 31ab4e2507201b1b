// The audience server: the phone page at `/` and the room-vote WebSocket at `/ws`, on `ws` and `node:http`, apart
// from Slidev's dev server (which never leaves localhost). One room, one question at a time; the rules live in
// lib/audience/room.ts, the message limits in lib/audience/protocol.ts. Bad traffic (a phone's over 1 KB, not JSON, unknown
// messages, more than 10 messages a second from one connection, voters sending presenter commands) is dropped
// without answering, and never reaches other connections.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RawData, WebSocket } from 'ws'
import type { ClientMessage, PresenterMessage } from '../../lib/audience/protocol'
import { timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { networkInterfaces } from 'node:os'
import sirv from 'sirv'
import { WebSocketServer } from 'ws'
import { createRateLimiter, MAX_MESSAGE_BYTES, MAX_PRESENTER_MESSAGE_BYTES, parseClientMessage } from '../../lib/audience/protocol'
import { castVote, closeVote, createRoom, endQuestion, openQuestion, presenterView, revealResults, voterView } from '../../lib/audience/room'

export interface AudienceServerOptions {
  host: string
  port: number
  token: string
  /** The built phone page (scripts/audience-server/build-phone.ts). */
  phoneDir: string
}

export interface AudienceServer {
  port: number
  joinUrl: string
  close: () => Promise<void>
}

/** The address phones on the same network use: the host given, or this machine's first LAN IPv4 address. */
export function joinAddress(host: string, port: number): string {
  const lan = Object.values(networkInterfaces()).flat().find(address => address && address.family === 'IPv4' && !address.internal)
  const name = host !== '0.0.0.0' && host !== '::' ? host : lan?.address ?? 'localhost'
  return `http://${name}:${port}/`
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

interface Connection { role: 'voter' | 'presenter' | null, voter: string | null, alive: boolean }

export async function startAudienceServer(options: AudienceServerOptions): Promise<AudienceServer> {
  if (!existsSync(`${options.phoneDir}/index.html`))
    throw new Error(`audience server: the phone page is not built (${options.phoneDir}/index.html missing); run npm run audience:build`)
  const servePhone = sirv(options.phoneDir, { dev: false, etag: true, single: false })
  const http = createServer((request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('X-Content-Type-Options', 'nosniff')
    servePhone(request, response, () => {
      response.statusCode = 404
      response.end('Not found')
    })
  })
  // Messages over 16 KB close the offending socket (ws's own guard); a phone's over 1 KB are dropped unread below.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 })
  const room = createRoom()
  const connections = new Map<WebSocket, Connection>()
  const voters = new Map<string, WebSocket>()
  let joinUrl = ''

  http.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://x').pathname !== '/ws') {
      socket.destroy()
      return
    }
    wss.handleUpgrade(request, socket, head, ws => wss.emit('connection', ws, request))
  })

  const send = (socket: WebSocket, message: unknown) => {
    if (socket.readyState === socket.OPEN)
      socket.send(JSON.stringify(message))
  }

  // Presenter updates are coalesced within one turn of the event loop: a burst of votes is one message.
  let pendingBy: string[] = []
  let updateScheduled = false
  function updatePresenters(by?: string) {
    if (by)
      pendingBy.push(by)
    if (updateScheduled)
      return
    updateScheduled = true
    setImmediate(() => {
      updateScheduled = false
      const message: PresenterMessage = presenterView(room, joinUrl, voters.size, pendingBy)
      pendingBy = []
      for (const [socket, connection] of connections) {
        if (connection.role === 'presenter')
          send(socket, message)
      }
    })
  }

  function updateVoters() {
    for (const [voter, socket] of voters)
      send(socket, voterView(room, voter))
  }

  function handle(socket: WebSocket, connection: Connection, message: ClientMessage) {
    if (message.type === 'hello') {
      if (message.role === 'voter') {
        const previous = voters.get(message.voter)
        if (previous && previous !== socket) {
          connections.set(previous, { role: null, voter: null, alive: false })
          previous.terminate()
        }
        connection.role = 'voter'
        connection.voter = message.voter
        voters.set(message.voter, socket)
        send(socket, voterView(room, message.voter))
        updatePresenters()
      }
      else if (sameToken(message.token, options.token)) {
        connection.role = 'presenter'
        send(socket, presenterView(room, joinUrl, voters.size, []))
      }
      else {
        send(socket, { type: 'refused', reason: 'wrong presenter token' } satisfies PresenterMessage)
        socket.close(4001, 'wrong token')
      }
      return
    }
    if (message.type === 'vote') {
      if (connection.role !== 'voter' || !connection.voter || !castVote(room, connection.voter, message.question, message.option))
        return
      send(socket, voterView(room, connection.voter))
      updatePresenters(connection.voter)
      return
    }
    // Everything else is the presenter's.
    if (connection.role !== 'presenter')
      return
    if (message.type === 'stats') {
      // Under --expose-gc (the load test), measure live memory rather than garbage not yet collected.
      (globalThis as { gc?: () => void }).gc?.()
      send(socket, { type: 'stats', rssMb: Math.round(process.memoryUsage().rss / 1e5) / 10 } satisfies PresenterMessage)
      return
    }
    if (message.type === 'open')
      openQuestion(room, message.question)
    else if (message.type === 'close')
      closeVote(room)
    else if (message.type === 'reveal')
      revealResults(room, message.correct)
    else
      endQuestion(room)
    updateVoters()
    updatePresenters()
  }

  wss.on('connection', (socket: WebSocket) => {
    const connection: Connection = { role: null, voter: null, alive: true }
    connections.set(socket, connection)
    const withinRate = createRateLimiter()
    socket.on('pong', () => { connection.alive = true })
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary || !withinRate(Date.now()))
        return
      try {
        const current = connections.get(socket) ?? connection
        const message = parseClientMessage(data.toString(), current.role === 'presenter' ? MAX_PRESENTER_MESSAGE_BYTES : MAX_MESSAGE_BYTES)
        if (message)
          handle(socket, current, message)
      }
      catch (error) {
        // A bug must cost one message, never the room.
        console.error('audience server: message dropped:', error)
      }
    })
    socket.on('error', () => socket.terminate())
    socket.on('close', () => {
      const current = connections.get(socket)
      connections.delete(socket)
      if (current?.voter && voters.get(current.voter) === socket) {
        voters.delete(current.voter)
        updatePresenters()
      }
    })
  })

  // A phone whose wifi dropped without a goodbye is let go after two missed pings; its vote stays counted.
  const heartbeat = setInterval(() => {
    for (const [socket, connection] of connections) {
      if (!connection.alive) {
        socket.terminate()
        continue
      }
      connection.alive = false
      socket.ping()
    }
  }, 15_000)

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(options.port, options.host, () => resolve())
  })
  const port = (http.address() as AddressInfo).port
  joinUrl = joinAddress(options.host, port)
  return {
    port,
    joinUrl,
    close: () => new Promise<void>((resolve) => {
      clearInterval(heartbeat)
      for (const socket of connections.keys())
        socket.terminate()
      wss.close()
      http.close(() => resolve())
    }),
  }
}

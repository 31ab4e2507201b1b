import { z } from 'zod'

/**
 * The room-vote protocol between the audience server (scripts/audience-server/server.ts), the presenter's deck and the
 * phones: JSON text messages over one WebSocket at `/ws`. Pure: schemas and limits only.
 * Phones never receive the right answer or the tally before the presenter reveals them.
 */

/** Larger messages from phones (any connection not yet known as the presenter) are dropped unread. */
export const MAX_MESSAGE_BYTES = 1024
/** The presenter's messages carry a question's text and options: they may be larger. */
export const MAX_PRESENTER_MESSAGE_BYTES = 16 * 1024
/** More messages than this in one second from one connection: the extra ones are dropped. */
export const MAX_MESSAGES_PER_SECOND = 10
export const DEFAULT_AUDIENCE_PORT = 3031

const id = z.string().min(1).max(80).regex(/^[\w:.-]+$/)
const text = z.string().min(1).max(2000)

export const roomQuestionSchema = z.strictObject({
  id,
  prompt: text,
  options: z.array(z.strictObject({ id, label: text })).min(2).max(8),
  /** Several options may be chosen: a vote is then the chosen ids joined by "+" ("a+c"). */
  multiple: z.boolean().optional(),
})
export type RoomQuestion = z.infer<typeof roomQuestionSchema>

export const clientMessageSchema = z.union([
  z.strictObject({ type: z.literal('hello'), role: z.literal('voter'), voter: z.string().min(8).max(64).regex(/^[\w-]+$/) }),
  z.strictObject({ type: z.literal('hello'), role: z.literal('presenter'), token: z.string().min(8).max(128) }),
  z.strictObject({ type: z.literal('vote'), question: id, option: z.string().min(1).max(400).regex(/^[\w:.-]+(?:\+[\w:.-]+)*$/) }),
  z.strictObject({ type: z.literal('open'), question: roomQuestionSchema }),
  z.strictObject({ type: z.literal('close') }),
  z.strictObject({ type: z.literal('reveal'), correct: z.array(id).max(8) }),
  z.strictObject({ type: z.literal('end') }),
  z.strictObject({ type: z.literal('stats') }),
])
export type ClientMessage = z.infer<typeof clientMessageSchema>

export type RoomPhase = 'waiting' | 'open' | 'closed' | 'revealed'
export type Tally = Record<string, number>

/** What a phone sees. */
export type VoterMessage =
  | { type: 'waiting' }
  | { type: 'question', question: RoomQuestion, phase: 'open' | 'closed', vote: string | null }
  | { type: 'results', question: RoomQuestion, tally: Tally, correct: string[], vote: string | null }

/** What the presenter's deck sees: everything, the tally included (the deck shows it only once the vote is closed). */
export interface PresenterRoomMessage {
  type: 'room'
  joinUrl: string
  phase: RoomPhase
  question: RoomQuestion | null
  joined: number
  voted: number
  tally: Tally
  correct: string[] | null
  /** The voters whose vote this update counts for the first time or anew (lets the load test time each vote). */
  by: string[]
}
export type PresenterMessage = PresenterRoomMessage | { type: 'stats', rssMb: number } | { type: 'refused', reason: string }

const encoder = new TextEncoder()

/** Raw text → a valid client message, or null (too large, not JSON, not a known message). */
export function parseClientMessage(raw: string, maxBytes = MAX_MESSAGE_BYTES): ClientMessage | null {
  if (raw.length > maxBytes || encoder.encode(raw).length > maxBytes)
    return null
  let json: unknown
  try {
    json = JSON.parse(raw)
  }
  catch {
    return null
  }
  const parsed = clientMessageSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

/** A sliding one-second window per connection: true while the connection stays within the rate. */
export function createRateLimiter(limit = MAX_MESSAGES_PER_SECOND, windowMs = 1000) {
  const times: number[] = []
  return (now: number): boolean => {
    while (times.length && now - times[0] >= windowMs)
      times.shift()
    if (times.length >= limit)
      return false
    times.push(now)
    return true
  }
}

/** The wait before the n-th reconnection (from 1) of a phone or the presenter: 0.5 s, doubling, at most 5 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(500 * 2 ** (attempt - 1), 5000)
}

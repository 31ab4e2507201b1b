import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'

/**
 * The learner's whole progress as one string for the LMS (`cmi.suspend_data`, or the cmi5 state document): the
 * progress texts this browser keeps (one per storage key: each case, the self-test, the review schedule), their
 * versioned envelopes stripped to the payloads and the keys shortened, as JSON, deflated and base64-encoded. Two
 * payloads are written more compactly, and read back exactly as they were: a case's journal as one line of short
 * event codes (its case id is the key's), a review card as an array of its fields with times in base 36.
 *
 * Never longer than SCORM 1.2's 4,096 characters, by construction (`fitSuspendData`): when the whole progress does
 * not fit, what can be spared goes first, and what the learner did in the cases and the self-test never goes:
 * 1. a case's repeats of a wrong choice already made at the same decision are kept once (the case, its score and
 *    its path are the same; only the debrief lists the repeated choice once);
 * 2. review-schedule cards, the least recently reviewed first: the deck rebuilds a dropped card from the
 *    self-test's answer at the next launch (lib/learner/review-schedule.ts, `withCardsForAnswers`).
 * What is left after both (every case and the whole self-test) stays far below the limit: the property test in
 * tests/unit/lms-suspend-data.test.ts measures its maximum over random and adversarial progress. A string that
 * still did not fit would not be written at all (`isWritableSuspendData`), the LMS keeping its last copy.
 * Pure; what the texts mean is checked by their own parsers when the deck reads them back.
 */

export const SUSPEND_PREFIX = 'omd2:'
/** The first format (no compact payloads), still read: progress an LMS kept from an earlier package. */
const SUSPEND_PREFIX_V1 = 'omd1:'
/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096), the bound for every standard. */
export const SCORM12_SUSPEND_LIMIT = 4096

/** Storage key → the text kept under it. */
export type ProgressTexts = Record<string, string>

interface Envelope { version: number, kind: string, payload: unknown }
type Compact = Record<string, [number, string, unknown]>

function envelopeOf(text: string): Envelope | null {
  try {
    const json = JSON.parse(text) as Partial<Envelope>
    return typeof json?.version === 'number' && typeof json.kind === 'string' && 'payload' in json ? json as Envelope : null
  }
  catch {
    return null
  }
}

function compactOf(texts: ProgressTexts): Compact {
  const compact: Compact = {}
  for (const [key, text] of Object.entries(texts)) {
    const envelope = envelopeOf(text)
    if (envelope)
      compact[key.replace(/^omd\./, '')] = [envelope.version, envelope.kind, envelope.payload]
  }
  return compact
}

// ── compact payloads ────────────────────────────────────────────────────────────────────────────────────
// A case journal (machines/case/caseMachine.ts): 's' start, 'r' restage, 'd' debrief, anything else the option
// chosen; a review card (lib/learner/review-schedule.ts): its fields in REVIEW_FIELDS order, times as base-36 ms.
// A payload of any other shape (a later format, a card from elsewhere) is written as it is.

const EVENT_CODES: Record<string, string> = { 'learner.start': 's', 'case.restage': 'r', 'learner.debrief': 'd' }
const CODE_EVENTS = Object.fromEntries(Object.entries(EVENT_CODES).map(([type, code]) => [code, type]))
const REVIEW_FIELDS = ['due', 'last_review', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const
const TIME_FIELDS = new Set<string>(['due', 'last_review'])

const caseIdOf = (key: string) => /^case\.(.+)\.v\d+$/.exec(key)?.[1]

function packCase(key: string, payload: unknown): unknown {
  const { caseId, fingerprint, events, ...rest } = (payload ?? {}) as { caseId?: unknown, fingerprint?: unknown, events?: unknown }
  if (caseId !== caseIdOf(key) || typeof fingerprint !== 'string' || !Array.isArray(events) || Object.keys(rest).length)
    return payload
  const codes: string[] = []
  for (const event of events as { type?: unknown, option?: unknown }[]) {
    const keys = Object.keys(event ?? {}).sort().join()
    if (typeof event?.type === 'string' && EVENT_CODES[event.type] && keys === 'type')
      codes.push(EVENT_CODES[event.type])
    else if (event?.type === 'learner.choose' && typeof event.option === 'string' && /^[a-z][\w-]+$/.test(event.option) && keys === 'option,type')
      codes.push(event.option)
    else
      return payload
  }
  return [fingerprint, codes.join(' ')]
}

function unpackCase(key: string, payload: unknown): unknown {
  if (!Array.isArray(payload) || payload.length !== 2 || typeof payload[0] !== 'string' || typeof payload[1] !== 'string')
    return payload
  const events = payload[1] ? payload[1].split(' ').map(code => CODE_EVENTS[code] ? { type: CODE_EVENTS[code] } : { type: 'learner.choose', option: code }) : []
  return { caseId: caseIdOf(key), fingerprint: payload[0], events }
}

const isoTime = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(Date.parse(value)).toISOString() === value

function packReview(payload: unknown): unknown {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload))
    return payload
  const packed: Record<string, unknown[]> = {}
  for (const [id, card] of Object.entries(payload as Record<string, Record<string, unknown>>)) {
    const extra = Object.keys(card ?? {}).filter(field => !(REVIEW_FIELDS as readonly string[]).includes(field))
    if (!card || extra.length || !isoTime(card.due) || (card.last_review !== undefined && !isoTime(card.last_review)))
      return payload
    packed[id] = REVIEW_FIELDS.map(field => TIME_FIELDS.has(field) ? (card[field] === undefined ? 0 : Date.parse(card[field] as string).toString(36)) : card[field])
  }
  return { p: packed }
}

function unpackReview(payload: unknown): unknown {
  const packed = (payload as { p?: unknown } | null)?.p
  if (!packed || typeof packed !== 'object' || Object.keys(payload as object).length !== 1)
    return payload
  return Object.fromEntries(Object.entries(packed as Record<string, unknown[]>).map(([id, values]) => [id, Object.fromEntries(
    REVIEW_FIELDS.flatMap((field, i) => TIME_FIELDS.has(field)
      ? (values[i] === 0 ? [] : [[field, new Date(Number.parseInt(String(values[i]), 36)).toISOString()]])
      : [[field, values[i]]]),
  )]))
}

function pack(compact: Compact): Compact {
  return Object.fromEntries(Object.entries(compact).map(([key, [version, kind, payload]]) =>
    [key, [version, kind, kind === 'case' ? packCase(key, payload) : kind === 'review' ? packReview(payload) : payload]]))
}

function unpack(compact: Compact): Compact {
  return Object.fromEntries(Object.entries(compact).map(([key, [version, kind, payload]]) =>
    [key, [version, kind, kind === 'case' ? unpackCase(key, payload) : kind === 'review' ? unpackReview(payload) : payload]]))
}

function encode(compact: Compact): string {
  const packed = deflateSync(strToU8(JSON.stringify(pack(compact))), { level: 9 })
  let binary = ''
  for (const byte of packed)
    binary += String.fromCharCode(byte)
  return SUSPEND_PREFIX + btoa(binary)
}

/** The progress texts → the string the LMS keeps, whatever its length. Texts that are not an envelope are left out. */
export function encodeSuspendData(texts: ProgressTexts): string {
  return encode(compactOf(texts))
}

/** A string the deck may hand the LMS: within the limit, printable ASCII only. */
export function isWritableSuspendData(data: string, limit = SCORM12_SUSPEND_LIMIT): boolean {
  return data.length <= limit && /^[\x20-\x7E]*$/.test(data)
}

interface ChoiceEvent { type: 'learner.choose', option: string }
const isChoice = (event: unknown): event is ChoiceEvent => (event as ChoiceEvent | null)?.type === 'learner.choose'

/**
 * A case journal (machines/case/caseMachine.ts) with each repeat of a choice within one run of choices dropped. A
 * run of consecutive choices stays at one decision until a viable choice moves the case on, and the next decision
 * of the same run offers other options: a repeated option in a run is a wrong choice made again at the same
 * decision, which changes neither the case's state, its score (first answers) nor its path.
 */
export function collapseRepeatedChoices(events: readonly unknown[]): unknown[] {
  const kept: unknown[] = []
  let run = new Set<string>()
  for (const event of events) {
    if (!isChoice(event)) {
      run = new Set()
    }
    else if (run.has(event.option)) {
      continue
    }
    else {
      run.add(event.option)
    }
    kept.push(event)
  }
  return kept
}

interface CardLike { due?: unknown, last_review?: unknown }
const reviewedAt = (card: CardLike) => Date.parse(String(card.last_review ?? card.due ?? '')) || 0

export interface FittedSuspendData {
  data: string
  /** Repeated wrong choices left out of the case journals. */
  collapsedChoices: number
  /** Question ids whose review cards were left out, the least recently reviewed first. */
  droppedReviewCards: string[]
}

/**
 * The progress texts → the string the LMS keeps, at most `limit` characters (see the header for what gives way
 * first), or null when even the cases and the self-test alone would not fit.
 */
export function fitSuspendData(texts: ProgressTexts, limit = SCORM12_SUSPEND_LIMIT): FittedSuspendData | null {
  const compact = compactOf(texts)
  let data = encode(compact)
  if (data.length <= limit)
    return { data, collapsedChoices: 0, droppedReviewCards: [] }

  let collapsedChoices = 0
  for (const entry of Object.values(compact)) {
    const payload = entry[2] as { events?: unknown } | null
    if (entry[1] !== 'case' || !payload || !Array.isArray(payload.events))
      continue
    const events = collapseRepeatedChoices(payload.events)
    collapsedChoices += payload.events.length - events.length
    entry[2] = { ...payload, events }
  }
  data = encode(compact)
  if (data.length <= limit)
    return { data, collapsedChoices, droppedReviewCards: [] }

  const droppedReviewCards: string[] = []
  const review = Object.values(compact).find(entry => entry[1] === 'review')
  const cards = review && review[2] && typeof review[2] === 'object' ? { ...(review[2] as Record<string, CardLike>) } : {}
  const oldestFirst = Object.keys(cards).sort((a, b) => reviewedAt(cards[a]) - reviewedAt(cards[b]) || a.localeCompare(b))
  for (const id of oldestFirst) {
    delete cards[id]
    droppedReviewCards.push(id)
    review![2] = { ...cards }
    data = encode(compact)
    if (data.length <= limit)
      return { data, collapsedChoices, droppedReviewCards }
  }
  return null
}

/** The LMS's string → the progress texts, or null when it is not ours (empty, another format, damaged). */
export function decodeSuspendData(data: string | null | undefined): ProgressTexts | null {
  const prefix = [SUSPEND_PREFIX, SUSPEND_PREFIX_V1].find(candidate => data?.startsWith(candidate))
  if (!data || !prefix)
    return null
  try {
    const binary = atob(data.slice(prefix.length))
    const bytes = Uint8Array.from(binary, char => char.charCodeAt(0))
    const read = JSON.parse(strFromU8(inflateSync(bytes))) as Compact
    const compact = prefix === SUSPEND_PREFIX ? unpack(read) : read
    const texts: ProgressTexts = {}
    for (const [key, [version, kind, payload]] of Object.entries(compact))
      texts[`omd.${key}`] = JSON.stringify({ version, kind, payload })
    return texts
  }
  catch {
    return null
  }
}

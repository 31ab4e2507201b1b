import type { ProgressEnvelope } from '../../lib/learner/progress-envelope'
import type { CaseStorageNotice } from './storage-notices'
import * as v from 'valibot'
import type { CaseFile } from './schema'
import type { CaseEvent } from './caseMachine'
import type { CaseSnapshot } from './walk'
import { initialSnapshot, step } from './walk'
import { currentOption, LEGACY_OPTION_IDS, READABLE_OPTIONS } from './ids'
import { openProgress, sealProgress } from '../../lib/learner/progress-envelope'

/**
 * Saved case progress: the versioned progress envelope (lib/learner/progress-envelope.ts) around the learner's accepted
 * events (the machine's journal), replayed through the machine on load. The same envelope is shared with the
 * audience window.
 * Pure (no storage access): components/composables/useCaseSession.ts reads and writes localStorage.
 * Anything unreadable starts the case fresh and says why, never a crash:
 * - 'corrupt': not JSON, or not the shape we write;
 * - 'outdated': another format version, or a case file changed since (fingerprint), or events the case no
 *   longer accepts.
 */

export interface CasePayload {
  caseId: string
  /** Fingerprint of the case file the events were played against. */
  fingerprint: string
  events: CaseEvent[]
}

export type CaseProgress = ProgressEnvelope<CasePayload>

const eventSchema = v.variant('type', [
  v.strictObject({ type: v.literal('learner.start') }),
  // A renamed option (LEGACY_OPTION_IDS) saved before the rename is read as its new id.
  v.strictObject({ type: v.literal('learner.choose'), option: v.pipe(v.picklist(READABLE_OPTIONS), v.transform(currentOption)) }),
  v.strictObject({ type: v.literal('case.restage') }),
  v.strictObject({ type: v.literal('learner.debrief') }),
  v.strictObject({ type: v.literal('learner.restart') }),
])
const payloadSchema = v.strictObject({
  caseId: v.string(),
  fingerprint: v.string(),
  events: v.array(eventSchema),
})

/** Renamed option ids are hashed under their old names, so that a rename alone does not discard saved progress. */
const OLD_NAMES = Object.entries(LEGACY_OPTION_IDS).map(([old, current]) => [new RegExp(`"${current}"`, 'g'), `"${old}"`] as const)

/** FNV-1a (32 bits) of the case as JSON: changes whenever a fact, the course or the key changes (not a renamed option id). */
export function caseFingerprint(caseFile: CaseFile): string {
  let hash = 0x811C9DC5
  const json = OLD_NAMES.reduce((text, [current, old]) => text.replace(current, old), JSON.stringify(caseFile))
  for (const char of json) {
    hash ^= char.charCodeAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

export function makeCaseProgress(caseFile: CaseFile, events: readonly CaseEvent[]): CaseProgress {
  return sealProgress('case', { caseId: caseFile.id, fingerprint: caseFingerprint(caseFile), events: [...events] })
}

/** Plays `events` from the start; null as soon as one is not accepted where it comes. */
export function replayEvents(caseFile: CaseFile, events: readonly CaseEvent[]): CaseSnapshot | null {
  let snapshot = initialSnapshot(caseFile)
  for (const event of events) {
    if (!snapshot.can(event))
      return null
    snapshot = step(snapshot, event)
  }
  return snapshot
}

export type RestoredCase =
  | { snapshot: null, events: [], notice: null }
  | { snapshot: CaseSnapshot, events: CaseEvent[], notice: null }
  | { snapshot: null, events: [], notice: CaseStorageNotice }

/** Stored text or shared object (null/undefined when nothing was saved) → a snapshot to resume, or a fresh start. */
export function restoreCaseProgress(saved: string | object | null | undefined, caseFile: CaseFile): RestoredCase {
  const fresh = (notice: CaseStorageNotice | null) => ({ snapshot: null, events: [], notice }) as RestoredCase
  const opened = openProgress(saved, 'case')
  if (opened.payload === null)
    return fresh(opened.notice)
  const parsed = v.safeParse(payloadSchema, opened.payload)
  if (!parsed.success || parsed.output.caseId !== caseFile.id)
    return fresh('corrupt')
  if (parsed.output.fingerprint !== caseFingerprint(caseFile))
    return fresh('outdated')
  const events = parsed.output.events as CaseEvent[]
  const snapshot = replayEvents(caseFile, events)
  return snapshot ? { snapshot, events, notice: null } : fresh('outdated')
}

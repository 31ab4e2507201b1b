// valibot, not zod: the browser reads saved progress on every page, and zod's core (even zod/mini) is ~15 KB gzip of
// the learner app's first load where valibot's functions used here are ~2 KB (the content schemas, checked at build
// time, stay zod).
import * as v from 'valibot'

/**
 * Saved progress of every kind (a case, the self-test, the review schedule) in one versioned envelope: `{ version, kind, payload }`.
 * Pure: the composables read and write the text; each kind validates its own payload. Anything unreadable is a
 * notice, never a crash: 'corrupt' (not JSON, or not this shape), 'outdated' (another format version, e.g. the
 * version-1 formats saved before the envelope).
 */

export const PROGRESS_VERSION = 2
export const PROGRESS_KINDS = ['case', 'quiz', 'review'] as const
export type ProgressKind = typeof PROGRESS_KINDS[number]
export type ProgressNotice = 'corrupt' | 'outdated'

export interface ProgressEnvelope<P = unknown> {
  version: number
  kind: ProgressKind
  payload: P
}

const envelopeSchema = v.strictObject({ version: v.number(), kind: v.picklist(PROGRESS_KINDS), payload: v.unknown() })

export function sealProgress<P>(kind: ProgressKind, payload: P): ProgressEnvelope<P> {
  return { version: PROGRESS_VERSION, kind, payload }
}

export type OpenedProgress =
  | { payload: unknown, notice: null }
  | { payload: null, notice: ProgressNotice | null }

/** Stored text or a shared object (null/undefined: nothing saved) → the payload of `kind`, or why there is none. */
export function openProgress(saved: string | object | null | undefined, kind: ProgressKind): OpenedProgress {
  if (saved === null || saved === undefined)
    return { payload: null, notice: null }
  let json: unknown = saved
  if (typeof saved === 'string') {
    try {
      json = JSON.parse(saved)
    }
    catch {
      return { payload: null, notice: 'corrupt' }
    }
  }
  const version = (json as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version !== PROGRESS_VERSION)
    return { payload: null, notice: 'outdated' }
  const parsed = v.safeParse(envelopeSchema, json)
  if (!parsed.success || parsed.output.kind !== kind)
    return { payload: null, notice: 'corrupt' }
  return { payload: parsed.output.payload, notice: null }
}

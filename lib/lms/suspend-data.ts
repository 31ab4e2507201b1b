import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'

/**
 * The learner's whole progress as one string for the LMS (`cmi.suspend_data`, or the cmi5 state document), small
 * enough for SCORM 1.2's 4,096 characters with every case played and every question answered: the progress texts
 * this browser keeps (one per storage key: each case, the self-test, the review schedule), their versioned
 * envelopes stripped to the payloads and the keys shortened, as JSON, deflated and base64-encoded.
 * Pure; what the texts mean is checked by their own parsers when the deck reads them back.
 */

export const SUSPEND_PREFIX = 'omd1:'
/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SCORM12_SUSPEND_LIMIT = 4096

/** Storage key → the text kept under it. */
export type ProgressTexts = Record<string, string>

interface Envelope { version: number, kind: string, payload: unknown }

function envelopeOf(text: string): Envelope | null {
  try {
    const json = JSON.parse(text) as Partial<Envelope>
    return typeof json?.version === 'number' && typeof json.kind === 'string' && 'payload' in json ? json as Envelope : null
  }
  catch {
    return null
  }
}

/** The progress texts → the string the LMS keeps. Texts that are not an envelope are left out. */
export function encodeSuspendData(texts: ProgressTexts): string {
  const compact: Record<string, [number, string, unknown]> = {}
  for (const [key, text] of Object.entries(texts)) {
    const envelope = envelopeOf(text)
    if (envelope)
      compact[key.replace(/^omd\./, '')] = [envelope.version, envelope.kind, envelope.payload]
  }
  const packed = deflateSync(strToU8(JSON.stringify(compact)), { level: 9 })
  let binary = ''
  for (const byte of packed)
    binary += String.fromCharCode(byte)
  return SUSPEND_PREFIX + btoa(binary)
}

/** The LMS's string → the progress texts, or null when it is not ours (empty, another format, damaged). */
export function decodeSuspendData(data: string | null | undefined): ProgressTexts | null {
  if (!data || !data.startsWith(SUSPEND_PREFIX))
    return null
  try {
    const binary = atob(data.slice(SUSPEND_PREFIX.length))
    const bytes = Uint8Array.from(binary, char => char.charCodeAt(0))
    const compact = JSON.parse(strFromU8(inflateSync(bytes))) as Record<string, [number, string, unknown]>
    const texts: ProgressTexts = {}
    for (const [key, [version, kind, payload]] of Object.entries(compact))
      texts[`omd.${key}`] = JSON.stringify({ version, kind, payload })
    return texts
  }
  catch {
    return null
  }
}

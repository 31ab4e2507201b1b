/**
 * A phone's voter id: random, kept in the phone's local storage so that a reload or a reconnection after a wifi
 * drop is the same voter (one vote per phone per question). crypto.getRandomValues works on plain http, where
 * crypto.randomUUID does not (the join page is http on the venue's network).
 */
export const VOTER_KEY = 'omd.voter'

export function newVoterId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = bytes => crypto.getRandomValues(bytes)): string {
  return [...random(new Uint8Array(new ArrayBuffer(16)))].map(b => b.toString(16).padStart(2, '0')).join('')
}

/** The stored id, or a new one (stored when the browser allows it; otherwise kept for this page only). */
export function voterId(storage: Pick<Storage, 'getItem' | 'setItem'> | null): string {
  try {
    const saved = storage?.getItem(VOTER_KEY)
    if (saved && /^[0-9a-f]{32}$/.test(saved))
      return saved
  }
  catch {}
  const id = newVoterId()
  try {
    storage?.setItem(VOTER_KEY, id)
  }
  catch {}
  return id
}

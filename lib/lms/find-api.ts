/**
 * Finding the LMS that launched the deck, as the standards say: SCORM 1.2's `API` and SCORM 2004's `API_1484_11`
 * on a window of the parent chain (then the opener's chain), at most 7 levels up (ADL's own discovery
 * algorithm); cmi5 from the launch parameters the LMS puts in the URL. None found: the deck runs as the plain deck.
 */

export interface Scorm12Api {
  LMSInitialize: (arg: '') => string
  LMSFinish: (arg: '') => string
  LMSGetValue: (element: string) => string
  LMSSetValue: (element: string, value: string) => string
  LMSCommit: (arg: '') => string
  LMSGetLastError: () => string | number
}

export interface Scorm2004Api {
  Initialize: (arg: '') => string
  Terminate: (arg: '') => string
  GetValue: (element: string) => string
  SetValue: (element: string, value: string) => string
  Commit: (arg: '') => string
  GetLastError: () => string | number
}

export type FoundLms =
  | { standard: 'scorm12', api: Scorm12Api }
  | { standard: 'scorm2004', api: Scorm2004Api }
  | { standard: 'cmi5' }

interface WindowLike { parent?: WindowLike | null, opener?: WindowLike | null, API?: unknown, API_1484_11?: unknown }

const MAX_LEVELS = 7

function searchChain(start: WindowLike | null | undefined): FoundLms | null {
  let win = start
  for (let level = 0; win && level <= MAX_LEVELS; level++) {
    try {
      if (win.API_1484_11 && typeof (win.API_1484_11 as Scorm2004Api).Initialize === 'function')
        return { standard: 'scorm2004', api: win.API_1484_11 as Scorm2004Api }
      if (win.API && typeof (win.API as Scorm12Api).LMSInitialize === 'function')
        return { standard: 'scorm12', api: win.API as Scorm12Api }
    }
    catch {
      // A cross-origin frame: its properties cannot be read; keep climbing.
    }
    if (!win.parent || win.parent === win)
      break
    win = win.parent
  }
  return null
}

/** The cmi5 launch parameters the LMS appends to the AU's URL (cmi5 spec, section 8.1). */
export const CMI5_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const

export function isCmi5Launch(search: string): boolean {
  const params = new URLSearchParams(search)
  return CMI5_PARAMETERS.every(name => params.has(name))
}

export function findLms(win: WindowLike, search: string): FoundLms | null {
  if (isCmi5Launch(search))
    return { standard: 'cmi5' }
  return searchChain(win) ?? searchChain(win.opener ?? null)
}

/**
 * What a page load can say about the deck's offline copy, from the service worker registration it finds.
 * Slidev's badge says "Caching for offline…" from every load until the worker reports a first install; on a
 * later visit, with the deck cached already, no such report comes and the badge would stay, untrue, over the
 * slides' source lines. Pure: the registration is passed in.
 */

/** The parts of a ServiceWorkerRegistration this decision reads. */
export interface RegistrationState {
  active: unknown
  installing: unknown
  waiting: unknown
}

export type OfflineCopy =
  /** No worker yet: this visit installs it, and Slidev's badge reports it (caching, then ready). */
  | 'installing-first'
  /** A worker from an earlier visit has cached this deck and nothing newer is installing: nothing to say. */
  | 'cached'
  /** A newer deck is being cached over the old copy: caching until that worker is done. */
  | 'updating'

export function offlineCopyAtLoad(registration: RegistrationState | null | undefined): OfflineCopy {
  if (!registration?.active)
    return 'installing-first'
  return registration.installing || registration.waiting ? 'updating' : 'cached'
}

/** A worker's state once it has nothing more to cache (it took over, or it was dropped). */
export function isDoneCaching(state: string): boolean {
  return state === 'activated' || state === 'redundant'
}

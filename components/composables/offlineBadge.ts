// Keeps Slidev's offline badge truthful on later visits (lib/deck/offline-status.ts says why it would not be).
// Slidev sets "caching" after its own async start-up, possibly after this runs: the watcher turns it off again
// whenever it comes on while there is nothing to cache.
import { pwaCaching } from '@slidev/client/setup/pwa.ts'
import { watch } from 'vue'
import { isDoneCaching, offlineCopyAtLoad } from '../../lib/deck/offline-status'

/** Resolves to a function that stops the correction (the deck never does; tests do). */
export async function keepOfflineBadgeTruthful(serviceWorker: ServiceWorkerContainer | undefined = navigator.serviceWorker): Promise<() => void> {
  const nothing = () => {}
  if (!serviceWorker)
    return nothing
  const registration = await serviceWorker.getRegistration().catch(() => undefined)
  const copy = offlineCopyAtLoad(registration)
  if (copy === 'installing-first' || !registration)
    return nothing
  let caching = copy === 'updating'
  const stopWatching = watch(pwaCaching, (on) => {
    if (on && !caching)
      pwaCaching.value = false
  }, { immediate: true })
  const newer = registration.installing ?? registration.waiting
  if (caching && newer) {
    const settle = () => {
      if (!isDoneCaching(newer.state))
        return
      caching = false
      pwaCaching.value = false
      newer.removeEventListener('statechange', settle)
    }
    newer.addEventListener('statechange', settle)
    settle()
  }
  return stopWatching
}

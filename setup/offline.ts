import { isDoneCaching, offlineCopyAtLoad } from '../lib/deck/offline-status'

/**
 * The deck's offline copy: registers the service worker (setup/sw.ts) and says what it is doing in a badge at the
 * bottom right, "Caching for offline…" while a copy is being cached, "Ready offline" once a first copy is, nothing
 * on a visit that finds the deck cached already (lib/deck/offline-status.ts).
 */
export async function keepOfflineCopy(base: string, serviceWorker: ServiceWorkerContainer = navigator.serviceWorker) {
  const copy = offlineCopyAtLoad(await serviceWorker.getRegistration(base).catch(() => undefined))
  const badge = document.createElement('div')
  badge.className = 'offline-badge'
  badge.setAttribute('role', 'status')
  const say = (text: string) => {
    badge.textContent = text
    if (text) document.body.append(badge)
    else badge.remove()
  }
  const followed = new WeakSet<ServiceWorker>()
  const follow = (worker: ServiceWorker, done: string) => {
    if (followed.has(worker)) return
    followed.add(worker)
    say('Caching for offline…')
    const settle = () => {
      if (!isDoneCaching(worker.state)) return
      worker.removeEventListener('statechange', settle)
      say(worker.state === 'activated' ? done : '')
      if (done) setTimeout(() => say(''), 4000)
    }
    worker.addEventListener('statechange', settle)
    settle()
  }
  const registration = await serviceWorker.register(`${base}sw.js`, { scope: base })
  const newer = registration.installing ?? registration.waiting
  if (newer)
    follow(newer, copy === 'installing-first' ? 'Ready offline' : '')
  registration.addEventListener('updatefound', () => {
    if (registration.installing) follow(registration.installing, '')
  })
}

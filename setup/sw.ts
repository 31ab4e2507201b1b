// The built deck's service worker (vite-plugin-pwa builds it and writes the precache list in): the whole deck
// precached, taking over at once. A visit opens the deck's document at the deck's own address, and the learner app's
// document at the app's (`learn/`, precached with the deck by `npm run build`); every other address goes to the network.
import { clientsClaim } from 'workbox-core'
import { createHandlerBoundToURL, getCacheKeyForURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { documentAddress } from '../lib/deck/offline-addresses'

declare const self: { __WB_MANIFEST: (PrecacheEntry | string)[], registration: { scope: string }, skipWaiting: () => Promise<void> }

void self.skipWaiting()
clientsClaim()
precacheAndRoute(self.__WB_MANIFEST)
// No `cleanupOutdatedCaches()`: it deletes every precache whose name holds this scope, the learner app's own
// (`…/learn/`, its worker's) with it. The precache drops its stale entries itself; that call only clears caches of
// Workbox versions older than any this deck has shipped.
const scope = new URL(self.registration.scope).pathname
// Never the deck's document at the app's address: the deck would forward to the app, and be served again.
if (getCacheKeyForURL('learn/index.html'))
  registerRoute(new NavigationRoute(createHandlerBoundToURL('learn/index.html'), { allowlist: [documentAddress(`${scope}learn/`)] }))
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [documentAddress(scope)] }))

// The built deck's service worker (vite-plugin-pwa builds it and writes the precache list in): the whole deck
// precached, taking over at once, and every address served by index.html, as Slidev's own `pwa` option set it up.
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'

declare const self: { __WB_MANIFEST: (PrecacheEntry | string)[], skipWaiting: () => Promise<void> }

void self.skipWaiting()
clientsClaim()
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/(presenter|notes|overview|print|export)/] }))

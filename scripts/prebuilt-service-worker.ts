import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The built deck's service worker, written from Workbox's prebuilt runtime instead of bundled by it.
 *
 * Slidev's `pwa: build` option runs vite-plugin-pwa's `generateSW`: on every build, Workbox bundles its runtime
 * into the worker with Rollup, Babel and Terser, about 2.3 s of a 10 s build here, to produce the same runtime
 * each time. Workbox also ships that runtime prebuilt (`workbox-sw` and each module's `.prod.js`), the way its
 * docs describe for serving Workbox from your own origin: this plugin copies those files next to the worker and
 * writes a worker that loads them, with the precache list from Workbox's own `getManifest`. Slidev's options are
 * kept as they are (what is precached, the navigation fallback and the routes it leaves out), and so is the rest
 * of vite-plugin-pwa (the web manifest, the registration Slidev imports): only its worker step is replaced.
 *
 * Hand-written because no option does it: Slidev fixes vite-plugin-pwa's strategy, and vite-plugin-pwa has no
 * strategy that skips bundling. The e2e test "after a first visit, /#/learn and a case open with no network"
 * (tests/e2e/learner.spec.ts) plays the deck offline through this worker; tests/unit/service-worker.test.ts
 * checks what it precaches.
 */

/** vite-plugin-pwa's build plugin: the one whose `closeBundle` runs Workbox's `generateSW`. */
export const PWA_BUILD_PLUGIN = 'vite-plugin-pwa:build'

/** Where the Workbox runtime goes in the build: versioned, so a Workbox update changes the worker's bytes. */
const require = createRequire(import.meta.url)
const workboxVersion: string = require('workbox-sw/package.json').version
export const WORKBOX_DIR = `workbox-v${workboxVersion}`

/** The Workbox modules the worker uses (each loads on first use through workbox-sw). */
const WORKBOX_MODULES = ['core', 'precaching', 'routing', 'strategies']

/** As Slidev sets them (node/vite/pwa.ts in @slidev/cli), plus the web manifest that vite-plugin-pwa adds. */
export const PRECACHE = {
  globPatterns: ['**/*.{js,css,html,woff,woff2,ttf,png,jpg,jpeg,svg,gif,webp,avif,ico,mp4,webm,ogv,mov,m4v,mp3,wav,ogg,oga,m4a,aac,flac,opus,weba,webmanifest}'],
  globIgnores: ['**/node_modules/**', 'sw.js', `${WORKBOX_DIR}/**`, '404.html'],
  maximumFileSizeToCacheInBytes: 104857600,
  // Hashed file names are their own revision.
  dontCacheBustURLsMatching: /^assets\//,
}
const NAVIGATE_FALLBACK_DENYLIST = /^\/(presenter|notes|overview|print|export)/

export interface PrecacheEntry { url: string, revision: string | null }

/** The worker's source: Slidev's `registerType: 'autoUpdate'` (take over at once), then the precache and the fallback. */
export function serviceWorkerSource(entries: PrecacheEntry[]): string {
  return `importScripts('${WORKBOX_DIR}/workbox-sw.js')
workbox.setConfig({ modulePathPrefix: '${WORKBOX_DIR}/', debug: false })
self.skipWaiting()
workbox.core.clientsClaim()
workbox.precaching.precacheAndRoute(${JSON.stringify(entries)})
workbox.precaching.cleanupOutdatedCaches()
workbox.routing.registerRoute(new workbox.routing.NavigationRoute(workbox.precaching.createHandlerBoundToURL('index.html'), { denylist: [${NAVIGATE_FALLBACK_DENYLIST}] }))
`
}

/** Copies the runtime into `outDir`, writes `sw.js` there; returns the precache entries. */
export async function writeServiceWorker(outDir: string): Promise<{ entries: PrecacheEntry[], size: number }> {
  const runtime = join(outDir, WORKBOX_DIR)
  mkdirSync(runtime, { recursive: true })
  copyFileSync(require.resolve('workbox-sw'), join(runtime, 'workbox-sw.js'))
  for (const name of WORKBOX_MODULES) {
    const file = `workbox-${name}.prod.js`
    copyFileSync(join(dirname(require.resolve(`workbox-${name}/package.json`)), 'build', file), join(runtime, file))
  }
  // The manifest step alone, loaded when needed (not with the Vite config of every command): workbox-build's index
  // loads Babel, Rollup and Terser with it (0.6 s) for generateSW.
  const { getManifest } = await import('workbox-build/build/get-manifest.js')
  const { manifestEntries, size, warnings } = await getManifest({ globDirectory: outDir, ...PRECACHE })
  if (warnings.length)
    throw new Error(`service worker precache (scripts/prebuilt-service-worker.ts): ${warnings.join('; ')}`)
  const entries = manifestEntries.map(({ url, revision }) => ({ url, revision: revision ?? null }))
  writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(entries))
  return { entries, size }
}

export function prebuiltServiceWorker(): Plugin {
  // Set once the bundle is on disk: a build that failed before that reports its own error, not a precache one.
  let written = false
  return {
    name: 'omd:prebuilt-service-worker',
    apply: 'build',
    writeBundle() {
      written = true
    },
    configResolved(config) {
      const pwaBuild = config.plugins.find(plugin => plugin.name === PWA_BUILD_PLUGIN)
      // No `pwa` for this command (the dev server, `slidev export`): nothing to replace.
      if (!pwaBuild?.closeBundle)
        return
      const outDir = resolve(config.root, config.build.outDir)
      pwaBuild.closeBundle = {
        sequential: true,
        async handler(error?: Error) {
          if (error || !written)
            return
          const { entries, size } = await writeServiceWorker(outDir)
          config.logger.info(`service worker: sw.js precaches ${entries.length} files (${(size / 1024).toFixed(0)} kB), Workbox ${workboxVersion} prebuilt`)
        },
      }
    },
  }
}

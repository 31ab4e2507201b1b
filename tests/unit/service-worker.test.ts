// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VitePWA } from 'vite-plugin-pwa'
import { afterEach, describe, expect, it } from 'vitest'
import { PRECACHE, PWA_BUILD_PLUGIN, WORKBOX_DIR, writeServiceWorker } from '../../scripts/prebuilt-service-worker'

// The build writes the service worker from Workbox's prebuilt runtime (scripts/prebuilt-service-worker.ts) in place
// of vite-plugin-pwa's generateSW. The e2e test "after a first visit, /#/learn and a case open with no network"
// plays the result offline; these tests pin what it precaches and what it rests on.

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))

function builtDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'omd-sw-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>deck</title>')
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>deck</title>')
  writeFileSync(join(dir, 'manifest.webmanifest'), '{}')
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)')
  writeFileSync(join(dir, 'assets', 'inter-latin-wght-normal-XyZ.woff2'), 'font')
  writeFileSync(join(dir, 'sw.js'), '// a worker from an earlier build')
  return dir
}

/** The precache list the worker hands to Workbox. */
function precached(dir: string): { url: string, revision: string | null }[] {
  const source = readFileSync(join(dir, 'sw.js'), 'utf8')
  return JSON.parse(source.match(/precacheAndRoute\((\[.*\])\)/)![1])
}

describe('the service worker written from Workbox\'s prebuilt runtime', () => {
  it('precaches the deck: the page and web manifest by content hash, hashed assets by name, not the worker nor the 404 page', async () => {
    const dir = builtDeck()
    await writeServiceWorker(dir)
    const entries = precached(dir).sort((a, b) => a.url.localeCompare(b.url))
    expect(entries.map(entry => entry.url)).toEqual(['assets/index-AbC123.js', 'assets/inter-latin-wght-normal-XyZ.woff2', 'index.html', 'manifest.webmanifest'])
    expect(entries.find(entry => entry.url === 'index.html')?.revision).toMatch(/^[0-9a-f]{32}$/)
    expect(entries.find(entry => entry.url === 'assets/index-AbC123.js')?.revision).toBeNull()
  })

  it('a changed page changes the worker, so browsers pick up the new deck', async () => {
    const dir = builtDeck()
    await writeServiceWorker(dir)
    const before = readFileSync(join(dir, 'sw.js'), 'utf8')
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>deck, corrected</title>')
    await writeServiceWorker(dir)
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).not.toBe(before)
  })

  it('ships the Workbox runtime it loads, from the deck\'s own origin', async () => {
    const dir = builtDeck()
    await writeServiceWorker(dir)
    const source = readFileSync(join(dir, 'sw.js'), 'utf8')
    const loaded = [...source.matchAll(/importScripts\('([^']+)'\)/g)].map(match => match[1])
    expect(loaded).toEqual([`${WORKBOX_DIR}/workbox-sw.js`])
    expect(source).toContain(`modulePathPrefix: '${WORKBOX_DIR}/'`)
    // workbox-sw loads `workbox-<module>.prod.js` from that folder for each module the worker names.
    const used = [...new Set([...source.matchAll(/workbox\.(\w+)\./g)].map(match => match[1]))]
    expect(readdirSync(join(dir, WORKBOX_DIR)).sort()).toEqual(expect.arrayContaining(used.map(name => `workbox-${name}.prod.js`)))
    expect(existsSync(join(dir, WORKBOX_DIR, 'workbox-sw.js'))).toBe(true)
    expect(source).not.toMatch(/https?:\/\//)
  })

  it('an empty build is an error naming the step, not a worker with nothing to serve offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omd-sw-empty-'))
    dirs.push(dir)
    await expect(writeServiceWorker(dir)).rejects.toThrow(/service worker precache \(scripts\/prebuilt-service-worker\.ts\)/)
  })
})

describe('what the prebuilt worker rests on', () => {
  it('vite-plugin-pwa still has the build plugin whose worker step the deck replaces', () => {
    const plugin = VitePWA({}).find(candidate => candidate.name === PWA_BUILD_PLUGIN)
    expect(plugin?.closeBundle).toBeDefined()
  })

  it('Slidev still precaches what the deck precaches', () => {
    const cli = fileURLToPath(new URL('../../node_modules/@slidev/cli/dist/', import.meta.url))
    const source = readdirSync(cli).filter(file => file.endsWith('.mjs')).map(file => readFileSync(join(cli, file), 'utf8')).find(text => text.includes('createPWAPlugin'))!
    const slidevPatterns = source.match(/globPatterns: \[([^\]]+)\]/)![1]
    expect(PRECACHE.globPatterns[0].replace(',webmanifest}', '}')).toBe(JSON.parse(`[${slidevPatterns}]`)[0])
    expect(source).toContain('navigateFallback: "index.html"')
    expect(source).toContain('navigateFallbackDenylist: [/^\\/(presenter|notes|overview|print|export)/]')
  })
})

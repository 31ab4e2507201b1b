import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { loadDeck } from './deck-info'
import { guardPage } from './guards'

// The README's first command on a fresh machine: `npm run dev`, then the presenter view. Every package the deck's
// pages import is pre-bundled when the server starts (vite.config.ts, DEPENDENCIES): one Vite finds only on a
// page would be bundled then, the page reloaded under the presenter and its requests failed ("Outdated Optimize Dep").

const root = new URL('../../', import.meta.url).pathname
const PORT = 4193
const origin = `http://localhost:${PORT}`

test.describe.configure({ timeout: 300_000 })

let server: ChildProcess | undefined
let cache = ''

test.beforeAll(async () => {
  // An empty cache: what a fresh clone has (the deck's own server, under test elsewhere, keeps its cache).
  cache = mkdtempSync(join(tmpdir(), 'omd-dev-cache-'))
  // NODE_ENV=production, as a shell that exports it (and this worker, after an earlier test's Vite) has it: the dev
  // server must not take it, or it serves Slidev's dev client as a production one, a blank deck
  // (`__SLIDEV_HASH_ROUTE__ is not defined`; vite.config.ts drops it).
  server = spawn('npx', ['slidev', '--port', String(PORT), '--open=false'], { cwd: root, env: { ...process.env, NODE_ENV: 'production', OMD_VITE_CACHE_DIR: cache }, stdio: 'ignore', detached: true })
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok)
        return
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  throw new Error(`the dev server did not answer on ${origin}`)
})

test.afterAll(() => {
  if (server?.pid)
    process.kill(-server.pid)
  rmSync(cache, { recursive: true, force: true })
})

test('a fresh dev server, from a shell that exports NODE_ENV=production, shows the presenter view, plays a case slide and opens a learner page with no reload and no error', async ({ page }) => {
  const guards = await guardPage(page, origin)
  const caseSlide = (await loadDeck()).find(slide => slide.alias === 'case-part1')!.no
  await page.goto(`${origin}/#/presenter/${caseSlide}`)
  const start = page.getByRole('button', { name: 'Start the case', exact: true }).first()
  // A blank deck fails here, not at the test's timeout.
  await expect(start).toBeVisible({ timeout: 120_000 })
  await start.click()
  await expect(page.getByRole('button', { name: 'Chemotherapy first', exact: true }).first()).toBeVisible()
  await page.goto(`${origin}/#/learn/case/six-lesions`)
  await expect(page.getByRole('heading', { name: 'Six liver metastases' })).toBeVisible()
  await page.getByRole('button', { name: 'Start the case', exact: true }).click()
  await expect(page.getByRole('group')).toBeVisible()
  expect(guards).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] })
})

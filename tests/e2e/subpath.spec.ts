import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { preview, type PreviewServer } from 'vite'
import { guardPage } from './guards'
import { offlineCopyInCharge } from './offline-copy'

const root = new URL('../../', import.meta.url).pathname
let outDir = ''
let server: PreviewServer

test.beforeAll(async () => {
  test.setTimeout(180_000)
  outDir = mkdtempSync(join(tmpdir(), 'omd-subpath-'))
  // As a course site builds it: the learner app (relative base: any sub-path) into learn/, the deck around it.
  execFileSync('node', ['scripts/build.mjs', '--base', '/omd/', '--out', outDir], { cwd: root, stdio: 'ignore' })
  const nodeEnv = process.env.NODE_ENV
  server = await preview({ configFile: false, logLevel: 'silent', base: '/omd/', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } })
  // preview() sets NODE_ENV=production for this whole worker; Slidev servers started later (exports) must not inherit it.
  if (nodeEnv === undefined)
    delete process.env.NODE_ENV
  else
    process.env.NODE_ENV = nodeEnv
})

test.afterAll(async () => {
  await server?.close()
  rmSync(outDir, { recursive: true, force: true })
})

test('a build for a course site\'s /omd/ sub-path serves deep links, charts included, from that path only', async ({ page }) => {
  const url = server.resolvedUrls!.local[0] // http://127.0.0.1:<port>/omd/
  const guards = await guardPage(page, new URL(url).origin)
  const requested: string[] = []
  page.on('request', request => requested.push(new URL(request.url()).pathname))
  await page.goto(`${url}#/meta-analysis`)
  await expect(page.locator('[data-figure="forest-plot"] [data-chart-ready="true"]').first()).toBeAttached({ timeout: 15_000 })
  await page.reload()
  await expect(page.locator('[data-figure="forest-plot"]').first()).toBeVisible()
  expect(guards.failedRequests).toEqual([])
  expect(guards.consoleErrors).toEqual([])
  expect(requested.filter(path => !path.startsWith('/omd/'))).toEqual([])
})

test('the learner app beside it serves from that path only, and an old /omd/#/learn address forwards to it', async ({ page }) => {
  const url = server.resolvedUrls!.local[0]
  const guards = await guardPage(page, new URL(url).origin)
  const requested: string[] = []
  page.on('request', request => requested.push(new URL(request.url()).pathname))
  await page.goto(`${url}#/learn/case/six-lesions`)
  await expect(page).toHaveURL(`${url}learn/#/learn/case/six-lesions`)
  await page.getByRole('button', { name: 'Start the case', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Chemotherapy first', exact: true })).toBeVisible()
  expect(guards.failedRequests).toEqual([])
  expect(guards.consoleErrors).toEqual([])
  expect(requested.filter(path => !path.startsWith('/omd/'))).toEqual([])
})

test('under the sub-path, the deck\'s offline copy serves the learner app at its own address, with no network', async ({ page, context }) => {
  const url = server.resolvedUrls!.local[0]
  await page.goto(`${url}#/1`)
  await offlineCopyInCharge(page)
  await context.setOffline(true)
  const offline = await context.newPage()
  await offline.goto(`${url}#/learn/case/six-lesions`)
  await expect(offline).toHaveURL(`${url}learn/#/learn/case/six-lesions`)
  await expect(offline.getByRole('button', { name: 'Start the case', exact: true })).toBeVisible()
  await context.setOffline(false)
})

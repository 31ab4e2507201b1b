import type { Page } from '@playwright/test'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { createServer, type Server } from 'node:http'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'
import { parse } from 'yaml'
import * as xapiValidation from 'xapi-validation'
import { encodeSuspendData } from '../../lib/lms/suspend-data'
import { listedFiles } from '../../lib/lms/manifest'
import { buildForLms, PACKAGES, writePackages } from '../../scripts/lms/package'
import { fullProgress, questions } from '../fixtures/full-progress'

// The LMS packages as an LMS runs them, without an LMS: scorm-again's Scorm12API / Scorm2004API (the runtime many
// LMSes embed) installed on a host page that frames the unzipped package, and for cmi5 a recording LRS that
// checks every statement with Learning Locker's xapi-validation and the cmi5 rules. The packages are built here
// by the same code as `npm run package:lms`.

// A CommonJS module with `exports.default`: Node's ESM loader wraps it once more.
const validateStatement: (statement: unknown) => unknown[] = (xapiValidation as any).default?.default ?? (xapiValidation as any).default

test.describe.configure({ mode: 'serial' })
test.use({ viewport: { width: 420, height: 900 } })

const root = fileURLToPath(new URL('../..', import.meta.url))
type Files = Record<string, Uint8Array>
const packages = {} as Record<keyof typeof PACKAGES, Files>
const statements: any[] = []
const states = new Map<string, string>()
let server: Server
let origin = ''

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', json: 'application/json', webmanifest: 'application/manifest+json', woff2: 'font/woff2', png: 'image/png', xml: 'application/xml' }
const REGISTRATION = '5b9a2f3e-7c4d-4e1a-9b2f-3c4d5e6f7a8b'
const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } }
const AU_ID = 'https://lms.example.org/au/omd-learn'
const SESSION = 'c0ffee00-1111-4222-8333-444455556666'

function hostPage(standard: 'scorm12' | 'scorm2004'): string {
  const global = standard === 'scorm12' ? 'API' : 'API_1484_11'
  const klass = standard === 'scorm12' ? 'Scorm12API' : 'Scorm2004API'
  return `<!doctype html><meta charset="utf-8"><title>LMS</title><body style="margin:0">
<script src="/vendor/scorm-again.js"></script>
<script>
  window.${global} = new ${klass}({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  if (window.__cmi) window.${global}.loadFromJSON(window.__cmi);
  window.commits = 0;
  window.${global}.on('${standard === 'scorm12' ? 'LMSCommit' : 'Commit'}', () => { window.commits++ });
  window.finished = false;
  window.${global}.on('${standard === 'scorm12' ? 'LMSFinish' : 'Terminate'}', () => { window.finished = true });
  const frame = document.createElement('iframe');
  frame.title = 'course';
  frame.src = '/${standard}/index.html#/learn';
  frame.style = 'border:0;width:420px;height:880px';
  document.body.append(frame);
</script>`
}

function send(res: import('node:http').ServerResponse, status: number, body: string | Uint8Array, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type })
  res.end(body)
}

test.beforeAll(async () => {
  test.setTimeout(240_000)
  buildForLms()
  writePackages()
  for (const kind of Object.keys(PACKAGES) as (keyof typeof PACKAGES)[])
    packages[kind] = unzipSync(new Uint8Array(readFileSync(`${root}/${PACKAGES[kind]}`)))
  const vendor = readFileSync(`${root}/node_modules/scorm-again/dist/scorm-again.js`)
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x')
    let body = ''
    req.on('data', (chunk) => { body += chunk })
    req.on('end', () => {
      const [, first, ...rest] = url.pathname.split('/')
      if (first === 'host')
        return send(res, 200, hostPage(rest[0] === 'scorm12.html' ? 'scorm12' : 'scorm2004'), 'text/html')
      if (first === 'vendor')
        return send(res, 200, vendor, 'text/javascript')
      if (first === 'lrs') {
        const resource = rest.join('/')
        if (resource === 'fetch')
          return send(res, 200, JSON.stringify({ 'auth-token': 'dGVzdDp0ZXN0' }))
        if (resource === 'activities/state') {
          const key = `${url.searchParams.get('stateId')}|${url.searchParams.get('registration')}`
          if (req.method === 'GET')
            return states.has(key) ? send(res, 200, states.get(key)!) : send(res, 404, '')
          states.set(key, body)
          return send(res, 204, '')
        }
        if (resource === 'statements') {
          const batch = JSON.parse(body)
          statements.push(...(Array.isArray(batch) ? batch : [batch]))
          return send(res, 200, JSON.stringify((Array.isArray(batch) ? batch : [batch]).map((s: any) => s.id)))
        }
        return send(res, 404, '')
      }
      const files = packages[first as keyof typeof PACKAGES]
      const file = files?.[rest.join('/') || 'index.html']
      if (!file)
        return send(res, 404, 'Not found', 'text/plain')
      send(res, 200, file, TYPES[url.pathname.split('.').pop() ?? ''] ?? 'application/octet-stream')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

test('each package lists every file it holds, and holds every file it lists', () => {
  for (const [kind, files] of Object.entries(packages)) {
    const manifestName = kind === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml'
    expect(Object.keys(files), kind).toContain(manifestName)
    const inZip = Object.keys(files).filter(name => name !== manifestName && !name.endsWith('/')).sort()
    if (kind === 'cmi5') {
      expect(new TextDecoder().decode(files['cmi5.xml'])).toContain('<url>index.html</url>')
      continue
    }
    const listed = listedFiles(new TextDecoder().decode(files[manifestName])).sort()
    expect(listed, kind).toEqual(inZip)
    expect(inZip).toContain('index.html')
  }
})

/** Right answers from the question files themselves, not from the app. */
const part1 = parse(readFileSync(`${root}/data/quiz/part-1.yaml`, 'utf8')).questions as Array<{ id: string, type: string, correct: any }>

/** Gives the question on screen its right answer, as the question file states it. */
async function answerRight(on: Pick<Page, 'locator' | 'getByLabel'>, question: { type: string, correct: any }) {
  if (question.type === 'numeric')
    await on.getByLabel(/Your estimate/).fill(String(question.correct))
  else if (question.type === 'multiple')
    for (const option of question.correct) await on.locator(`.quiz-self__options input[value="${option}"]`).check()
  else
    await on.locator(`.quiz-self__options input[value="${String(question.correct)}"]`).check()
}

async function playCaseAndPart1(course: ReturnType<Page['frameLocator']>) {
  await course.locator('[data-case-link="late-single-metachronous"]').click()
  for (const name of ['Start the case', 'Chemotherapy first', 'Restage after first-line chemotherapy', 'Local treatment now', 'Liver resection', 'Debrief'])
    await course.getByRole('button', { name, exact: true }).click()
  await expect(course.getByRole('table', { name: 'Your path beside the best path' })).toBeVisible()
  await course.getByRole('link', { name: /All cases and the self-test/ }).click()
  await course.getByRole('link', { name: /Take the self-test/ }).click()
  await course.getByRole('radio', { name: /^Part 1/ }).check()
  await course.getByRole('button', { name: 'Start the self-test' }).click()
  for (let n = 0; n < part1.length; n++) {
    const id = await course.locator('[data-question-id]').getAttribute('data-question-id')
    await answerRight(course, part1.find(q => q.id === id)!)
    await course.getByRole('radio', { name: /^High/ }).check()
    await course.getByRole('button', { name: 'Submit answer' }).click()
    await course.locator('.quiz-self__next').click()
  }
  await expect(course.getByRole('heading', { name: /^Your score/ })).toHaveText(`Your score: ${part1.length} / ${part1.length}`)
}

for (const standard of ['scorm12', 'scorm2004'] as const) {
  const v12 = standard === 'scorm12'
  const apiName = v12 ? 'API' : 'API_1484_11'
  test(`${v12 ? 'SCORM 1.2' : 'SCORM 2004'}: the LMS receives score, status, interactions and suspend_data; a relaunch restores the progress`, async ({ browser }) => {
    const first = await browser.newContext()
    const page = await first.newPage()
    await page.goto(`${origin}/host/${standard}.html`)
    const course = page.frameLocator('iframe[title="course"]')
    // Launched by the LMS, the deck opens its learner mode.
    await expect(course.getByRole('heading', { name: /learn/ })).toBeVisible()
    await playCaseAndPart1(course)
    // What the LMS would store: scorm-again's rendering of the data model (SCORM 1.2 interactions are write-only
    // through the API), flattened to element names.
    const get = (element: string) => page.evaluate(([api, el]) => {
      const flat: Record<string, string> = {}
      const walk = (value: unknown, path: string) => {
        if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`)
        }
        else if (value !== undefined && value !== null) {
          flat[path] = String(value)
        }
      }
      walk((window as any)[api].renderCMIToJSONObject().cmi, 'cmi')
      if (el.endsWith('._count'))
        return String(Object.keys(flat).filter(k => new RegExp(`^${el.replace('._count', '').replace(/\./g, '\\.')}\\.\\d+\\.id$`).test(k)).length)
      return flat[el]
    }, [apiName, element])
    await expect.poll(() => get(v12 ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe(String(part1.length))
    expect(await get(v12 ? 'cmi.core.score.max' : 'cmi.score.max')).toBe(String(questions.length))
    expect(await get(v12 ? 'cmi.core.score.min' : 'cmi.score.min')).toBe('0')
    if (v12) {
      expect(await get('cmi.core.lesson_status')).toBe('incomplete')
    }
    else {
      expect(await get('cmi.score.scaled')).toBe(String(Math.round((part1.length / questions.length) * 10_000) / 10_000))
      expect(await get('cmi.completion_status')).toBe('incomplete')
      expect(await get('cmi.success_status')).toBe('unknown')
    }
    // One interaction per answer, with the standard's fields.
    expect(await get('cmi.interactions._count')).toBe(String(part1.length))
    for (let n = 0; n < part1.length; n++) {
      expect(await get(`cmi.interactions.${n}.result`)).toBe('correct')
      expect(await get(`cmi.interactions.${n}.type`)).toMatch(/^(choice|true-false|numeric)$/)
      expect(await get(`cmi.interactions.${n}.latency`)).toMatch(v12 ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/)
    }
    expect(await get(`cmi.interactions.0.id`)).toContain(part1[0].id.replace(/[^\w-]/g, '_'))
    const suspend = await get('cmi.suspend_data') as string
    expect(suspend.startsWith('omd1:')).toBe(true)
    expect(suspend.length).toBeLessThan(4096)
    // Throttled: a case and six answers made dozens of changes, not dozens of commits.
    await expect.poll(() => page.evaluate(() => (window as any).commits), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.evaluate(() => (window as any).commits)).toBeLessThanOrEqual(4)

    // Close the course: the session ends with its time, suspended.
    await page.evaluate(() => document.querySelector('iframe')!.remove())
    await expect.poll(() => page.evaluate(() => (window as any).finished)).toBe(true)
    const stored = (await page.evaluate(api => (window as any)[api].renderCMIToJSONObject(), apiName)).cmi
    expect(v12 ? stored.core.session_time : stored.session_time).toMatch(v12 ? /^\d{2,4}:\d{2}:\d{2}/ : /^PT/)
    expect(v12 ? stored.core.exit : stored.exit).toBe('suspend')
    await first.close()

    // Relaunch in a fresh browser (no local storage): the LMS's copy brings the progress back.
    const second = await browser.newContext()
    const again = await second.newPage()
    await again.addInitScript((cmi) => { (window as any).__cmi = cmi }, { suspend_data: suspend })
    await again.goto(`${origin}/host/${standard}.html`)
    const relaunched = again.frameLocator('iframe[title="course"]')
    await expect(relaunched.locator('[data-case-link="late-single-metachronous"]')).toContainText('Done')
    await expect(relaunched.getByTestId('self-test-scores')).toContainText(`${part1.length} / ${part1.length}`)
    await second.close()
  })
}

test('cmi5: launched → initialized → answered → passed and completed → terminated, each statement valid xAPI with the launch\'s registration and context', async ({ page }) => {
  statements.length = 0
  const launchData = {
    contextTemplate: { registration: REGISTRATION, contextActivities: { grouping: [{ objectType: 'Activity', id: AU_ID }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION } },
    launchMode: 'Normal',
    masteryScore: 0.5,
    moveOn: 'CompletedAndPassed',
  }
  states.set(`LMS.LaunchData|${REGISTRATION}`, JSON.stringify(launchData))
  // The course is one answer from done: every case played, every question but the last answered.
  const progress = fullProgress(1)
  states.set(`https://omd-deck.example/xapi/state/progress|${REGISTRATION}`, JSON.stringify({ suspendData: encodeSuspendData(progress) }))
  // The LMS's own "launched" statement comes first.
  statements.push({ id: '00000000-0000-4000-8000-000000000001', actor: ACTOR, verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } }, object: { objectType: 'Activity', id: AU_ID }, context: { registration: REGISTRATION, extensions: launchData.contextTemplate.extensions }, timestamp: new Date().toISOString() })

  const params = new URLSearchParams({ endpoint: `${origin}/lrs/`, fetch: `${origin}/lrs/fetch`, actor: JSON.stringify(ACTOR), registration: REGISTRATION, activityId: AU_ID })
  const pageErrors: string[] = []
  page.on('pageerror', error => pageErrors.push(error.message))
  await page.goto(`${origin}/cmi5/index.html?${params}`)
  await expect(page.getByRole('heading', { name: /learn/ })).toBeVisible()
  await page.getByRole('link', { name: /Take the self-test/ }).click()
  const last = questions.at(-1)!
  await expect(page.locator('[data-question-id]')).toHaveAttribute('data-question-id', last.id)
  await answerRight(page, last)
  await page.getByRole('radio', { name: /^Medium/ }).check()
  await page.getByRole('button', { name: 'Submit answer' }).click()
  await expect(page.locator('.quiz-self__verdict')).toContainText('Right.')
  await expect.poll(() => statements.map(s => s.verb.id.split('/').pop()), { timeout: 20_000 }).toEqual(expect.arrayContaining(['answered', 'passed', 'completed']))
  await page.goto('about:blank')
  await expect.poll(() => statements.at(-1)?.verb.id, { timeout: 10_000 }).toBe('http://adlnet.gov/expapi/verbs/terminated')

  const verbs = statements.map(s => s.verb.id.split('/').pop())
  expect(verbs[0]).toBe('launched')
  expect(verbs[1]).toBe('initialized')
  expect(verbs.at(-1)).toBe('terminated')
  expect(verbs.filter(v => v === 'passed')).toHaveLength(1)
  expect(verbs.filter(v => v === 'completed')).toHaveLength(1)
  expect(verbs.filter(v => v === 'failed')).toHaveLength(0)
  expect(verbs.indexOf('answered')).toBeGreaterThan(1)
  for (const statement of statements.slice(1)) {
    expect(validateStatement(statement), JSON.stringify(statement.verb)).toEqual([])
    expect(statement.context.registration).toBe(REGISTRATION)
    expect(statement.actor).toMatchObject(ACTOR)
    expect(statement.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(SESSION)
  }
  expect(pageErrors).toEqual([])
  const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5'
  for (const verb of ['initialized', 'passed', 'completed', 'terminated'])
    expect(statements.find(s => s.verb.id.endsWith(`/${verb}`)).context.contextActivities.category.map((c: any) => c.id)).toContain(cmi5Category)
  const passed = statements.find(s => s.verb.id.endsWith('/passed'))
  expect(passed.result.success).toBe(true)
  expect(passed.result.score.scaled).toBeGreaterThanOrEqual(0.5)
  const answered = statements.find(s => s.verb.id.endsWith('/answered'))
  expect(answered.result.success).toBe(true)
  expect(answered.object.definition.interactionType).toMatch(/choice|true-false|numeric/)
})

import type { Browser, Page } from '@playwright/test'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { createServer, type Server } from 'node:http'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'
import { parse } from 'yaml'
import * as xapiValidation from 'xapi-validation'
import { decodeSuspendData, encodeSuspendData } from '../../lib/lms/suspend-data'
import { listedFiles } from '../../lib/lms/manifest'
import { buildForLms, PACKAGES, writePackages } from '../../scripts/lms/package'
import { fullProgress, questions } from '../fixtures/full-progress'
import { schemaNames, validateCmi5Xml, validateScormManifest } from './lms-schemas'

// The LMS packages as an LMS runs them, without an LMS: scorm-again's Scorm12API / Scorm2004API (the runtime many
// LMSes embed) installed on a host page that frames the unzipped package, set up the way Moodle's SCORM player
// behaves (mod/scorm in moodle/moodle, read for these rules; see `moodleLaunch` and `moodleGrade` below), and for
// cmi5 a recording LRS that checks every statement with Learning Locker's xapi-validation and the cmi5 rules. The
// packages are built here by the same code as `npm run package:lms`.

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

// Moodle's player as scorm-again is set to behave here:
// - at LMSFinish, in a normal launch for credit, a mastery score overrides the status: passed if score.raw >=
//   mastery_score, else failed, whatever the content set, as soon as score.raw has a value ("mastery score
//   overrides status", on by default: scorm-again's `mastery_override`); a status never set ('not attempted')
//   becomes 'completed' (`autoCompleteLessonStatus`);
// - SCORM 2004 at Terminate: success_status follows score.scaled against cmi.scaled_passing_score when both are set
//   (scorm-again does so; Moodle's player leaves success_status as the content set it, which the deck sets to the same
//   verdict), completion follows progress_measure only against a completion threshold (the package sets none);
// - the launch data (`moodleLaunch`): the mode, credit and entry Moodle computes from the attempt's stored status,
//   the mastery score from the manifest, and what it stored of the attempt.
/** The file the package's manifest launches, as an LMS reads it (the SCO's href, the AU's url). */
function launchOf(kind: keyof typeof PACKAGES): string {
  const xml = new TextDecoder().decode(packages[kind][kind === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml'])
  return (kind === 'cmi5' ? /<url>([^<]+)<\/url>/.exec(xml) : /scorm[tT]ype="sco" href="([^"]+)"/.exec(xml))![1]
}

function hostPage(standard: 'scorm12' | 'scorm2004', launchPath = launchOf(standard)): string {
  const global = standard === 'scorm12' ? 'API' : 'API_1484_11'
  const klass = standard === 'scorm12' ? 'Scorm12API' : 'Scorm2004API'
  const setValue = standard === 'scorm12' ? 'LMSSetValue' : 'SetValue'
  return `<!doctype html><meta charset="utf-8"><title>LMS</title><body style="margin:0">
<script src="/vendor/scorm-again.js"></script>
<script>
  const api = window.${global} = new ${klass}({ autocommit: false, lmsCommitUrl: false, logLevel: 5, mastery_override: true, autoCompleteLessonStatus: true });
  if (window.__cmi) api.loadFromJSON(window.__cmi);
  window.writes = [];
  api.on('${setValue}.cmi.*', (element, value) => { window.writes.push([element, String(value)]) });
  window.commits = 0;
  api.on('${standard === 'scorm12' ? 'LMSCommit' : 'Commit'}', () => { window.commits++ });
  window.finished = false;
  api.on('${standard === 'scorm12' ? 'LMSFinish' : 'Terminate'}', () => { window.finished = true });
  window.initializes = 0;
  api.on('${standard === 'scorm12' ? 'LMSInitialize' : 'Initialize'}', () => { window.initializes++ });
  const frame = document.createElement('iframe');
  frame.title = 'course';
  frame.name = 'course';
  frame.src = '/${standard}/${launchPath}';
  frame.style = 'border:0;width:420px;height:880px';
  document.body.append(frame);
</script>`
}

/** What the LMS stores: scorm-again's data model flattened to element names (cmi.core.score.raw: '100'). */
type Stored = Record<string, string>

/**
 * The launch data Moodle gives a SCO from what it stored of the attempt (mod/scorm: scorm_check_mode, and each
 * version's get_scorm_default): an attempt whose status is completed, passed or failed (SCORM 2004: completion_status
 * completed) is relaunched in review mode, and credit is 'credit' in normal mode only; entry is ab-initio on a first
 * launch, resume after an exit with suspend; the mastery score is the manifest's (adlcp:masteryscore, or the primary
 * objective's minNormalizedMeasure); the attempt's stored status, score, progress measure, exit and suspend_data come back.
 */
function moodleLaunch(standard: 'scorm12' | 'scorm2004', stored: Stored | null): Record<string, any> {
  const manifest = new TextDecoder().decode(packages[standard]['imsmanifest.xml'])
  const keep = (entries: Record<string, string | undefined>) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== ''))
  if (standard === 'scorm12') {
    const status = stored?.['cmi.core.lesson_status'] ?? ''
    const mode = ['completed', 'passed', 'failed'].includes(status) ? 'review' : 'normal'
    return {
      core: {
        lesson_mode: mode,
        credit: mode === 'normal' ? 'credit' : 'no-credit',
        entry: !stored ? 'ab-initio' : stored['cmi.core.exit'] === 'suspend' ? 'resume' : '',
        ...keep({ lesson_status: status, exit: stored?.['cmi.core.exit'] }),
        score: keep({ raw: stored?.['cmi.core.score.raw'], min: stored?.['cmi.core.score.min'], max: stored?.['cmi.core.score.max'] }),
      },
      student_data: { mastery_score: /<adlcp:masteryscore>([^<]+)</.exec(manifest)![1] },
      ...keep({ suspend_data: stored?.['cmi.suspend_data'] }),
    }
  }
  const completion = stored?.['cmi.completion_status'] ?? ''
  const mode = completion === 'completed' ? 'review' : 'normal'
  return {
    mode,
    credit: mode === 'normal' ? 'credit' : 'no-credit',
    entry: stored?.['cmi.exit'] === 'suspend' ? 'resume' : 'ab-initio',
    scaled_passing_score: /<imsss:minNormalizedMeasure>([^<]+)</.exec(manifest)![1],
    ...keep({ completion_status: completion, success_status: stored?.['cmi.success_status'], progress_measure: stored?.['cmi.progress_measure'], exit: stored?.['cmi.exit'], suspend_data: stored?.['cmi.suspend_data'] }),
    score: keep({ raw: stored?.['cmi.score.raw'], min: stored?.['cmi.score.min'], max: stored?.['cmi.score.max'], scaled: stored?.['cmi.score.scaled'] }),
  }
}

/** Moodle's grade for a one-SCO attempt (scorm_grade_user_attempt, highest grade, out of 100): score.raw, 2 decimals. */
function moodleGrade(stored: Stored): number | null {
  const raw = stored['cmi.core.score.raw'] ?? stored['cmi.score.raw']
  return raw ? Number.parseFloat(Number.parseFloat(raw).toFixed(2)) : null
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
        return send(res, 200, hostPage(rest[0] === 'scorm12.html' ? 'scorm12' : 'scorm2004', url.searchParams.get('launch') ?? undefined), 'text/html')
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
    // ADL's schema files sit beside the manifest, as control files of the package, not files of the course.
    const inZip = Object.keys(files).filter(name => name !== manifestName && !name.endsWith('/') && !/^[^/]+\.(xsd|dtd)$/.test(name)).sort()
    if (kind === 'cmi5') {
      expect(launchOf('cmi5')).toBe('learn/index.html')
      continue
    }
    const listed = listedFiles(new TextDecoder().decode(files[manifestName])).sort()
    expect(listed, kind).toEqual(inZip)
    // The learner app is what the LMS launches; the deck (the slides) is beside it.
    expect(launchOf(kind as keyof typeof PACKAGES)).toBe('learn/index.html')
    expect(inZip).toContain('learn/index.html')
    expect(inZip).toContain('index.html')
  }
})

/** Right answers from the question files themselves, not from the app. */
const part1 = parse(readFileSync(`${root}/cases/questions/part-1.yaml`, 'utf8')).questions as Array<{ id: string, type: string, correct: any }>

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


test('SCORM packages ship ADL\'s schemas, and every manifest validates against its schema', async () => {
  for (const kind of ['scorm12', 'scorm2004'] as const) {
    const files = packages[kind]
    for (const name of schemaNames(kind))
      expect(Object.keys(files), `${kind}: ${name} at the package root`).toContain(name)
    const result = await validateScormManifest(kind, files)
    expect(result.errors, kind).toEqual([])
    expect(result.valid).toBe(true)
    // The validator does fail a manifest that breaks the schema (a resource that is neither a SCO nor an asset).
    const broken = new TextDecoder().decode(files['imsmanifest.xml']).replace(/(scorm[tT]ype)="sco"/, '$1="lesson"')
    expect((await validateScormManifest(kind, files, broken)).valid, `${kind}: a broken manifest`).toBe(false)
  }
  const cmi5 = new TextDecoder().decode(packages.cmi5['cmi5.xml'])
  const result = await validateCmi5Xml(cmi5)
  expect(result.errors).toEqual([])
  expect(result.valid).toBe(true)
  expect((await validateCmi5Xml(cmi5.replace('moveOn="CompletedAndPassed"', 'moveOn="Sometimes"'))).valid).toBe(false)
})

test('no package ships a service worker, its web manifest or the Workbox runtime (an LMS copy is never offline)', () => {
  for (const [kind, files] of Object.entries(packages)) {
    const names = Object.keys(files)
    expect(names.filter(name => /(^|\/)(sw\.js|workbox-[^/]*)$/.test(name) || name.endsWith('.webmanifest')), kind).toEqual([])
    for (const page of ['index.html', 'learn/index.html'])
      expect(new TextDecoder().decode(files[page]), `${kind}: ${page}`).not.toContain('manifest')
  }
})

/** A launch of a SCORM package in the Moodle-like host, in a browser profile of its own (no local storage). */
async function launch(browser: Browser, standard: 'scorm12' | 'scorm2004', cmi: Record<string, any>, launchPath?: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', error => pageErrors.push(error.message))
  await page.addInitScript((data) => { (window as any).__cmi = data }, cmi)
  await page.goto(`${origin}/host/${standard}.html${launchPath ? `?launch=${encodeURIComponent(launchPath)}` : ''}`)
  const course = page.frameLocator('iframe[title="course"]')
  const apiName = standard === 'scorm12' ? 'API' : 'API_1484_11'
  const stored = () => page.evaluate((api) => {
    const flat: Record<string, string> = {}
    const walk = (value: unknown, path: string) => {
      if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`)
      }
      else if (value !== undefined && value !== null && value !== '') {
        flat[path] = String(value)
      }
    }
    walk((window as any)[api].renderCMIToJSONObject().cmi, 'cmi')
    return flat
  }, apiName)
  return {
    page,
    course,
    pageErrors,
    stored,
    commits: () => page.evaluate(() => (window as any).commits as number),
    initializes: () => page.evaluate(() => (window as any).initializes as number),
    finished: () => page.evaluate(() => (window as any).finished as boolean),
    courseFrame: () => page.frame({ name: 'course' })!,
    /** The learner closes the course: the session ends; what the LMS then stores, and every value the deck set. */
    async close(): Promise<{ stored: Stored, writes: [string, string][], commits: number }> {
      await page.evaluate(() => document.querySelector('iframe')!.remove())
      await expect.poll(() => page.evaluate(() => (window as any).finished)).toBe(true)
      const result = { stored: await stored(), writes: await page.evaluate(() => (window as any).writes as [string, string][]), commits: await page.evaluate(() => (window as any).commits as number) }
      await context.close()
      return result
    },
  }
}

const interactionCount = (stored: Stored) => Object.keys(stored).filter(key => /^cmi\.interactions\.\d+\.id$/.test(key)).length
const storedAfterPass = {} as Record<'scorm12' | 'scorm2004', Stored>

for (const standard of ['scorm12', 'scorm2004'] as const) {
  const v12 = standard === 'scorm12'
  const name = v12 ? 'SCORM 1.2' : 'SCORM 2004'

  test(`${name} in Moodle: a learner who stops halfway is incomplete with no score; the relaunch resumes their progress`, async ({ browser }) => {
    const first = await launch(browser, standard, moodleLaunch(standard, null))
    // Launched by the LMS, the deck opens its learner mode and says where progress is kept.
    await expect(first.course.getByRole('heading', { name: /learn/ })).toBeVisible()
    await expect(first.course.locator('.learner-page__footer')).toContainText('Your progress is kept by the LMS')
    await expect(first.course.getByTestId('lms-notice')).toHaveCount(0)
    mkdirSync(`${root}/exports/screenshots`, { recursive: true })
    await first.course.locator('.learner-page__footer').scrollIntoViewIfNeeded()
    await first.page.screenshot({ path: `${root}/exports/screenshots/lms-normal-${standard}-footer.png` })
    await playCaseAndPart1(first.course)
    await expect.poll(async () => interactionCount(await first.stored())).toBe(part1.length)
    // Throttled: a case and six answers made dozens of changes, not dozens of commits.
    await expect.poll(first.commits, { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await first.commits()).toBeLessThanOrEqual(4)
    // Nothing of the learner in this browser's storage, and no service worker or offline badge under the LMS.
    const frame = first.courseFrame()
    const storedKeys = await frame.evaluate(() => Object.keys(localStorage))
    console.info(`${name}: local storage keys under the LMS after the session: ${JSON.stringify(storedKeys)}`)
    // Nothing of the deck: only Slidev's own display preferences (its client writes their defaults at start; they
    // hold nothing of the learner).
    expect(storedKeys.filter(key => !key.startsWith('slidev-'))).toEqual([])
    expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then(list => list.length))).toBe(0)
    await expect(first.course.locator('.offline-badge')).toHaveCount(0)
    const { stored: halfway, writes } = await first.close()
    expect(first.pageErrors).toEqual([])
    // Not one score element written (scorm-again shows score.max 100 by default, as an LMS may).
    expect(writes.filter(([element]) => element.includes('.score.'))).toEqual([])

    // What Moodle stores, LMSFinish's mastery override applied: no score, so the status the deck set stands.
    const suspend = halfway['cmi.suspend_data']
    expect(suspend.startsWith('omd2:') && suspend.length <= 4096).toBe(true)
    if (v12) {
      expect(halfway['cmi.core.lesson_status']).toBe('incomplete')
      expect(halfway['cmi.core.score.raw']).toBeUndefined()
      expect(halfway['cmi.core.exit']).toBe('suspend')
      expect(halfway['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}/)
    }
    else {
      expect(halfway['cmi.completion_status']).toBe('incomplete')
      expect(halfway['cmi.success_status']).toBe('unknown')
      expect(halfway['cmi.score.raw']).toBeUndefined()
      expect(halfway['cmi.score.scaled']).toBeUndefined()
      expect(halfway['cmi.exit']).toBe('suspend')
      expect(halfway['cmi.session_time']).toMatch(/^PT/)
    }
    expect(moodleGrade(halfway)).toBeNull()
    for (let n = 0; n < part1.length; n++) {
      expect(halfway[`cmi.interactions.${n}.result`]).toBe('correct')
      expect(halfway[`cmi.interactions.${n}.type`]).toMatch(/^(choice|true-false|numeric)$/)
      expect(halfway[`cmi.interactions.${n}.latency`]).toMatch(v12 ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/)
    }
    expect(halfway['cmi.interactions.0.id']).toContain(part1[0].id.replace(/[^\w-]/g, '_'))
    console.info(`${name}, halfway: ${JSON.stringify(Object.fromEntries(Object.entries(halfway).filter(([key]) => !key.startsWith('cmi.interactions') && !key.endsWith('._children') && key !== 'cmi.suspend_data')))}`)

    // Incomplete, so Moodle relaunches in normal mode, in a fresh browser: the LMS's copy brings the progress back.
    const relaunchData = moodleLaunch(standard, halfway)
    expect(v12 ? relaunchData.core.lesson_mode : relaunchData.mode).toBe('normal')
    const second = await launch(browser, standard, relaunchData)
    await expect(second.course.locator('[data-case-link="late-single-metachronous"]')).toContainText('Done')
    await expect(second.course.getByTestId('self-test-scores')).toContainText(`${part1.length} / ${part1.length}`)
    await second.close()
  })

  test(`${name} in Moodle: a learner with 38 / 38 who finishes the course is passed with score.raw 100, graded 100 / 100`, async ({ browser }) => {
    // Earlier sessions left every case played and every question but the last answered right, status incomplete.
    const earlier: Stored = v12
      ? { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend', 'cmi.suspend_data': encodeSuspendData(fullProgress(1)) }
      : { 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'unknown', 'cmi.exit': 'suspend', 'cmi.suspend_data': encodeSuspendData(fullProgress(1)) }
    const session = await launch(browser, standard, moodleLaunch(standard, earlier))
    await session.course.getByRole('link', { name: /Take the self-test/ }).click()
    const last = questions.at(-1)!
    await expect(session.course.locator('[data-question-id]')).toHaveAttribute('data-question-id', last.id)
    await answerRight(session.course, last)
    await session.course.getByRole('radio', { name: /^Medium/ }).check()
    await session.course.getByRole('button', { name: 'Submit answer' }).click()
    await expect(session.course.locator('.quiz-self__verdict')).toContainText('Right.')
    const { stored: passed } = await session.close()
    expect(session.pageErrors).toEqual([])
    if (v12) {
      expect(passed['cmi.core.lesson_status']).toBe('passed')
      expect(passed['cmi.core.score.raw']).toBe('100')
      expect(passed['cmi.core.score.min']).toBe('0')
      expect(passed['cmi.core.score.max']).toBe('100')
    }
    else {
      expect(passed['cmi.completion_status']).toBe('completed')
      expect(passed['cmi.success_status']).toBe('passed')
      expect(passed['cmi.score.raw']).toBe('100')
      expect(passed['cmi.score.scaled']).toBe('1')
      expect(passed['cmi.score.min']).toBe('0')
      expect(passed['cmi.score.max']).toBe('100')
    }
    expect(moodleGrade(passed)).toBe(100)
    console.info(`${name}, passed: ${JSON.stringify(Object.fromEntries(Object.entries(passed).filter(([key]) => !key.startsWith('cmi.interactions') && !key.endsWith('._children') && key !== 'cmi.suspend_data')))}`)
    storedAfterPass[standard] = passed
  })

  test(`${name} in Moodle: relaunched after the finished attempt, in review mode, the deck says so and writes nothing`, async ({ browser }) => {
    const finished = storedAfterPass[standard]
    expect(finished, 'the passing test runs first').toBeDefined()
    const data = moodleLaunch(standard, finished)
    expect(v12 ? [data.core.lesson_mode, data.core.credit] : [data.mode, data.credit]).toEqual(['review', 'no-credit'])
    const review = await launch(browser, standard, data)
    await expect(review.course.getByTestId('lms-notice')).toHaveText('Review mode: your answers are not recorded')
    await expect(review.course.locator('.learner-page__footer')).toContainText('Nothing you do in this session is kept.')
    // The learner sees their attempt as the LMS kept it...
    await expect(review.course.locator('[data-case-link="late-single-metachronous"]')).toContainText('Done')
    mkdirSync(`${root}/exports/screenshots`, { recursive: true })
    await review.page.screenshot({ path: `${root}/exports/screenshots/lms-review-${standard}.png` })
    await review.course.locator('.learner-page__footer').scrollIntoViewIfNeeded()
    await review.page.screenshot({ path: `${root}/exports/screenshots/lms-review-${standard}-footer.png` })
    // ...and whatever they do now (here, erase it all) is not recorded.
    await review.course.getByRole('button', { name: 'Reset my progress' }).click()
    await review.course.getByRole('button', { name: /Yes, erase/ }).click()
    await expect(review.course.locator('[data-case-link="late-single-metachronous"]')).toContainText('New')
    const { stored: after, writes, commits } = await review.close()
    expect(review.pageErrors).toEqual([])
    // Not one value set, not one commit: LMSInitialize, reads and LMSFinish only.
    expect(writes).toEqual([])
    expect(commits).toBe(0)
    for (const element of Object.keys(finished).filter(key => !key.startsWith('cmi.interactions') && !/session_time|total_time|entry|mode|credit|_children/.test(key)))
      expect(after[element], element).toBe(finished[element])

    // The next relaunch (review again) still has the whole attempt.
    const again = await launch(browser, standard, moodleLaunch(standard, after))
    await expect(again.course.locator('[data-case-link="late-single-metachronous"]')).toContainText('Done')
    await again.close()
  })
}

test('SCORM 1.2 launched in normal mode without credit: progress and answers are kept, never a score or a status', async ({ browser }) => {
  const data = moodleLaunch('scorm12', null)
  data.core.credit = 'no-credit'
  const session = await launch(browser, 'scorm12', data)
  await expect(session.course.getByTestId('lms-notice')).toHaveText('No credit: your score is not recorded')
  await expect(session.course.locator('.learner-page__footer')).toContainText('Your progress is kept by the LMS')
  await session.course.getByRole('link', { name: /Take the self-test/ }).click()
  await session.course.getByRole('radio', { name: /^Part 1/ }).check()
  await session.course.getByRole('button', { name: 'Start the self-test' }).click()
  const id = await session.course.locator('[data-question-id]').getAttribute('data-question-id')
  await answerRight(session.course, part1.find(q => q.id === id)!)
  await session.course.getByRole('radio', { name: /^High/ }).check()
  await session.course.getByRole('button', { name: 'Submit answer' }).click()
  await expect(session.course.locator('.quiz-self__verdict')).toContainText('Right.')
  const { stored, writes } = await session.close()
  const elements = new Set(writes.map(([element]) => element))
  expect(elements.has('cmi.suspend_data')).toBe(true)
  expect(elements.has('cmi.interactions.0.result')).toBe(true)
  expect(elements.has('cmi.core.session_time')).toBe(true)
  expect([...elements].filter(element => element.includes('lesson_status') || element.includes('.score.'))).toEqual([])
  expect(Object.keys(decodeSuspendData(stored['cmi.suspend_data'])!)).toContain('omd.quiz.v1')
})

test('SCORM 1.2: the slides open from the course in a tab of their own, and the course\'s session goes on', async ({ browser }) => {
  const session = await launch(browser, 'scorm12', moodleLaunch('scorm12', null))
  await expect(session.course.locator('.learner-page__footer')).toContainText('Your progress is kept by the LMS')
  // The learner app, not the deck, is the course: the frame holds learn/index.html.
  expect(new URL(session.courseFrame().url()).pathname).toBe('/scorm12/learn/index.html')
  const [slides] = await Promise.all([
    session.page.context().waitForEvent('page'),
    session.course.getByRole('link', { name: 'Open the lecture\'s slides' }).click(),
  ])
  await slides.waitForLoadState()
  // The deck, at slide 1, in its own tab: it has no way back to the course's window, so it does not find the LMS.
  expect(new URL(slides.url()).pathname).toBe('/scorm12/index.html')
  expect(new URL(slides.url()).hash).toBe('#/1')
  await expect(slides.locator('.slidev-page-1')).toBeVisible()
  expect(await slides.evaluate(() => window.opener)).toBeNull()
  // No "On your phone" on its case slides: the app at that address would not report to the LMS.
  await slides.goto(slides.url().replace(/#.*$/, '#/case-part1'))
  await expect(slides.getByRole('button', { name: 'Start the case', exact: true })).toBeVisible()
  await expect(slides.getByTestId('learner-link')).toHaveCount(0)
  // The course's frame stayed on the app, and the LMS saw one session, still open.
  await expect(session.course.locator('[data-case-link="six-lesions"]')).toBeVisible()
  expect(await session.initializes()).toBe(1)
  expect(await session.finished()).toBe(false)
  const { writes } = await session.close()
  expect(writes.map(([element]) => element)).toContain('cmi.suspend_data')
  expect(session.pageErrors).toEqual([])
})

test('SCORM 1.2: a course imported from an earlier package launches the deck\'s index.html: it hands over to the app before talking to the LMS', async ({ browser }) => {
  const session = await launch(browser, 'scorm12', moodleLaunch('scorm12', null), 'index.html')
  await expect(session.course.locator('.learner-page__footer')).toContainText('Your progress is kept by the LMS')
  expect(new URL(session.courseFrame().url()).pathname).toBe('/scorm12/learn/index.html')
  await playCaseAndPart1(session.course)
  expect(await session.initializes()).toBe(1)
  const { stored } = await session.close()
  expect(Object.keys(decodeSuspendData(stored['cmi.suspend_data'])!)).toContain('omd.quiz.v1')
  expect(session.pageErrors).toEqual([])
})

const LAUNCHED = { id: '00000000-0000-4000-8000-000000000001', actor: ACTOR, verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } }, object: { objectType: 'Activity', id: AU_ID } }
const PROGRESS_STATE = `https://omd-deck.example/xapi/state/progress|${REGISTRATION}`

/** A cmi5 launch by the LMS: its launch data and its own "launched" statement, then the AU opened with the launch parameters. */
async function launchCmi5(page: Page, launchMode: 'Normal' | 'Review') {
  statements.length = 0
  const launchData = {
    contextTemplate: { registration: REGISTRATION, contextActivities: { grouping: [{ objectType: 'Activity', id: AU_ID }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION } },
    launchMode,
    masteryScore: 0.8,
    moveOn: 'CompletedAndPassed',
  }
  states.set(`LMS.LaunchData|${REGISTRATION}`, JSON.stringify(launchData))
  statements.push({ ...LAUNCHED, context: { registration: REGISTRATION, extensions: launchData.contextTemplate.extensions }, timestamp: new Date().toISOString() })
  const params = new URLSearchParams({ endpoint: `${origin}/lrs/`, fetch: `${origin}/lrs/fetch`, actor: JSON.stringify(ACTOR), registration: REGISTRATION, activityId: AU_ID })
  const pageErrors: string[] = []
  page.on('pageerror', error => pageErrors.push(error.message))
  await page.goto(`${origin}/cmi5/${launchOf('cmi5')}?${params}`)
  await expect(page.getByRole('heading', { name: /learn/ })).toBeVisible()
  return pageErrors
}

async function closeCmi5(page: Page) {
  await page.goto('about:blank')
  await expect.poll(() => statements.at(-1)?.verb.id, { timeout: 10_000 }).toBe('http://adlnet.gov/expapi/verbs/terminated')
  return statements.map(s => s.verb.id.split('/').pop())
}

function expectValidStatements() {
  for (const statement of statements.slice(1)) {
    expect(validateStatement(statement), JSON.stringify(statement.verb)).toEqual([])
    expect(statement.context.registration).toBe(REGISTRATION)
    expect(statement.actor).toMatchObject(ACTOR)
    expect(statement.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(SESSION)
  }
}

test('cmi5: a learner who stops halfway sends answers only (no verdict, no completion) and the LRS keeps their progress', async ({ page }) => {
  states.delete(PROGRESS_STATE)
  const pageErrors = await launchCmi5(page, 'Normal')
  await expect(page.locator('.learner-page__footer')).toContainText('Your progress is kept by the LMS')
  await page.getByRole('link', { name: /Take the self-test/ }).click()
  await page.getByRole('radio', { name: /^Part 1/ }).check()
  await page.getByRole('button', { name: 'Start the self-test' }).click()
  for (let n = 0; n < 2; n++) {
    const id = await page.locator('[data-question-id]').getAttribute('data-question-id')
    await answerRight(page, part1.find(q => q.id === id)!)
    await page.getByRole('radio', { name: /^High/ }).check()
    await page.getByRole('button', { name: 'Submit answer' }).click()
    await page.locator('.quiz-self__next').click()
  }
  await expect.poll(() => statements.filter(s => s.verb.id.endsWith('/answered')).length, { timeout: 20_000 }).toBe(2)
  const verbs = await closeCmi5(page)
  expect(verbs).toEqual(['launched', 'initialized', 'answered', 'answered', 'terminated'])
  expectValidStatements()
  expect(pageErrors).toEqual([])
  const saved = decodeSuspendData(JSON.parse(states.get(PROGRESS_STATE)!).suspendData)!
  expect(Object.keys(JSON.parse(saved['omd.quiz.v1']).payload.answers)).toHaveLength(2)
})

test('cmi5: launched → initialized → answered → passed and completed → terminated, each statement valid xAPI with the launch\'s registration and context', async ({ page }) => {
  // The course is one answer from done: every case played, every question but the last answered right.
  states.set(PROGRESS_STATE, JSON.stringify({ suspendData: encodeSuspendData(fullProgress(1)) }))
  const pageErrors = await launchCmi5(page, 'Normal')
  await page.getByRole('link', { name: /Take the self-test/ }).click()
  const last = questions.at(-1)!
  await expect(page.locator('[data-question-id]')).toHaveAttribute('data-question-id', last.id)
  await answerRight(page, last)
  await page.getByRole('radio', { name: /^Medium/ }).check()
  await page.getByRole('button', { name: 'Submit answer' }).click()
  await expect(page.locator('.quiz-self__verdict')).toContainText('Right.')
  await expect.poll(() => statements.map(s => s.verb.id.split('/').pop()), { timeout: 20_000 }).toEqual(expect.arrayContaining(['answered', 'passed', 'completed']))
  const verbs = await closeCmi5(page)

  expect(verbs[0]).toBe('launched')
  expect(verbs[1]).toBe('initialized')
  expect(verbs.at(-1)).toBe('terminated')
  expect(verbs.filter(v => v === 'passed')).toHaveLength(1)
  expect(verbs.filter(v => v === 'completed')).toHaveLength(1)
  expect(verbs.filter(v => v === 'failed')).toHaveLength(0)
  expect(verbs.indexOf('answered')).toBeGreaterThan(1)
  expectValidStatements()
  expect(pageErrors).toEqual([])
  const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5'
  for (const verb of ['initialized', 'passed', 'completed', 'terminated'])
    expect(statements.find(s => s.verb.id.endsWith(`/${verb}`)).context.contextActivities.category.map((c: any) => c.id)).toContain(cmi5Category)
  // 38 / 38: the self-test's scaled score, 1.
  const passed = statements.find(s => s.verb.id.endsWith('/passed'))
  expect(passed.result.success).toBe(true)
  expect(passed.result.score.scaled).toBe(1)
  console.info(`cmi5, passed: ${JSON.stringify(passed.result)}`)
  const answered = statements.find(s => s.verb.id.endsWith('/answered'))
  expect(answered.result.success).toBe(true)
  expect(answered.object.definition.interactionType).toMatch(/choice|true-false|numeric/)
})

test('cmi5: a Review launch says so and sends nothing but initialized and terminated; the LRS state is untouched', async ({ page }) => {
  const before = states.get(PROGRESS_STATE)
  expect(before, 'the passing test ran first').toBeDefined()
  const pageErrors = await launchCmi5(page, 'Review')
  await expect(page.getByTestId('lms-notice')).toHaveText('Review mode: your answers are not recorded')
  await expect(page.locator('[data-case-link="late-single-metachronous"]')).toContainText('Done')
  await page.getByRole('button', { name: 'Reset my progress' }).click()
  await page.getByRole('button', { name: /Yes, erase/ }).click()
  const verbs = await closeCmi5(page)
  expect(verbs).toEqual(['launched', 'initialized', 'terminated'])
  expectValidStatements()
  expect(states.get(PROGRESS_STATE)).toBe(before)
  expect(pageErrors).toEqual([])
})

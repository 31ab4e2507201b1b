import { expect, type Page, test } from '@playwright/test'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { phoneRules, seriousViolations } from './phone'
import { offlineCopyInCharge } from './offline-copy'

// The learner app on a phone (390×844, touch): learn/#/learn lists every case, a case is played to its debrief by taps
// alone, and the pages keep to phone rules a learner notices: no sideways scrolling, every control at least
// 44×44 CSS px, no text under 16 px (the pathway diagram, a picture, excepted).

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const shipped = readdirSync(fileURLToPath(new URL('../../cases', import.meta.url))).filter(name => name.endsWith('.yaml')).map(name => name.replace(/\.yaml$/, ''))

test('the learner app lists every shipped case by part, and keeps to the phone rules', async ({ page }) => {
  await page.goto('/learn/#/learn')
  // The list is rendered a part per task: it says when the last part is in.
  await expect(page.getByTestId('case-list')).toHaveAttribute('data-complete', '')
  const listed = await page.locator('[data-case-link]').evaluateAll(links => links.map(link => link.getAttribute('data-case-link')))
  expect([...listed].sort()).toEqual([...shipped].sort())
  expect(await phoneRules(page)).toEqual({ sideways: false, smallText: [], smallTargets: [] })
  expect(await seriousViolations(page)).toEqual([])
})

test('a case is played to its debrief by taps alone; the list then says it is done, with its score, after a reload', async ({ page }) => {
  await page.goto('/learn/#/learn')
  await page.locator('[data-case-link="late-single-metachronous"]').tap()
  const tap = (name: string) => page.getByRole('button', { name, exact: true }).tap()
  await tap('Start the case')
  await tap('Chemotherapy first')
  await expect(page.getByTestId('case-feedback')).toContainText('Acceptable')
  // The feedback, below the story on a phone, is brought into view.
  await expect(page.getByTestId('case-feedback')).toBeInViewport({ ratio: 0.95 })
  expect(await phoneRules(page)).toEqual({ sideways: false, smallText: [], smallTargets: [] })
  expect(await seriousViolations(page)).toEqual([])
  await tap('Restage after first-line chemotherapy')
  await tap('Local treatment now')
  await tap('Liver resection')
  await tap('Debrief')
  await expect(page.getByRole('table', { name: 'Your path beside the best path' })).toBeVisible()
  expect(await phoneRules(page)).toEqual({ sideways: false, smallText: [], smallTargets: [] })

  await page.getByRole('link', { name: /All cases and the self-test/ }).tap()
  await expect(page).toHaveURL(/#\/learn$/)
  await page.reload()
  await expect(page.locator('[data-case-link="late-single-metachronous"]')).toContainText('Done · score 5 / 6')

  // Reset asks first; once confirmed, the case is new again.
  await page.getByRole('button', { name: 'Reset my progress' }).tap()
  await expect(page.getByRole('alertdialog')).toContainText('cannot be undone')
  await page.getByRole('button', { name: 'Cancel' }).tap()
  await expect(page.locator('[data-case-link="late-single-metachronous"]')).toContainText('Done')
  await page.getByRole('button', { name: 'Reset my progress' }).tap()
  await page.getByRole('button', { name: 'Yes, erase my progress' }).tap()
  await expect(page.getByRole('status')).toContainText('erased')
  await page.reload()
  await expect(page.locator('[data-case-link="late-single-metachronous"]')).toContainText('New')
})

/** Holds the browser's requests for the case simulator's code (the case machine) until `release()`, or fails them. */
async function holdCaseCode(page: Page, fail = false) {
  let release!: () => void
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/useCaseSession-[\w-]+\.js$/, async (route) => {
    if (fail)
      return route.abort()
    await released
    await route.continue()
  })
  return { release }
}

test('a case opens on its story while the simulator\'s code loads; a learner coming back sees their step, not the opening first', async ({ page }) => {
  const start = page.getByRole('button', { name: 'Start the case', exact: true })
  const story = page.getByText('A 64-year-old man had a right hemicolectomy')
  let code = await holdCaseCode(page)
  await page.goto('/learn/#/learn/case/late-single-metachronous')
  await expect(story).toBeVisible()
  await expect(start).toBeDisabled()
  code.release()
  await start.tap()
  await page.getByRole('button', { name: 'Chemotherapy first', exact: true }).tap()
  await expect(page.getByTestId('case-feedback')).toContainText('Acceptable')

  await page.unrouteAll()
  code = await holdCaseCode(page)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Late single metachronous metastasis')
  // The page is rendered: neither the opening nor a stale story stands where the learner's step will come.
  await expect(start).toHaveCount(0)
  await expect(story).toHaveCount(0)
  code.release()
  await expect(page.getByRole('button', { name: 'Restage after first-line chemotherapy', exact: true })).toBeVisible()
  await expect(page.getByTestId('case-feedback')).toContainText('Acceptable')
})

test('a case whose simulator cannot be loaded says so, and how to recover', async ({ page }) => {
  await holdCaseCode(page, true)
  await page.goto('/learn/#/learn/case/late-single-metachronous')
  await expect(page.getByRole('alert')).toHaveText('This case could not be loaded. Check the connection, then reload the page.')
  await expect(page.getByRole('button', { name: 'Start the case', exact: true })).toHaveCount(0)
})

test('the self-test runs on a phone within the same rules', async ({ page }) => {
  await page.goto('/learn/#/learn/self-test')
  await page.getByRole('button', { name: 'Start the self-test' }).tap()
  await expect(page.getByText(/Question 1 of/)).toBeVisible()
  expect(await phoneRules(page)).toEqual({ sideways: false, smallText: [], smallTargets: [] })
  expect(await seriousViolations(page)).toEqual([])
})

test('after a first visit, the learner app and a case open with no network at all (its own service worker)', async ({ page, context }) => {
  await page.goto('/learn/#/learn')
  await expect(page.locator('.learner-card').first()).toBeVisible()
  // The service worker has precached the deck once it controls the page.
  await offlineCopyInCharge(page)
  await context.setOffline(true)
  await page.reload()
  await expect(page.locator('[data-case-link="late-single-metachronous"]')).toBeVisible()
  await page.locator('[data-case-link="late-single-metachronous"]').tap()
  await expect(page.getByRole('button', { name: 'Start the case', exact: true })).toBeVisible()
  await context.setOffline(false)
})

test('the learner app\'s offline copy outlives the deck\'s: the slides opened after it, the app still opens with no network', async ({ page, context }) => {
  await page.goto('/learn/#/learn')
  await expect(page.locator('.learner-card').first()).toBeVisible()
  await offlineCopyInCharge(page)
  // The slides in another tab: the deck's own worker installs and activates (its activation is when caches go).
  const slides = await context.newPage()
  await slides.goto('/#/1')
  await slides.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!
    if (worker.state !== 'activated')
      await new Promise<void>(resolve => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()))
  })
  await context.setOffline(true)
  await page.reload()
  await expect(page.locator('[data-case-link="late-single-metachronous"]')).toBeVisible()
  await context.setOffline(false)
})

test('an address printed before the app (/#/learn/case/<id>) opens the same page of the learner app', async ({ page }) => {
  await page.goto('/#/learn/case/six-lesions')
  await expect(page).toHaveURL(/\/learn\/#\/learn\/case\/six-lesions$/)
  await expect(page.getByRole('heading', { name: 'Six liver metastases' })).toBeVisible()
  await page.goto('/#/learn')
  await expect(page).toHaveURL(/\/learn\/#\/learn$/)
  await expect(page.locator('[data-case-link="six-lesions"]')).toBeVisible()
  // Typed over a slide's address in the same tab (the hash alone changes): forwarded all the same.
  await page.goto('/#/1')
  await expect(page.locator('.slidev-page-1')).toBeVisible()
  await page.goto('/#/learn/self-test')
  await expect(page).toHaveURL(/\/learn\/#\/learn\/self-test$/)
  await expect(page.getByRole('button', { name: 'Start the self-test' })).toBeVisible()
})

test('a case started on its slide continues in the learner app, and a step taken there shows on the slide', async ({ page }) => {
  await page.goto('/#/case-part4')
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await page.getByRole('button', { name: 'Start the case', exact: true }).click()
  await page.getByRole('button', { name: 'Chemotherapy first', exact: true }).click()
  await expect(page.getByTestId('case-feedback')).toBeVisible()
  // The learner's phone, same browser: the learner app's page for this case.
  await page.goto('/learn/#/learn/case/three-large-progressing')
  await expect(page.getByTestId('case-feedback')).toBeVisible()
  await page.getByRole('button', { name: /^Restage after first-line/ }).click()
  await expect(page.getByTestId('case-restaging').first()).toBeVisible()
  await page.goto('/#/case-part4')
  await expect(page.getByTestId('case-restaging').first()).toBeVisible()
  await expect(page.getByRole('button', { name: /^Restage after first-line/ })).toHaveCount(0)
})

import { expect, type Locator, type Page, test } from '@playwright/test'
import { guardPage } from './guards'

// The self-test slide (routeAlias: self-test) runs the whole question bank of data/quiz.
const STORAGE_KEY = 'omd.quiz.v1'

function visibleSelfTest(page: Page): Locator {
  return page.locator('.quiz-self').filter({ visible: true })
}

/** Answers the question whose first input has the focus, by keyboard only: the first option, or "1" as estimate. */
async function answerFocusedQuestion(page: Page) {
  const kind = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)
  if (kind === 'text')
    await page.keyboard.type('1')
  else
    await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
}

test('a learner takes the self-test by keyboard, gets a score, finds it after a reload and reviews a wrong answer on its slide', async ({ page, baseURL }) => {
  const guards = await guardPage(page, new URL(baseURL!).origin)
  await page.goto('/#/self-test')
  await page.evaluate(key => localStorage.removeItem(key), STORAGE_KEY)
  await page.reload()
  const quiz = visibleSelfTest(page)

  // Setup: all parts, feedback after each question. The first control gets the focus; the rest is keyboard.
  await quiz.getByRole('radio', { name: /All parts/ }).focus()
  await page.keyboard.press('Tab')
  await expect(quiz.getByRole('radio', { name: 'After each question' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(quiz.getByRole('button', { name: 'Start the self-test' })).toBeFocused()
  await page.keyboard.press('Enter')

  const progress = quiz.getByText(/^Question \d+ of \d+/)
  await expect(progress).toHaveText(/^Question 1 of \d+/)
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1])
  expect(total).toBeGreaterThanOrEqual(24)

  for (let n = 1; n <= total; n++) {
    await expect(progress).toHaveText(new RegExp(`^Question ${n} of ${total}`))
    const submit = quiz.getByRole('button', { name: 'Submit answer' })
    const before = await submit.boundingBox()
    await answerFocusedQuestion(page)
    // Immediate feedback, announced politely, and nothing on the question moved.
    const nextButton = quiz.getByRole('button', { name: n < total ? 'Next question' : 'See your score' })
    await expect(nextButton).toBeFocused()
    expect(await nextButton.boundingBox()).toMatchObject({ x: before!.x, y: before!.y })
    await expect(quiz.locator('[aria-live="polite"]')).toContainText(/Right\.|Partly right|Not right\./)
    await page.keyboard.press('Enter')
  }

  const score = quiz.getByRole('heading', { name: /^Your score: [\d.]+ \/ \d+$/ })
  await expect(score).toBeVisible()
  await expect(score).toBeFocused()
  const scoreText = await score.textContent()
  expect(scoreText).toContain(`/ ${total}`)
  const perPart = quiz.getByRole('table', { name: 'Score per part' })
  await expect(perPart.getByRole('row')).toHaveCount(1 + 6)

  // The score survives a reload (and a closed tab: it lives in localStorage).
  await page.reload()
  await expect(visibleSelfTest(page).getByRole('heading', { name: /^Your score:/ })).toHaveText(scoreText!)
  expect(await page.evaluate(key => localStorage.getItem(key), STORAGE_KEY)).toContain('"phase":"results"')

  // Review the wrong answers by keyboard, and follow the first one to its teaching slide.
  const review = visibleSelfTest(page).getByRole('button', { name: /^Review wrong answers \(\d+\)$/ })
  await review.focus()
  await page.keyboard.press('Enter')
  await expect(visibleSelfTest(page).getByRole('heading', { name: /^Wrong answers/ })).toBeFocused()
  await page.keyboard.press('Tab')
  const link = visibleSelfTest(page).getByRole('link', { name: /Go to the teaching slide/ }).first()
  await expect(link).toBeFocused()
  const href = await link.getAttribute('href')
  expect(href).toMatch(/^#\/[a-z0-9-]+$/)
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(new RegExp(`${href!.replace('/', '\\/')}$`))
  await expect(visibleSelfTest(page)).toHaveCount(0)
  const landedTitle = (await page.locator('.slidev-page h1').filter({ visible: true }).first().textContent())?.trim()
  expect(landedTitle).toBeTruthy()
  // The same slide as a direct visit to that alias.
  await page.goto(`/${href}`)
  await expect(page.locator('.slidev-page h1').filter({ visible: true }).first()).toHaveText(landedTitle!)

  expect(guards.consoleErrors).toEqual([])
  expect(guards.foreignRequests).toEqual([])
})

test('corrupt saved progress starts a fresh self-test with a notice instead of a crash', async ({ page }) => {
  await page.goto('/#/self-test')
  await page.evaluate(key => localStorage.setItem(key, '{"version":1,"progress":'), STORAGE_KEY)
  await page.reload()
  const quiz = visibleSelfTest(page)
  await expect(quiz.getByRole('status')).toContainText('could not be read')
  await expect(quiz.getByRole('button', { name: 'Start the self-test' })).toBeVisible()
})

test('the presenter reveals a quiz answer and the audience window follows', async ({ browser }) => {
  const context = await browser.newContext()
  const presenter = await context.newPage()
  const audience = await context.newPage()
  await presenter.goto('/#/quiz-part-1')
  await audience.goto('/#/quiz-part-1')
  const revealed = (page: Page) => page.locator('.quiz-slide').filter({ visible: true }).getByRole('button', { name: /the answer/ })
  if ((await revealed(presenter).getAttribute('aria-pressed')) === 'true')
    await revealed(presenter).click()
  await expect(audience.locator('.quiz-slide').filter({ visible: true }).getByText('Answer:')).toHaveCount(0)
  await revealed(presenter).click()
  await expect(revealed(presenter)).toHaveAttribute('aria-pressed', 'true')
  await expect(audience.locator('.quiz-slide').filter({ visible: true }).getByText('Answer:')).toBeVisible()
  await context.close()
})

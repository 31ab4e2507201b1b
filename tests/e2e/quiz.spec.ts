import { expect, type Locator, type Page, test } from '@playwright/test'
import { loadDeck } from './deck-info'
import { guardPage } from './guards'

// The self-test slide (routeAlias: self-test) runs the whole question bank of cases/questions.
const STORAGE_KEY = 'omd.quiz.v1'

function visibleSelfTest(page: Page): Locator {
  return page.locator('.quiz-self').filter({ visible: true })
}

/**
 * Answers the question whose first input has the focus, by keyboard only: the first option, or "1" as estimate;
 * then Tab to "How sure are you?", where Space picks the first certainty (low), and Enter submits.
 */
async function answerFocusedQuestion(page: Page) {
  const kind = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)
  if (kind === 'text')
    await page.keyboard.type('1')
  else
    await page.keyboard.press('Space')
  if (kind === 'checkbox') {
    // Tab walks through every checkbox of a multiple-answer question before it leaves the group.
    while (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type) === 'checkbox')
      await page.keyboard.press('Tab')
  }
  else {
    await page.keyboard.press('Tab')
  }
  await expect(page.locator(':focus')).toHaveAttribute('type', 'radio')
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
  await expect(quiz.getByRole('checkbox', { name: /Ask how sure I am/ })).toBeFocused()
  await expect(quiz.getByRole('checkbox', { name: /Ask how sure I am/ })).toBeChecked()
  await page.keyboard.press('Tab')
  // The self-test's learner page, for a phone (no QR code on loopback).
  await expect(quiz.getByRole('link', { name: /learn\/self-test/ })).toBeFocused()
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
  // The self-test up (it saves its state as it starts), then its saved state corrupted under it.
  await expect(visibleSelfTest(page).getByRole('button', { name: 'Start the self-test' })).toBeVisible()
  await page.evaluate(key => localStorage.setItem(key, '{"version":1,"progress":'), STORAGE_KEY)
  await page.reload()
  const quiz = visibleSelfTest(page)
  await expect(quiz.getByRole('status')).toContainText('could not be read')
  await expect(quiz.getByRole('button', { name: 'Start the self-test' })).toBeVisible()
})

test('the presenter reveals a quiz answer with → or the button, and the audience window follows', async ({ browser }) => {
  const context = await browser.newContext()
  const { no } = (await loadDeck()).find(s => s.alias === 'quiz-part-1')!
  const audience = await context.newPage()
  await audience.goto(`/#/${no}`)
  const presenter = await context.newPage()
  await presenter.goto(`/#/presenter/${no}`)
  const presenterQuiz = presenter.locator(`#slideshow .slidev-page-${no} .quiz-slide`)
  const audienceQuiz = audience.locator(`.slidev-page-${no} .quiz-slide`)
  await expect(presenterQuiz.locator('.quiz-slide__counter')).toContainText('Question 1 of 5')
  await expect(audienceQuiz.getByText('Answer:')).toHaveCount(0)
  await presenter.keyboard.press('ArrowRight')
  await expect(presenterQuiz.getByRole('button', { name: 'Hide the answer' })).toHaveAttribute('aria-pressed', 'true')
  await expect(audienceQuiz.getByText('Answer:')).toBeVisible()
  await presenterQuiz.getByRole('button', { name: 'Next question' }).click()
  await expect(audienceQuiz.locator('.quiz-slide__counter')).toContainText('Question 2 of 5')
  await expect(audienceQuiz.getByText('Answer:')).toHaveCount(0)
  await context.close()
})

test('a quiz slide shows one question at a time in type readable from the back of the room, and → steps through question, answer, next question', async ({ page }) => {
  test.setTimeout(300_000)
  const quizSlides = ['quiz-definitions', 'quiz-part-1', 'quiz-part-2', 'quiz-part-3', 'quiz-part-4', 'quiz-part-5']
  for (const alias of quizSlides) {
    await page.goto(`/#/${alias}`)
    const quiz = page.locator('.quiz-slide').filter({ visible: true })
    await expect(quiz).toBeVisible()
    const counter = quiz.locator('.quiz-slide__counter')
    await expect(counter).toContainText(/Question 1 of \d+/)
    const total = Number((await counter.textContent())!.match(/of (\d+)/)![1])
    expect(total, alias).toBeGreaterThanOrEqual(4)
    for (let n = 1; n <= total; n++) {
      for (const revealed of [false, true]) {
        await expect(counter, `${alias}: question ${n}`).toContainText(`Question ${n} of ${total}`)
        await expect(quiz.getByText('Answer:')).toHaveCount(revealed ? 1 : 0)
        // Exactly one stem on screen; stem and options at 24 px or more as drawn at 1280×720, all inside the slide.
        const sizes = await quiz.evaluate((el) => {
          const slide = el.closest('.slidev-page')!.getBoundingClientRect()
          const scale = slide.width / (el.closest('.slidev-page') as HTMLElement).offsetWidth
          const parts = [...el.querySelectorAll<HTMLElement>('.quiz-slide__stem, .quiz-slide__options li, .quiz-slide__estimate')]
          return {
            stems: el.querySelectorAll('.quiz-slide__stem').length,
            small: parts.filter(p => Number.parseFloat(getComputedStyle(p).fontSize) * scale < 24).map(p => p.textContent!.slice(0, 40)),
            outside: [...el.querySelectorAll<HTMLElement>('.quiz-slide__stem, .quiz-slide__options li, .quiz-slide__reveal p')]
              .filter(p => p.getBoundingClientRect().bottom > slide.bottom + 1 || p.getBoundingClientRect().right > slide.right + 1)
              .map(p => p.textContent!.slice(0, 40)),
          }
        })
        expect(sizes, `${alias}, question ${n}${revealed ? ', answer shown' : ''}`).toEqual({ stems: 1, small: [], outside: [] })
        await page.keyboard.press('ArrowRight')
      }
    }
    // after the last answer, → leaves the quiz slide
    await expect(page.locator('.quiz-slide').filter({ visible: true })).toHaveCount(0)
  }
})

import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { phoneRules, seriousViolations } from './phone'

// On a phone (390×844, touch): the self-test answered with certainty, its certainty-based score and calibration,
// the browser's back button stepping through it, and the spaced review showing the wrong answers due, all kept
// over a reload. The right answers come from the question file itself (cases/questions/part-1.yaml), not from the app.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

interface FileQuestion { id: string, type: string, correct: unknown, options?: Record<string, string> }
const part1: FileQuestion[] = parse(readFileSync(fileURLToPath(new URL('../../cases/questions/part-1.yaml', import.meta.url)), 'utf8')).questions

/** Taps an answer to the question on screen: its right one, or a wrong one. */
async function answer(page: Page, question: FileQuestion, right: boolean) {
  const option = (id: string) => page.locator(`.quiz-self__options input[value="${id}"]`).locator('xpath=ancestor::label').tap()
  if (question.type === 'numeric') {
    await page.getByLabel(/Your estimate/).fill(String(right ? question.correct : Number(question.correct) * 10 + 100))
  }
  else if (question.type === 'true-false') {
    await option(String(right ? question.correct : !question.correct))
  }
  else if (question.type === 'multiple') {
    const correct = question.correct as string[]
    for (const id of right ? correct : [Object.keys(question.options!).find(id => !correct.includes(id))!])
      await option(id)
  }
  else {
    await option(right ? String(question.correct) : Object.keys(question.options!).find(id => id !== question.correct)!)
  }
}

test('a self-test answered with certainty scores both ways, steps back with the browser, and its wrong answers come due for review', async ({ page }) => {
  await page.goto('/learn/#/learn/self-test')
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await page.getByRole('radio', { name: /^Part 1/ }).locator('xpath=ancestor::label').tap()
  await expect(page.getByRole('checkbox', { name: /Ask how sure I am/ })).toBeChecked()
  await page.getByRole('button', { name: 'Start the self-test' }).tap()

  // Every other question wrong, all answered "high": sure and wrong on half of them.
  const wrongIds: string[] = []
  for (let n = 0; n < part1.length; n++) {
    const id = await page.locator('[data-question-id]').getAttribute('data-question-id')
    const question = part1.find(q => q.id === id)!
    const right = n % 2 === 0
    if (!right)
      wrongIds.push(question.id)
    await answer(page, question, right)
    if (n === 0) {
      // No certainty yet: the answer is not taken.
      await page.getByRole('button', { name: 'Submit answer' }).tap()
      await expect(page.getByRole('alert')).toHaveText('Say how sure you are first.')
    }
    await page.getByRole('radio', { name: /^High/ }).locator('xpath=ancestor::label').tap()
    await page.getByRole('button', { name: 'Submit answer' }).tap()
    await expect(page.locator('.quiz-self__verdict')).toContainText(right ? 'Right. ' : 'Not right. ')
    await expect(page.locator('.quiz-self__verdict')).toContainText(right ? 'Certainty high: +3.' : 'Certainty high: −6.')
    if (n === 0) {
      // The feedback, under the buttons on a phone, is brought into view.
      await expect(page.locator('.quiz-self__feedback')).toBeInViewport({ ratio: 0.9 })
      expect(await phoneRules(page)).toEqual({ sideways: false, smallText: [], smallTargets: [] })
      // The browser's back button: the question again, unanswered; forward: the feedback again.
      await page.goBack()
      await expect(page.getByRole('button', { name: 'Submit answer' })).toBeVisible()
      await expect(page.locator('.quiz-self__verdict')).toHaveCount(0)
      await page.goForward()
      await expect(page.locator('.quiz-self__verdict')).toContainText('Right. ')
    }
    await page.locator('.quiz-self__next').tap()
  }

  const rightCount = part1.length - wrongIds.length
  await expect(page.getByRole('heading', { name: /^Your score/ })).toHaveText(`Your score: ${rightCount} / ${part1.length}`)
  const calibration = page.getByTestId('quiz-calibration')
  await expect(calibration).toContainText(`Certainty-based score: ${rightCount * 3 - wrongIds.length * 6} of ${part1.length * 3}`)
  await expect(calibration).toContainText(`Sure and wrong: ${wrongIds.length} questions`)
  await expect(calibration.getByRole('link')).toHaveCount(wrongIds.length)
  expect(await phoneRules(page)).toEqual({ sideways: false, smallText: [], smallTargets: [] })
  expect(await seriousViolations(page)).toEqual([])

  // The home page counts the questions due; a reload keeps the schedule and the scores.
  await page.goto('/learn/#/learn')
  await page.reload()
  await expect(page.getByTestId('review-due')).toHaveText(`${wrongIds.length} questions due`)
  await expect(page.getByTestId('self-test-certainty')).toContainText(`Sure and wrong: ${wrongIds.length} questions`)
  await expect(page.getByTestId('self-test-certainty')).toContainText(`Certainty-based score: ${rightCount * 3 - wrongIds.length * 6} of ${part1.length * 3}`)

  await page.getByTestId('review-link').tap()
  const due = page.locator('.quiz-self__due li')
  await expect(due).toHaveCount(wrongIds.length)
  expect((await due.evaluateAll(items => items.map(li => li.getAttribute('data-question-id')))).sort()).toEqual([...wrongIds].sort())
  expect(await phoneRules(page)).toEqual({ sideways: false, smallText: [], smallTargets: [] })
  expect(await seriousViolations(page)).toEqual([])

  // Answered right (medium) in the review, they are scheduled days away: nothing is due any more.
  await page.getByRole('button', { name: 'Start the review' }).tap()
  for (let n = 0; n < wrongIds.length; n++) {
    const id = await page.locator('[data-question-id]').getAttribute('data-question-id')
    await answer(page, part1.find(q => q.id === id)!, true)
    await page.getByRole('radio', { name: /^Medium/ }).locator('xpath=ancestor::label').tap()
    await page.getByRole('button', { name: 'Submit answer' }).tap()
    await expect(page.locator('.quiz-self__verdict')).toContainText('Certainty medium: +2.')
    await page.locator('.quiz-self__next').tap()
  }
  await expect(page.getByRole('heading', { name: /^Your score/ })).toHaveText(`Your score: ${wrongIds.length} / ${wrongIds.length}`)
  await page.goto('/learn/#/learn')
  await page.reload()
  await expect(page.getByTestId('review-due')).toHaveText('Nothing due now')
})

test('the browser\'s back button steps back through a case on a phone', async ({ page }) => {
  await page.goto('/learn/#/learn/case/late-single-metachronous')
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  const button = (name: string) => page.getByRole('button', { name, exact: true })
  await button('Start the case').tap()
  await button('Chemotherapy first').tap()
  await expect(page.getByTestId('case-feedback')).toContainText('Acceptable')
  await button('Restage after first-line chemotherapy').tap()
  await expect(button('Local treatment now')).toBeVisible()
  // Back: the restaging undone, the choice and its feedback still there.
  await page.goBack()
  await expect(button('Restage after first-line chemotherapy')).toBeVisible()
  await expect(button('Local treatment now')).toHaveCount(0)
  await expect(page.getByTestId('case-feedback')).toContainText('Acceptable')
  // Back again: the strategy question, unanswered.
  await page.goBack()
  await expect(button('Chemotherapy first')).toBeEnabled()
  await expect(page.getByTestId('case-feedback')).toHaveCount(0)
  // Forward: the answer again; a reload keeps the step the learner is on.
  await page.goForward()
  await expect(page.getByTestId('case-feedback')).toContainText('Acceptable')
  await page.reload()
  await expect(page.getByTestId('case-feedback')).toContainText('Acceptable')
  await expect(button('Restage after first-line chemotherapy')).toBeVisible()
})

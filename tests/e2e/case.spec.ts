import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { guardPage } from './guards'

// The case simulator on the part 4 case slide (case-part4: cases/three-large-progressing.yaml), played by
// keyboard only, as a learner without a mouse would: Enter activates the focused button, Tab moves to the next.

// Slidev keeps the neighbouring slides mounted (hidden): look inside this case only.
const CASE = 'three-large-progressing'
const sim = (page: Page) => page.locator(`[data-case="${CASE}"]`)
const button = (page: Page, name: string) => sim(page).getByRole('button', { name, exact: true })

async function freshCase(page: Page) {
  await page.goto('/#/case-part4')
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(button(page, 'Start the case')).toBeVisible()
}

/** Activate the focused button, then check where the focus went (the next step's first button). */
async function enterThenFocus(page: Page, next: string) {
  await page.keyboard.press('Enter')
  await expect(button(page, next)).toBeFocused()
}

test('the part 4 case plays to the end by keyboard, with graded feedback announced, and survives a reload', async ({ page, baseURL }) => {
  const guards = await guardPage(page, new URL(baseURL!).origin)
  await freshCase(page)
  const slideNumber = () => page.evaluate(() => location.hash)
  const startedOn = await slideNumber()

  await button(page, 'Start the case').focus()
  await enterThenFocus(page, 'Surgery first')
  await page.keyboard.press('Tab')
  await expect(button(page, 'Chemotherapy first')).toBeFocused()
  await enterThenFocus(page, 'Restage after first-line chemotherapy')
  const feedback = sim(page).locator('[aria-live="polite"]')
  await expect(feedback).toContainText('Best')
  await expect(feedback).toContainText('Chemotherapy first')

  await enterThenFocus(page, 'Local treatment now')
  // The restaging screen states what the grades rest on (issue #23).
  const restaging = sim(page).getByTestId('case-restaging')
  await expect(restaging).toBeVisible()
  await expect(restaging).toContainText('Restaging after first-line chemotherapy')
  // The figures this restaging measured (the report says the lesions grew), and the presentation's, which Viganò's criteria read.
  await expect(restaging).toContainText('3 lesions, largest 66 mm, CEA 18 ng/mL')
  await expect(restaging).toContainText('At presentation (Viganò\'s criteria read these)')
  await expect(restaging).toContainText('Resection could be complete')
  await page.keyboard.press('Tab')
  await expect(button(page, 'Change to a second-line regimen')).toBeFocused()
  await enterThenFocus(page, 'Restage after second-line chemotherapy')
  await enterThenFocus(page, 'Local treatment now')
  // The second restaging, read first, with the exception's four conditions and the MDT's decision.
  await expect(sim(page).getByTestId('case-restaging').first()).toContainText('Consensus MDT decision: Yes, the MDT decides by consensus to operate')
  await enterThenFocus(page, 'Liver resection')
  await expect(feedback).toContainText('MDT')
  await enterThenFocus(page, 'Debrief')
  await expect(sim(page).getByText('Outcome: Liver resection')).toBeVisible()
  await enterThenFocus(page, 'Restart the case')

  const score = sim(page).getByTestId('case-score')
  await expect(score).toHaveText('Score 8 / 8')
  const paths = sim(page).getByRole('table', { name: 'Your path beside the best path' })
  await expect(paths.getByRole('row')).toHaveCount(5)
  await expect(sim(page).locator('.pathway__svg svg')).toBeVisible()
  // Keys pressed on the case's buttons never turned the slide.
  expect(await slideNumber()).toBe(startedOn)

  await page.reload()
  await expect(score).toHaveText('Score 8 / 8')
  await expect(paths.getByRole('row')).toHaveCount(5)
  await expect(sim(page).getByText('Saved progress')).toHaveCount(0)

  expect(guards.consoleErrors).toEqual([])
  expect(guards.foreignRequests).toEqual([])
})

test('a reload in the middle of the case resumes at the same decision with the same score', async ({ page }) => {
  await freshCase(page)
  await button(page, 'Start the case').click()
  await button(page, 'Surgery first').click()
  await button(page, 'Chemotherapy first').click()
  await expect(sim(page).getByTestId('case-score')).toHaveText('Score 0 / 2')
  await page.reload()
  await expect(button(page, 'Restage after first-line chemotherapy')).toBeVisible()
  await expect(sim(page).getByTestId('case-score')).toHaveText('Score 0 / 2')
})

test('corrupt saved progress starts the case afresh with a visible notice', async ({ page }) => {
  await page.goto('/#/case-part4')
  // The case up (it saves its state as it starts), then its saved state corrupted under it.
  await expect(button(page, 'Start the case')).toBeVisible()
  await page.evaluate(key => localStorage.setItem(key, '{broken'), `omd.case.${CASE}.v1`)
  await page.reload()
  await expect(sim(page).getByRole('status')).toContainText('could not be read')
  await expect(button(page, 'Start the case')).toBeVisible()
})

test('a second window of the deck (the audience) mirrors the case played in the first', async ({ context }) => {
  const presenter = await context.newPage()
  await freshCase(presenter)
  const audience = await context.newPage()
  await audience.goto('/#/case-part4')
  await expect(button(audience, 'Start the case')).toBeVisible()
  await button(presenter, 'Start the case').click()
  await button(presenter, 'Chemotherapy first').click()
  await expect(button(audience, 'Restage after first-line chemotherapy')).toBeVisible()
  await expect(sim(audience).locator('[aria-live="polite"]')).toContainText('Chemotherapy first')
})

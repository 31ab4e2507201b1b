import { expect, test } from '@playwright/test'

// Honest progress: where the browser blocks local storage (index.html then installs an in-memory stand-in) or
// storage is full, the case and the self-test say "Progress cannot be saved in this browser", and nothing claims
// that progress is kept.

const NOT_SAVED = 'Progress cannot be saved in this browser'

for (const [label, script] of [
  ['blocked', `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError') } })`],
  ['full', `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError') }`],
] as const) {
  test(`storage ${label}: the case and the self-test say progress cannot be saved, and claim nothing`, async ({ page }) => {
    await page.addInitScript(script)
    await page.goto('/#/case-part4')
    const sim = page.locator('.case-sim')
    await expect(sim).toBeVisible()
    // A case mirrored from another window of the deck may be under way: start it afresh.
    const restart = sim.getByRole('button', { name: 'Restart', exact: true })
    if (await restart.isVisible())
      await restart.click()
    await sim.getByRole('button', { name: 'Start the case', exact: true }).click()
    await sim.getByRole('button', { name: 'Chemotherapy first', exact: true }).click()
    await expect(sim.getByTestId('case-unsaved')).toContainText(NOT_SAVED)

    await page.goto('/#/self-test')
    const selfTest = page.locator('.slidev-page').filter({ has: page.getByRole('button', { name: 'Start the self-test' }) })
    await expect(selfTest).toContainText(NOT_SAVED)
    await expect(selfTest).not.toContainText(/will be kept in this browser|saved in this browser only|stays in this browser/)
  })
}

for (const [label, script] of [
  ['blocked', `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError') } })`],
  ['full', `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError') }`],
] as const) {
  test(`storage ${label}, in the learner app on a phone: the case and the self-test say progress cannot be saved, and claim nothing`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.addInitScript(script)
    await page.goto('/learn/#/learn/case/six-lesions')
    await page.getByRole('button', { name: 'Start the case', exact: true }).click()
    await page.getByRole('button', { name: 'Chemotherapy first', exact: true }).click()
    await expect(page.getByTestId('case-unsaved')).toContainText(NOT_SAVED)
    await expect(page.locator('body')).not.toContainText(/saved in this browser only|will be kept in this browser/)

    await page.goto('/learn/#/learn/self-test')
    await expect(page.getByRole('button', { name: 'Start the self-test' })).toBeVisible()
    await expect(page.locator('body')).toContainText(NOT_SAVED)
    await expect(page.locator('body')).not.toContainText(/will be kept in this browser|saved in this browser only|stays in this browser/)
  })
}

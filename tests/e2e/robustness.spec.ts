import { expect, test } from '@playwright/test'
import { loadDeck } from './deck-info'

/** Elements of the current slide that stick out of the slide canvas (clipped for the audience). */
function clippedElements(page: import('@playwright/test').Page, no: number) {
  return page.evaluate((no) => {
    const slide = document.querySelector<HTMLElement>(`.slidev-page-${no}`)!
    const box = slide.getBoundingClientRect()
    const tolerance = 2
    return [...slide.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, table, td, th, figure, canvas, button, svg')]
      .filter(el => el.offsetParent !== null && !el.closest('[data-allow-overflow], .sr-only'))
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && (r.right > box.right + tolerance || r.bottom > box.bottom + tolerance || r.left < box.left - tolerance)
      })
      .map(el => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 50)}`)
  }, no)
}

for (const viewport of [{ width: 390, height: 844, name: 'phone' }, { width: 1920, height: 1080, name: 'projector' }]) {
  test(`every slide stays inside the canvas on a ${viewport.name} (${viewport.width}×${viewport.height})`, async ({ page }, testInfo) => {
    test.setTimeout(300_000)
    await page.setViewportSize(viewport)
    const deck = await loadDeck()
    const clipped: string[] = []
    for (const { no } of deck) {
      await page.goto(`/#/${no}`)
      await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
      await page.waitForLoadState('networkidle')
      // Figures size themselves after their first frame: measure once each is ready (the same `data-waitfor`
      // contract the exports wait on), then until nothing is clipped (a chart may resize once more on a busy page),
      // reporting what still is when the wait runs out.
      if (await page.locator(`.slidev-page-${no} [data-waitfor]`).count() > 0) {
        await expect.poll(() => page.evaluate(no => [...document.querySelectorAll<HTMLElement>(`.slidev-page-${no} [data-waitfor]`)]
          .every(el => el.querySelector(el.dataset.waitfor!)), no), `figures of slide ${no} ready`).toBe(true)
      }
      let found: string[] = []
      await expect.poll(async () => (found = await clippedElements(page, no)).length, { timeout: 5_000 }).toBe(0).catch(() => {})
      clipped.push(...found.map(what => `slide ${no}: ${what}`))
      if (no % 10 === 1)
        await page.screenshot({ path: testInfo.outputPath(`${viewport.name}-${no}.png`) })
    }
    expect(clipped).toEqual([])
  })
}

for (const [label, script] of [
  ['unavailable', `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError') } })`],
  ['full', `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError') }`],
] as const) {
  test(`every slide still renders when local storage is ${label}`, async ({ page }) => {
    test.setTimeout(300_000)
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    await page.addInitScript(script)
    for (const { no } of await loadDeck()) {
      await page.goto(`/#/${no}`)
      await expect(page.locator(`.slidev-page-${no}`), `slide ${no}`).toBeVisible()
      await expect(page.locator(`.slidev-page-${no} .slidev-layout`), `slide ${no} has content`).not.toBeEmpty()
    }
    expect(errors).toEqual([])
  })
}

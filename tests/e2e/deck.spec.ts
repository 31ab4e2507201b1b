import { expect, test } from '@playwright/test'
import { guardPage } from './guards'

async function slideCount(page: import('@playwright/test').Page) {
  await page.goto('/#/1')
  await page.locator('.slidev-page').first().waitFor()
  return page.evaluate(() => (window as any).__slidev__.nav.total as number)
}

test('every slide renders with no console error, no failed request and no request to another host', async ({ page, baseURL }) => {
  const guards = await guardPage(page, new URL(baseURL!).origin)
  const total = await slideCount(page)
  expect(total).toBeGreaterThanOrEqual(40)
  const titles: string[] = []
  for (let no = 1; no <= total; no++) {
    await page.goto(`/#/${no}`)
    const slide = page.locator(`.slidev-page-${no}`)
    await expect(slide).toBeVisible()
    await page.waitForLoadState('networkidle')
    titles.push((await slide.locator('h1').first().textContent({ timeout: 2000 }).catch(() => '')) ?? '')
    expect(guards.consoleErrors, `console errors on slide ${no}`).toEqual([])
    expect(guards.failedRequests, `failed requests on slide ${no}`).toEqual([])
    expect(guards.foreignRequests, `requests to other hosts on slide ${no}`).toEqual([])
  }
  expect(titles[0]).toContain('Management of Oligoprogressive Liver Metastases')
})

test('deep links open the right slide after a reload', async ({ page }) => {
  await page.goto('/#/5')
  await page.reload()
  await expect(page.locator('.slidev-page-5')).toBeVisible()
  expect(await page.evaluate(() => (window as any).__slidev__.nav.currentSlideNo)).toBe(5)
})

test('the presenter view shows the speaker notes of the current slide', async ({ page }) => {
  await page.goto('/#/presenter/3')
  const notes = page.locator('.slidev-note')
  await expect(notes.first()).toBeVisible()
  const text = (await notes.first().innerText()).trim()
  expect(text.length).toBeGreaterThan(40)
})

test('keyboard navigation moves forward and back through the deck', async ({ page }) => {
  await page.goto('/#/2')
  await expect(page.locator('.slidev-page-2')).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect.poll(() => page.evaluate(() => (window as any).__slidev__.nav.currentSlideNo)).toBeGreaterThan(2)
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect.poll(() => page.evaluate(() => (window as any).__slidev__.nav.currentSlideNo)).toBe(2)
})

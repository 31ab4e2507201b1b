import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { loadDeck } from './deck-info'
import { guardPage } from './guards'

/** The slide the audience sees: Slidev keeps neighbours mounted but hidden. */
const currentSlide = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('.slidev-page')].find(el => el.offsetParent !== null)
    return Number(/slidev-page-(\d+)/.exec(visible?.className ?? '')?.[1])
  })

test('every slide renders with no console error, no failed request and no request to another host', async ({ page, baseURL }) => {
  const guards = await guardPage(page, new URL(baseURL!).origin)
  const deck = await loadDeck()
  expect(deck.length).toBeGreaterThanOrEqual(40)
  const deckText: string[] = []
  for (const { no, title } of deck) {
    await page.goto(`/#/${no}`)
    const slide = page.locator(`.slidev-page-${no}`)
    await expect(slide).toBeVisible()
    await page.waitForLoadState('networkidle')
    if (title)
      await expect(slide, `slide ${no} shows its title`).toContainText(title.replace(/[*_`]/g, '').slice(0, 30))
    // Text nodes joined with spaces: table cells must not run into each other.
    deckText.push(await slide.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      const parts: string[] = []
      while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '')
      return parts.join(' ')
    }))
    expect(guards.consoleErrors, `console errors on slide ${no}`).toEqual([])
    expect(guards.failedRequests, `failed requests on slide ${no}`).toEqual([])
    expect(guards.foreignRequests, `requests to other hosts on slide ${no}`).toEqual([])
  }

  // Every number of the lecture's text is on a slide, printed as the lecture prints it (charts carry
  // theirs in their data tables, which are in the page for screen readers).
  const lecture = readFileSync(new URL('../../data/source/lecture.txt', import.meta.url), 'utf8')
  const shown = new Set(deckText.join(' ').match(/\d+(?:[.,]\d+)*/g))
  const missing = [...new Set(lecture.match(/\d+(?:[.,]\d+)*/g))].filter(number => !shown.has(number))
  expect(missing, 'numbers of the lecture that no slide shows').toEqual([])
})

test('paging through the loaded deck by keyboard requests nothing more', async ({ page }) => {
  const deck = await loadDeck()
  await page.goto('/#/1')
  // Slidev loads and mounts the other slides a few seconds after the first one.
  await expect(page.locator('#slideshow > .slidev-page')).toHaveCount(deck.length, { timeout: 15_000 })
  await page.waitForLoadState('networkidle')
  const requests: string[] = []
  page.on('request', request => requests.push(request.url()))
  for (let no = 2; no <= 16; no++) {
    await page.keyboard.press('ArrowDown')
    await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
  }
  // Whatever the last slide change asked for has gone out once the page is idle (two idle periods: a request
  // started in the first is seen).
  await page.evaluate(() => new Promise(resolve => requestIdleCallback(() => requestIdleCallback(resolve))))
  // (The favicon was fetched again at every slide change while it was a file.)
  expect(requests).toEqual([])
})

test('deep links open the right slide after a reload', async ({ page }) => {
  await page.goto('/#/5')
  await page.reload()
  await expect(page.locator('.slidev-page-5')).toBeVisible()
  expect(await currentSlide(page)).toBe(5)
})

test('the presenter view shows the speaker notes of the current slide', async ({ page }) => {
  const deck = await loadDeck()
  const slide = deck[2]
  await page.goto(`/#/presenter/${slide.no}`)
  const notes = page.locator('.slidev-note')
  await expect(notes.first()).toBeVisible()
  const firstWords = slide.note.replace(/<[^>]+>|[*_`]/g, '').trim().split(/\s+/).slice(0, 4).join(' ')
  await expect(notes.first()).toContainText(firstWords)
})

test('keyboard navigation moves forward and back through the deck', async ({ page }) => {
  await page.goto('/#/2')
  await expect(page.locator('.slidev-page-2')).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect.poll(() => currentSlide(page)).toBeGreaterThan(2)
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect.poll(() => currentSlide(page)).toBe(2)
})

import { expect, test } from '@playwright/test'
import { slideShownScript as shown } from '../../scripts/slide-shown.mjs'
import { CHART_SLIDES, loadDeck } from './deck-info'

// `npm run bench` times a slide change until `omdSlideShown` says the slide is on screen (scripts/slide-shown.mjs). A
// predicate that says yes too early times an empty slide; one that never says yes stops the benchmark.

declare global {
  // Set in the page by the init script below, as the benchmark sets it.
  var omdSlideShown: (no: number) => boolean
}

test('a slide whose wrapper is shown before its content has loaded does not count as shown', async ({ page }) => {
  // Slidev's structure: a wrapper per slide, hidden by `display: none`, the layout's root inside once the slide has loaded.
  await page.setContent(`
    <div class="slidev-page slidev-page-1" style="display: none"><div class="slidev-layout default">Hidden</div></div>
    <div class="slidev-page slidev-page-2"></div>
    <div class="slidev-page slidev-page-3"><div class="slidev-slide-loading">Loading slide...</div></div>
    <div class="slidev-page slidev-page-4"><div class="slidev-layout default"><figure data-waitfor="canvas[data-drawn]"><canvas></canvas></figure></div></div>
    <div class="slidev-page slidev-page-5"><div class="slidev-layout default">Text</div></div>`)
  await page.evaluate(shown)
  const at = (no: number) => page.evaluate(no => globalThis.omdSlideShown(no), no)
  expect(await at(1), 'hidden').toBe(false)
  expect(await at(2), 'wrapper without content').toBe(false)
  expect(await at(3), 'Slidev\'s loading placeholder').toBe(false)
  expect(await at(4), 'figure not drawn yet').toBe(false)
  expect(await at(5), 'text slide with its content').toBe(true)
  expect(await at(6), 'no such slide').toBe(false)
  await page.evaluate(() => document.querySelector('.slidev-page-4 canvas')!.setAttribute('data-drawn', ''))
  expect(await at(4), 'figure drawn').toBe(true)
})

test('on the built deck, the current slide counts as shown and the next does not; a chart slide once its chart is drawn', async ({ page }) => {
  await page.addInitScript({ content: shown })
  await page.goto('/#/1')
  await expect.poll(() => page.evaluate(() => globalThis.omdSlideShown(1))).toBe(true)
  expect(await page.evaluate(() => globalThis.omdSlideShown(2))).toBe(false)

  const chart = (await loadDeck()).find(slide => slide.alias === CHART_SLIDES[0])!
  await page.goto(`/#/${chart.no}`)
  await expect.poll(() => page.evaluate(no => globalThis.omdSlideShown(no), chart.no)).toBe(true)
  await expect(page.locator(`.slidev-page-${chart.no} [data-chart-ready="true"]`).first()).toBeAttached()
})

import { expect, test, type Page } from '@playwright/test'
import { CHART_SLIDES, loadDeck } from './deck-info'

async function slideNo(alias: string) {
  const slide = (await loadDeck()).find(s => s.alias === alias)
  if (!slide) throw new Error(`no slide with routeAlias ${alias}`)
  return slide.no
}

/** Share of each canvas's pixels that are painted, for every chart on slide `no`. */
function paintedShares(page: Page, no: number) {
  return page.evaluate((no) => {
    return [...document.querySelectorAll<HTMLCanvasElement>(`.slidev-page-${no} canvas`)].map((canvas) => {
      // A canvas not sized yet (a chart is laid out after mounting) counts as unpainted: the poll asks again.
      if (canvas.width === 0 || canvas.height === 0)
        return 0
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let painted = 0
      for (let i = 3; i < data.length; i += 4) {
        if (data[i] > 0) painted++
      }
      return painted / (canvas.width * canvas.height)
    })
  }, no)
}

for (const print of [false, true]) {
  test(`every chart slide draws non-blank charts${print ? ' in print mode' : ''}`, async ({ page }) => {
    for (const alias of CHART_SLIDES) {
      const no = await slideNo(alias)
      await page.goto(print ? `/#/${no}?print=true` : `/#/${no}`)
      const slide = page.locator(`.slidev-page-${no}`)
      await expect(slide.locator('[data-chart-ready="true"]').first(), alias).toBeAttached({ timeout: 15_000 })
      // Drawn within a few seconds (a chart redraws when print mode resizes it): every canvas painted.
      await expect.poll(async () => (await paintedShares(page, no)).length, `${alias} has a chart`).toBeGreaterThan(0)
      await expect.poll(async () => Math.min(...await paintedShares(page, no)), { message: `${alias}: painted share of its least painted chart canvas`, timeout: 5000 }).toBeGreaterThan(0.01)
    }
  })
}

/** Backing size of every canvas on slide `no` and the size it is displayed at, in slide (unscaled) pixels. */
function canvasSizes(page: Page, no: number) {
  return page.evaluate(no => [...document.querySelectorAll<HTMLCanvasElement>(`.slidev-page-${no} canvas`)]
    .map(canvas => ({ width: canvas.width, height: canvas.height, shownWidth: canvas.offsetWidth, shownHeight: canvas.offsetHeight })), no)
}

test('a chart is drawn when its slide is reached, at the size it is shown at, and not before', async ({ page }) => {
  const no = await slideNo(CHART_SLIDES[0])
  await page.goto('/#/1')
  // Slidev mounts the slides ahead a few seconds after load; a chart there is not drawn (it has no size to draw at).
  await page.locator(`.slidev-page-${no} .chart-figure`).first().waitFor({ state: 'attached', timeout: 15_000 })
  expect(await page.locator(`.slidev-page-${no} [data-chart-ready="true"]`).count()).toBe(0)
  for (let slide = 1; slide < no; slide++)
    await page.keyboard.press('ArrowDown')
  await expect(page.locator(`.slidev-page-${no} [data-chart-ready="true"]`).first()).toBeVisible()
  const shares = await paintedShares(page, no)
  expect(Math.min(...shares), 'painted share of each chart').toBeGreaterThan(0.01)
  const shown = await canvasSizes(page, no)
  // Not 1.3 times too large (the slide's scale on a 1280 px screen): within a pixel of its displayed size.
  expect(shown.every(size => Math.abs(size.width - size.shownWidth) <= 1 && Math.abs(size.height - size.shownHeight) <= 1), JSON.stringify(shown)).toBe(true)
})

test('leaving a study out of the forest plot by keyboard in the presenter view updates the audience window', async ({ context }) => {
  const no = await slideNo('meta-analysis')
  const audience = await context.newPage()
  await audience.goto(`/#/${no}`)
  const presenter = await context.newPage()
  await presenter.goto(`/#/presenter/${no}`)

  const presenterSlide = presenter.locator(`#slideshow .slidev-page-${no}`)
  const hof = presenterSlide.getByRole('button', { name: 'Leave out Hof 2016' })
  await hof.focus()
  await presenter.keyboard.press('Enter')
  await expect(hof).toHaveAttribute('aria-pressed', 'true')

  const audienceForest = audience.locator(`.slidev-page-${no} [data-figure="forest-plot"]`)
  await expect(audienceForest.getByRole('button', { name: 'Leave out Hof 2016' })).toHaveAttribute('aria-pressed', 'true')
  // The lecture's pooled line is for all ten studies; without Hof 2016 it must change.
  await expect(audienceForest.locator('.forest__total')).not.toContainText('1.78 [1.35, 2.33]')

  await presenterSlide.getByRole('button', { name: 'Fixed effect' }).click()
  await expect(audienceForest.getByRole('button', { name: 'Fixed effect' })).toHaveAttribute('aria-pressed', 'true')
})

test('the Viganò calculator gives the lecture\'s survival for the factors toggled by keyboard, mirrored to the audience', async ({ context }) => {
  const no = await slideNo('vigano2012')
  const audience = await context.newPage()
  await audience.goto(`/#/${no}`)
  const presenter = await context.newPage()
  await presenter.goto(`/#/presenter/${no}`)
  const calc = presenter.locator(`#slideshow .slidev-page-${no}`).locator('.vigano__calc')

  // No factor: the lecture's first row, 60.5% at 3 years and 53.3% at 5 years.
  await expect(calc.locator('output')).toContainText('60.5%')
  await expect(calc.locator('output')).toContainText('53.3%')

  // CEA ≥ 200 alone: 7.9% and 4.1%, and the lecture's conclusion says resection is contraindicated.
  const cea = calc.getByRole('button', { name: /CEA/ })
  await cea.focus()
  await presenter.keyboard.press('Space')
  await expect(cea).toHaveAttribute('aria-pressed', 'true')
  await expect(calc.locator('output')).toContainText('7.9%')
  await expect(calc.locator('output')).toContainText('4.1%')
  await expect(calc.locator('output')).toContainText(/contraindicated/i)

  const audienceOutput = audience.locator(`.slidev-page-${no} .vigano__calc output`)
  await expect(audienceOutput).toContainText('7.9%')
})

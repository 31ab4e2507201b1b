import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { copyDeck, type DeckCopy } from '../../scripts/export/deck-copy'
import { loadDeck } from './deck-info'
import { guardPage } from './guards'
import { pdfImages } from './pdf'

// A presenter puts an original figure back: a generated PNG at public/figures/<id>.png, in a copy of the deck
// (so the deck under test elsewhere keeps its placeholders), built and exported like the real one.

const root = new URL('../../', import.meta.url).pathname
const ID = 'adam2017-after-diagnosis'
const SLIDE = 'adam2017'
const WIDTH = 480
const HEIGHT = 320
const PORT = 4191

test.describe.configure({ mode: 'serial', timeout: 600_000 })

let deck: DeckCopy
let copy = ''
let server: ChildProcess | undefined

test.beforeAll(async () => {
  deck = copyDeck(root, 'omd-figure-')
  copy = deck.dir
  deck.fillFigure(ID, WIDTH, HEIGHT, [200, 30, 120])
  execFileSync('npx', ['slidev', 'build', '--out', 'dist'], { cwd: copy, env: deck.env, stdio: 'inherit' })
  server = spawn('npx', ['vite', 'preview', '--outDir', 'dist', '--port', String(PORT), '--strictPort'], { cwd: copy, env: deck.env, stdio: 'ignore', detached: true })
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) break
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 200))
  }
})

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid)
  deck?.remove()
})

test('figures:slots lists every placeholder with its slide and caption, and the supplied image for its id', () => {
  const slots = JSON.parse(execFileSync('npm', ['run', '--silent', 'figures:slots'], { cwd: copy, encoding: 'utf8' }))
  expect(slots.length).toBeGreaterThanOrEqual(10)
  expect(new Set(slots.map((s: { id: string }) => s.id)).size).toBe(slots.length)
  for (const slot of slots) {
    expect(slot.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(slot.caption.length).toBeGreaterThan(5)
  }
  expect(slots.find((s: { id: string }) => s.id === ID)).toEqual({ id: ID, slide: SLIDE, caption: expect.any(String), file: `public/figures/${ID}.png` })
  expect(slots.filter((s: { file: string | null }) => s.file !== null)).toHaveLength(1)
})

test('the supplied image replaces its placeholder on the slide and in the presenter view, caption and source kept, and no other image is requested', async ({ page }) => {
  const origin = `http://localhost:${PORT}`
  const guards = await guardPage(page, origin)
  const { no } = (await loadDeck()).find(s => s.alias === SLIDE)!
  await page.goto(`${origin}/#/${no}`)
  const slide = page.locator(`.slidev-page-${no}`)
  const figure = slide.locator(`[data-figure-slot="${ID}"]`)
  const image = figure.getByRole('img', { name: /Original figure \(Survival after Diagnosis\)/ })
  await expect(image).toBeVisible()
  expect(await image.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight])).toEqual([true, WIDTH, HEIGHT])
  // drawn, in its colour, and nothing on top of it at its centre
  const drawn = await image.evaluate((img: HTMLImageElement) => {
    const box = img.getBoundingClientRect()
    const onTop = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === img
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    return { onTop, pixel: [...ctx.getImageData(img.naturalWidth / 2, img.naturalHeight / 2, 1, 1).data.slice(0, 3)], width: box.width }
  })
  expect(drawn).toMatchObject({ onTop: true, pixel: [200, 30, 120] })
  expect(drawn.width).toBeGreaterThan(100)
  await expect(figure).toContainText('Survival after Diagnosis')
  await expect(figure).not.toContainText('values are not given')
  // the other panel keeps its placeholder
  await expect(slide.locator('[data-figure-slot="adam2017-after-hepatectomy"]')).toContainText('Its values are not given in the lecture text')
  await expect(slide).toContainText('Source:Adam R et al., European Journal of Cancer 2017;78')
  await page.goto(`${origin}/#/presenter/${no}`)
  await expect(page.locator(`#slideshow .slidev-page-${no} [data-figure-slot="${ID}"] img`)).toBeVisible()
  // every other slide with a placeholder: no request for an image that is not there
  for (const other of ['preop-number-size', 'lms-2020-os', 'ruiz2018']) {
    await page.goto(`${origin}/#/${other}`)
    await page.waitForLoadState('networkidle')
  }
  expect(guards.failedRequests).toEqual([])
  expect(guards.foreignRequests).toEqual([])
})

test('the exported slides PDF draws the image on that slide\'s page, and the export checked it', async () => {
  const log = execFileSync('npx', ['tsx', 'scripts/export/cli.ts'], { cwd: copy, env: deck.env, encoding: 'utf8' })
  const slides = await loadDeck()
  expect(log).toContain(`(${slides.length} pages, checked)`)
  const { no } = slides.find(s => s.alias === SLIDE)!
  const images = pdfImages(join(copy, 'exports/oligoprogressive-liver-metastases.pdf'))
  expect(images.filter(i => i.page === no), `images on page ${no}`).toContainEqual({ page: no, width: WIDTH, height: HEIGHT })
  // and on no other page: placeholders without an image stay text
  expect(images.filter(i => i.width === WIDTH && i.height === HEIGHT && i.page !== no)).toEqual([])
})

test('the handout prints the image on that slide\'s page too', async () => {
  execFileSync('npx', ['tsx', 'scripts/export/cli.ts', '--handout'], { cwd: copy, env: deck.env, stdio: 'inherit' })
  const { no } = (await loadDeck()).find(s => s.alias === SLIDE)!
  const images = pdfImages(join(copy, 'exports/oligoprogressive-liver-metastases-handout.pdf'))
  expect(images.filter(i => i.width === WIDTH && i.height === HEIGHT).map(i => i.page)).toEqual([no])
})

test('an original figure that cannot be drawn fails the export, naming the figure; no PDF is called written', async () => {
  // A file with the figure's name that is not an image (a copy gone wrong, a truncated download).
  writeFileSync(join(copy, `public/figures/${ID}.png`), 'not a picture')
  const run = (() => {
    try {
      return { status: 0, output: execFileSync('npx', ['tsx', 'scripts/export/cli.ts'], { cwd: copy, env: deck.env, encoding: 'utf8', stdio: 'pipe' }) }
    }
    catch (error: any) {
      return { status: error.status as number, output: `${error.stdout}${error.stderr}` }
    }
  })()
  expect(run.status).toBe(1)
  expect(run.output).toContain(`export failed: the print view cannot be printed: slide`)
  expect(run.output).toContain(`/figures/${ID}.png failed to load`)
  expect(run.output).not.toContain('written to')
})

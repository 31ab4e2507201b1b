import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { findChromium } from '../../scripts/chromium.mjs'
import { loadDeck } from './deck-info'
import { guardPage } from './guards'

// A presenter puts an original figure back: a generated PNG at public/figures/<id>.png, in a copy of the deck
// (so the deck under test elsewhere keeps its placeholders), built and exported like the real one.

const root = new URL('../../', import.meta.url).pathname
const ID = 'adam2017-after-diagnosis'
const SLIDE = 'adam2017'
const WIDTH = 480
const HEIGHT = 320
const PORT = 4191

/** A PNG of one colour, WIDTH × HEIGHT: what `pdfimages -list` must find on the slide's page. */
function png(rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xFFFFFFFF
    for (const b of bytes) c = crcTable[(c ^ b) & 0xFF] ^ (c >>> 8)
    return (c ^ 0xFFFFFFFF) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(WIDTH, 0)
  header.writeUInt32BE(HEIGHT, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const row = Buffer.alloc(1 + WIDTH * 3)
  for (let x = 0; x < WIDTH; x++) row.set(rgb, 1 + x * 3)
  const raw = Buffer.concat(Array.from({ length: HEIGHT }, () => row))
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

test.describe.configure({ mode: 'serial', timeout: 600_000 })

let copy = ''
let server: ChildProcess | undefined

test.beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'omd-figure-'))
  for (const entry of ['slides.md', 'pages', 'components', 'data', 'lib', 'machines', 'cases', 'setup', 'public', 'scripts', 'style.css', 'vite.config.ts', 'package.json', 'index.html']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(copy, entry), { recursive: true })
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
  mkdirSync(join(copy, 'public/figures'), { recursive: true })
  writeFileSync(join(copy, `public/figures/${ID}.png`), png([200, 30, 120]))
  const env: NodeJS.ProcessEnv = { ...process.env, OMD_VITE_CACHE_DIR: join(copy, '.vite-cache') }
  delete env.NODE_ENV
  execFileSync('npx', ['slidev', 'build', '--out', 'dist'], { cwd: copy, env, stdio: 'inherit' })
  server = spawn('npx', ['vite', 'preview', '--outDir', 'dist', '--port', String(PORT), '--strictPort'], { cwd: copy, env, stdio: 'ignore', detached: true })
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
  if (copy) rmSync(copy, { recursive: true, force: true })
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

test('the exported slides PDF draws the image on that slide\'s page', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, OMD_VITE_CACHE_DIR: join(copy, '.vite-cache') }
  delete env.NODE_ENV
  const output = join(copy, 'exports/slides.pdf')
  execFileSync('npx', ['slidev', 'export', 'slides.md', '--output', output, '--executable-path', findChromium(), '--timeout', '120000', '--wait-until', 'networkidle'], { cwd: copy, env, stdio: 'inherit' })
  const { no } = (await loadDeck()).find(s => s.alias === SLIDE)!
  // pdfimages -list: "page num type width height ..." after two header lines
  const images = execFileSync('pdfimages', ['-list', output], { encoding: 'utf8' }).split('\n').slice(2)
    .map(line => line.trim().split(/\s+/)).filter(cols => cols.length > 4)
    .map(cols => ({ page: Number(cols[0]), type: cols[2], width: Number(cols[3]), height: Number(cols[4]) }))
  expect(images.filter(i => i.page === no && i.type === 'image'), `images on page ${no}`).toContainEqual({ page: no, type: 'image', width: WIDTH, height: HEIGHT })
  // and on no other page: placeholders without an image stay text
  expect(images.filter(i => i.width === WIDTH && i.height === HEIGHT && i.page !== no)).toEqual([])
})

test('the handout prints the image on that slide\'s page too', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, OMD_VITE_CACHE_DIR: join(copy, '.vite-cache') }
  delete env.NODE_ENV
  execFileSync('node', ['scripts/export.mjs', '--handout'], { cwd: copy, env, stdio: 'inherit' })
  const { no } = (await loadDeck()).find(s => s.alias === SLIDE)!
  const images = execFileSync('pdfimages', ['-list', join(copy, 'exports/oligoprogressive-liver-metastases-handout.pdf')], { encoding: 'utf8' }).split('\n').slice(2)
    .map(line => line.trim().split(/\s+/)).filter(cols => cols.length > 4)
    .map(cols => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }))
  expect(images.filter(i => i.width === WIDTH && i.height === HEIGHT).map(i => i.page)).toEqual([no])
})

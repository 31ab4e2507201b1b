// Prints the deck's own print view to PDF in the system Chromium: the slides (a page per slide, the deck's size), the
// handout (A4, each slide with its speaker notes beneath) or the answer key (the quiz and case slides, answers shown).
// It prints only once the page says it is ready (setup/printReady.ts: every slide rendered, every figure drawn, every
// image decoded, the fonts loaded), however long a busy machine takes to get there; `slidev export` printed whatever
// was on screen once the network had been quiet for half a second, which on a busy machine was nothing yet.
import { writeFileSync, readFileSync } from 'node:fs'
import * as pdfLib from 'pdf-lib'
import { outlinePdfFactory } from '@lillallol/outline-pdf'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs'
import { loadSlides } from '../deck-notes.mjs'
import { PRINT_FAILED_ATTRIBUTE, PRINT_READY_ATTRIBUTE, PRINT_READY_ID } from '../../lib/deck/print-readiness'
import { startExportServer } from './server'

export type PrintKind = 'slides' | 'handout' | 'key'

export interface DeckSlide {
  no: number
  title: string
  alias?: string
  frontmatter: Record<string, unknown>
  noteHtml: string
}

export interface PrintOptions {
  kind: PrintKind
  output: string
  /** First line of the handout's and the key's cover block. */
  heading?: string
  /** Which slides to print (default: all). */
  select?: (slide: DeckSlide) => boolean
}

/** A fresh server transforms the whole deck on this first visit: a busy machine can take minutes. */
const READY_WITHIN_MS = 10 * 60_000
// A4 at 96 dpi less the margins leaves ~688 px for the 980 px wide slide.
const HANDOUT_ZOOM = 0.69

/** Rejects on the page's first error, uncaught or logged (a slide that failed to load logs one). */
function firstError(page: Page): Promise<never> {
  const failed = new Promise<never>((_, reject) => {
    page.on('pageerror', error => reject(new Error(`the print view failed: ${error.message}`)))
    page.on('console', (message) => {
      if (message.type() === 'error')
        reject(new Error(`the print view logged an error: ${message.text()}`))
    })
  })
  failed.catch(() => {}) // an error after the page was printed is not the wait's
  return failed
}

/**
 * Waits for the print view's readiness mark (setup/printReady.ts). An error on the page, a page that marks itself
 * failed or one never ready is an error saying what happened.
 */
async function untilReady(page: Page, failed: Promise<never>) {
  const marker = page.locator(`#${PRINT_READY_ID}`)
  const readyOrFailed = page.locator(`#${PRINT_READY_ID}[${PRINT_FAILED_ATTRIBUTE}], #${PRINT_READY_ID} [${PRINT_READY_ATTRIBUTE}]`)
  try {
    await Promise.race([readyOrFailed.waitFor({ state: 'attached', timeout: READY_WITHIN_MS }), failed])
  }
  catch (error) {
    const pending = await marker.getAttribute('data-print-pending').catch(() => null)
    throw new Error(`${(error as Error).message.split('\n')[0]}\n  still pending: ${pending || 'the deck did not start'}`)
  }
  const failure = await marker.getAttribute(PRINT_FAILED_ATTRIBUTE)
  if (failure !== null)
    throw new Error(`the print view cannot be printed: ${failure}`)
}

/** The handout's and key's pages: each selected slide under its number and title, with its notes beneath. */
async function layOutHandout(page: Page, slides: DeckSlide[], heading: string) {
  await page.evaluate(({ slides, heading, zoom }) => {
    const style = document.createElement('style')
    style.textContent = `
      @page { size: A4 portrait; margin: 14mm 14mm 12mm; }
      :root { --slidev-slide-container-background: #fff; }
      html.print, html.print body, #app, #page-root { background: #fff !important; display: block !important; }
      .handout-page { break-after: page; font-family: 'Inter Variable', system-ui, sans-serif; color: #1d2430; }
      .handout-page:last-child { break-after: auto; }
      .handout-page h2 { font-size: 13pt; margin: 0 0 3mm; }
      .handout-page h2 small { color: #5b6472; font-weight: 500; margin-right: 2mm; }
      .handout-page .print-slide-container { zoom: ${zoom}; break-after: auto !important; outline: 1px solid #c9ced6; }
      .handout-notes { font-size: 10.5pt; line-height: 1.45; margin-top: 5mm; }
      .handout-notes p { margin: 0 0 2.5mm; }
      .handout-cover { font-size: 10pt; color: #5b6472; margin-bottom: 4mm; }`
    document.head.append(style)
    const selected = new Map(slides.map(slide => [slide.no, slide]))
    let index = 0
    for (const container of document.querySelectorAll('.print-slide-container')) {
      // Container ids are "<slide no, 3 digits>-<click>" (Slidev's print view).
      const slide = selected.get(Number(container.id.split('-')[0]))
      if (!slide) {
        container.remove()
        continue
      }
      const wrapper = document.createElement('section')
      wrapper.className = 'handout-page'
      if (index++ === 0) {
        const cover = document.createElement('div')
        cover.className = 'handout-cover'
        cover.textContent = heading
        wrapper.append(cover)
      }
      const title = document.createElement('h2')
      title.innerHTML = `<small>${slide.no}</small>`
      title.append(document.createTextNode(slide.title))
      container.replaceWith(wrapper)
      wrapper.append(title, container)
      if (slide.noteHtml.trim()) {
        const body = document.createElement('div')
        body.className = 'handout-notes'
        body.innerHTML = slide.noteHtml
        wrapper.append(body)
      }
    }
  }, { slides: slides.map(({ no, title, noteHtml }) => ({ no, title, noteHtml })), heading, zoom: HANDOUT_ZOOM })
}

/** The slides PDF's outline: a bookmark per slide, by its title, as `slidev export --with-toc` made it. */
async function addSlideOutline(file: string, slides: DeckSlide[]) {
  const pdf = await pdfLib.PDFDocument.load(readFileSync(file))
  const outline = slides.map((slide, index) => `${index + 1}||${(slide.title || `Slide ${slide.no}`).replace(/\|/g, '/')}`).join('\n')
  const outlined = await outlinePdfFactory(pdfLib)({ outline, pdf })
  writeFileSync(file, await outlined.save())
}

/** Prints one PDF and returns the slides it holds, in page order. */
export async function printDeck({ kind, output, heading = '', select = () => true }: PrintOptions): Promise<DeckSlide[]> {
  const deck: DeckSlide[] = await loadSlides()
  const slides = deck.filter(select)
  if (slides.length === 0)
    throw new Error(`${output}: no slide selected`)
  const server = await startExportServer()
  // No scrollbar: it would take its width off the print view's, and every slide would print narrower than its page.
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--hide-scrollbars'] })
  try {
    // The slides at their own width (scale 1), their charts drawn at twice the pixels, as `slidev export` draws them.
    const context = await browser.newContext(kind === 'slides'
      ? { viewport: { width: 980, height: 552 }, deviceScaleFactor: 2 }
      : { viewport: { width: 980, height: 552 } })
    const page = await context.newPage()
    page.setDefaultNavigationTimeout(READY_WITHIN_MS)
    // Print mode and the answer-key flag are read from the page's search params. Slidev's print view ignores
    // `range` under hash routing, so every slide is printed and the unselected ones removed below.
    const query = new URLSearchParams({ print: 'true' })
    if (kind === 'key')
      query.set('key', '')
    const failed = firstError(page)
    await page.goto(`${server.url}?${query}#/print`, { waitUntil: 'commit' })
    await untilReady(page, failed)
    await page.emulateMedia({ media: 'screen' })
    if (kind === 'slides') {
      // Each slide container breaks the page after itself: after the last one that break would open an empty page.
      await page.addStyleTag({ content: '#print-content > .print-slide-container:last-child { break-after: auto !important; }' })
      await page.pdf({ path: output, preferCSSPageSize: true, printBackground: true, tagged: true })
      await addSlideOutline(output, slides)
    }
    else {
      await layOutHandout(page, slides, heading)
      await page.pdf({ path: output, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })
    }
    return slides
  }
  finally {
    await browser.close()
    await server.close()
  }
}

// Prints a handout (A4, one slide per page with its speaker notes beneath) or an answer key from the
// deck's own print view, in the system Chromium. Slidev's `export-notes` takes no browser path and
// prints notes without the slides, hence this.
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs'
import { loadSlides } from './deck-notes.mjs'
import { startExportServer } from './export-server.mjs'

// A4 at 96 dpi less the margins leaves ~688 px for the 980 px wide slide.
const SLIDE_ZOOM = 0.69

/**
 * @param {object} options
 * @param {string} options.output PDF path
 * @param {string} options.heading first line of the cover block
 * @param {(slide: object) => boolean} [options.select] which slides to print (default: all)
 * @param {boolean} [options.answers] print with the answer-key flag (`?key`)
 * @param {boolean} [options.notes] print each slide's speaker notes beneath it
 */
export async function printDeck({ output, heading, select = () => true, answers = false, notes = true }) {
  const deck = await loadSlides()
  const slides = deck.filter(select)
  if (slides.length === 0)
    throw new Error(`${output}: no slide selected`)
  const server = await startExportServer()
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
    // A fresh dev server transforms the whole deck on this first visit: on a slow or busy machine that takes
    // longer than Playwright's 30 s default (seen in CI). Same allowance as `slidev export --timeout 120000`.
    page.setDefaultTimeout(120_000)
    page.setDefaultNavigationTimeout(120_000)
    // Print mode and the answer-key flag are read from the page's search params. Slidev 52.20's print view
    // ignores `range` under hash routing, so every slide is printed and the unselected ones removed below.
    const query = new URLSearchParams({ print: 'true' })
    if (answers)
      query.set('key', '')
    await page.goto(`${server.url}?${query}#/print`, { waitUntil: 'networkidle' })
    const containers = page.locator('.print-slide-container')
    await containers.first().waitFor()
    await page.waitForFunction(n => document.querySelectorAll('.print-slide-container').length >= n, deck.length)
    await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'), null, { timeout: 60_000 })
    // Same readiness contract as `slidev export`: every [data-waitfor] waits for its selector.
    for (const element of await page.locator('[data-waitfor]').all()) {
      const selector = await element.getAttribute('data-waitfor')
      if (selector)
        await element.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 })
    }
    await page.evaluate(({ slides, heading, notes, zoom }) => {
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
        // Container ids are "<slide no, 3 digits>-<click>" (Slidev's PrintSlideClick).
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
        if (notes && slide.noteHtml.trim()) {
          const body = document.createElement('div')
          body.className = 'handout-notes'
          body.innerHTML = slide.noteHtml
          wrapper.append(body)
        }
      }
    }, { slides: slides.map(({ no, title, noteHtml }) => ({ no, title, noteHtml })), heading, notes, zoom: SLIDE_ZOOM })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })
    return { output, pages: slides.length }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

// A stock Slidev deck whose slides carry this deck's text as plain paragraphs (`npm run bench -- --text-deck`), read
// from the built deck in the browser slide by slide: every word in the slides' HTML (components' text included; not
// what the charts draw on canvas), without their components, figures or styles. Against it, the benchmark tells the
// cost of the words from the cost of what the deck does with them.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { slideShownScript } from './slide-shown.mjs'
import { stockDeck } from './stock-deck.mjs'

const escapeHtml = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')

/** Each slide's rendered text (its lines), read from the deck served at `url`. */
export async function slideTexts(browser, url, slideCount) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const origin = new URL(url).origin
  await page.route('**/*', route => route.request().url().startsWith(origin) ? route.continue() : route.abort())
  await page.addInitScript({ content: slideShownScript })
  const texts = []
  for (let no = 1; no <= slideCount; no++) {
    await page.goto(`${url}#/${no}`)
    // Not the wrapper alone: it is visible before the slide's content, and two slides were read empty that way.
    await page.waitForFunction(no => globalThis.omdSlideShown(no), no, { polling: 'raf' })
    texts.push((await page.locator(`.slidev-page-${no}`).innerText()).split('\n').map(line => line.trim()).filter(Boolean))
  }
  await context.close()
  return texts
}

/** Writes the text deck into `dir` (a stock deck's folder, slides.md replaced) and returns `dir`. */
export function textDeck(dir, texts, root = process.cwd()) {
  stockDeck(dir, texts.length, root)
  const slides = texts.map((lines, i) => {
    const body = lines.map(line => `<p v-pre>${escapeHtml(line)}</p>`).join('\n')
    return i === 0 ? `---\ntheme: default\ntitle: Text deck\nrouterMode: hash\n---\n\n${body}\n` : `\n---\n\n${body}\n`
  })
  writeFileSync(join(dir, 'slides.md'), slides.join(''))
  return dir
}

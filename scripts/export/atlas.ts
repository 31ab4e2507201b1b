// The case atlas PDF (`npm run export:atlas`, part of `export:all`): every shipped
// case (every decision a learner can reach, each option's grade, rationale and citation) for a course's faculty to
// sign off before teaching. Built without Slidev: the atlas data rendered as HTML (scripts/atlas-html.ts) and printed
// A4 by the system Chromium through playwright-core, with a bookmark per case and per decision. A broken case file
// stops the export naming the file and the field.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { chromium } from 'playwright-core'
import type { AtlasEntry } from './atlas-html'
import { caseAtlas } from '../../machines/case/atlas'
import { renderAtlasHtml } from './atlas-html'
import { outlineItems, outlineTitle } from './pdf'
import { readCaseFiles, repoRoot, shippedCasePaths } from '../case-files'
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs'

export const ATLAS_PDF = 'oligoprogressive-liver-metastases-case-atlas.pdf'

/** The atlas of every shipped case, in file-name order; throws naming each broken file and field. */
export function shippedAtlas(): AtlasEntry[] {
  const loaded = readCaseFiles(shippedCasePaths())
  const broken = loaded.flatMap(item => (item.ok ? [] : [item.error.message]))
  if (broken.length > 0)
    throw new Error(broken.join('\n'))
  return loaded.flatMap(item => (item.ok ? [{ caseFile: item.caseFile, atlas: caseAtlas(item.caseFile) }] : []))
}

/** Prints the atlas to `output` (A4, tagged, with an outline) and returns its path. */
export async function exportAtlas(output = join(repoRoot, 'exports', ATLAS_PDF), entries = shippedAtlas()): Promise<string> {
  const html = renderAtlasHtml(entries, new Date().toISOString().slice(0, 10))
  mkdirSync(dirname(output), { recursive: true })
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  let headings: string[] = []
  try {
    const page = await browser.newPage()
    // The document is self-contained: nothing may be fetched from anywhere.
    await page.route('**/*', route => route.abort())
    await page.setContent(html, { waitUntil: 'load' })
    headings = await page.$$eval('h1, h2, h3, h4, h5, h6', found => found.map(h => h.textContent!.replace(/\s+/g, ' ').trim()))
    await page.pdf({
      path: output,
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:7pt;width:100%;text-align:center;color:#475569;font-family:sans-serif">Case atlas for clinical sign-off · not medical advice · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    })
  }
  finally {
    await browser.close()
  }
  await restoreOutlineTitles(output, headings)
  return output
}

/**
 * Chromium titles each bookmark with its heading's laid-out text, and drops the space where the heading wraps
 * ("chemoradiotherapy,with"): so which titles break depends on the fonts installed. Each title is set back to its
 * heading's text, matched with the spaces left out.
 */
async function restoreOutlineTitles(file: string, headings: string[]): Promise<void> {
  const bySquashed = new Map(headings.map(heading => [heading.replace(/\s+/g, ''), heading]))
  const doc = await PDFDocument.load(readFileSync(file))
  for (const item of outlineItems(doc)) {
    const written = outlineTitle(item)
    const heading = bySquashed.get(written.replace(/\s+/g, ''))
    if (heading && heading !== written)
      item.set(PDFName.of('Title'), PDFHexString.fromText(heading))
  }
  writeFileSync(file, await doc.save())
}

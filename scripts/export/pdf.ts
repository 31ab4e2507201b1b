// Reading a written PDF back, for the exports' own checks (./verify.ts) and the e2e tests: page count, text, ink,
// images and outline, from poppler-utils (pdfinfo, pdftotext, pdftoppm, pdfimages) and pdf-lib.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib'

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1])
}

/**
 * The text of each page in content-stream order (`pdftotext -raw`): a table cell that wraps stays one run of text,
 * where the layout modes interleave the lines of neighbouring cells.
 */
export function pdfPagesText(file: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return text.split('\f').slice(0, pdfPageCount(file))
}

/** A scratch folder for `read`, removed afterwards. */
function inScratchDir<T>(prefix: string, read: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  try {
    return read(dir)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Share of pixels that are not near-white, per page (rendered small, greyscale). */
export function inkPerPage(file: string, resolution = 24): number[] {
  return inScratchDir('pdfpages-', (dir) => {
    execFileSync('pdftoppm', ['-gray', '-r', String(resolution), file, join(dir, 'p')])
    return readdirSync(dir).filter(name => name.endsWith('.pgm')).sort().map((name) => {
      const bytes = readFileSync(join(dir, name))
      // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
      const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'))!
      const pixels = bytes.subarray(match[0].length)
      let ink = 0
      for (const value of pixels) {
        if (value < 235)
          ink++
      }
      return ink / pixels.length
    })
  })
}

/** A page counts as blank below this share of inked pixels (a slide's title alone is well above it). */
export const BLANK_PAGE_INK = 0.0005

export interface PdfImage {
  page: number
  width: number
  height: number
}

/** The raster images drawn on each page (`pdfimages -list`; masks and soft masks left out). */
export function pdfImages(file: string): PdfImage[] {
  // "page num type width height ..." after two header lines
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2)
    .map(line => line.trim().split(/\s+/))
    .filter(cols => cols.length > 4 && cols[2] === 'image')
    .map(cols => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }))
}

export interface OutlineEntry {
  title: string
  /** 1-based page the entry opens, or null when it points at no page of the document. */
  page: number | null
}

function text(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : ''
}

/** Every entry of the PDF's outline (bookmarks), depth first, with the page it points at. */
export async function pdfOutline(file: string): Promise<OutlineEntry[] | null> {
  const doc = await PDFDocument.load(readFileSync(file))
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  if (!outlines)
    return null
  const pageOf = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const named = namedDestinations(doc)
  const target = (item: PDFDict): number | null => {
    let dest: PDFObject | undefined = item.get(PDFName.of('Dest'))
    const action = item.lookupMaybe(PDFName.of('A'), PDFDict)
    if (!dest && action)
      dest = action.get(PDFName.of('D'))
    if (dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString)
      dest = named.get(dest instanceof PDFName ? dest.asString().slice(1) : dest.decodeText())
    const array = dest instanceof PDFRef ? doc.context.lookup(dest) : dest
    const first = array instanceof PDFArray ? array.get(0) : undefined
    return first instanceof PDFRef ? pageOf.get(first.toString()) ?? null : null
  }
  return outlineItems(doc).map(item => ({ title: outlineTitle(item), page: target(item) }))
}

/** The outline's items (bookmarks) of a loaded PDF, depth first; none when it has no outline. */
export function outlineItems(doc: PDFDocument): PDFDict[] {
  const items: PDFDict[] = []
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(item)
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict))
  return items
}

export function outlineTitle(item: PDFDict): string {
  return text(item.lookup(PDFName.of('Title')))
}

/** Named destinations (the /Dests dictionary and the /Names tree), as Chromium writes them for its outline. */
function namedDestinations(doc: PDFDocument): Map<string, PDFObject> {
  const found = new Map<string, PDFObject>()
  const old = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  for (const [key, value] of old?.entries() ?? [])
    found.set(key.asString().slice(1), value instanceof PDFRef ? doc.context.lookup(value)! : value)
  const visit = (node: PDFDict | undefined) => {
    if (!node)
      return
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const value = names.lookup(i + 1)
      const dest = value instanceof PDFDict ? value.get(PDFName.of('D')) : value
      found.set(text(names.lookup(i)), dest instanceof PDFRef ? doc.context.lookup(dest)! : dest!)
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
    for (let i = 0; kids && i < kids.size(); i++)
      visit(kids.lookup(i, PDFDict))
  }
  visit(doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict))
  return found
}

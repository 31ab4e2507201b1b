import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName } from 'pdf-lib'
import { OKABE_ITO } from '../../lib/figures/theme'

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

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

export async function pdfHasOutline(file: string): Promise<boolean> {
  const doc = await PDFDocument.load(readFileSync(file))
  return doc.catalog.get(PDFName.of('Outlines')) !== undefined
}

/** `read` over a scratch folder that is removed afterwards (every e2e run rendered 56 pages into /tmp and left them). */
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
  return inScratchDir('pdfpages-', dir => pagesInk(file, resolution, dir))
}

function pagesInk(file: string, resolution: number, dir: string): number[] {
  execFileSync('pdftoppm', ['-gray', '-r', String(resolution), file, join(dir, 'p')])
  return readdirSync(dir).filter(name => name.endsWith('.pgm')).sort().map((name) => {
    const bytes = readFileSync(join(dir, name))
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const header = bytes.subarray(0, 64).toString('latin1')
    const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header)!
    const pixels = bytes.subarray(match[0].length)
    let ink = 0
    for (const value of pixels) {
      if (value < 235)
        ink++
    }
    return ink / pixels.length
  })
}

/** The charts' colours (lib/figures/theme.ts), black left out: text and slide chrome never use them. */
const CHART_COLOURS = Object.entries(OKABE_ITO).filter(([name]) => name !== 'black')
  .map(([, hex]) => [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16)))

/** Share of a page's pixels painted in a chart colour: a chart that printed blank scores about zero. */
export function chartInk(file: string, page: number, resolution = 72): number {
  return inScratchDir('pdfchart-', dir => pageChartInk(file, page, resolution, dir))
}

function pageChartInk(file: string, page: number, resolution: number, dir: string): number {
  execFileSync('pdftoppm', ['-r', String(resolution), '-f', String(page), '-l', String(page), file, join(dir, 'p')])
  const name = readdirSync(dir).find(n => n.endsWith('.ppm'))!
  const bytes = readFileSync(join(dir, name))
  const match = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'))!
  const pixels = bytes.subarray(match[0].length)
  let ink = 0
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]]
    if (CHART_COLOURS.some(([R, G, B]) => Math.abs(r - R) + Math.abs(g - G) + Math.abs(b - B) < 60))
      ink++
  }
  return ink / (pixels.length / 3)
}

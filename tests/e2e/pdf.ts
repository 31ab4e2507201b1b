import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OKABE_ITO } from '../../lib/figures/theme'

// Reading the exported PDFs: the primitives are the exports' own (scripts/export/pdf.ts); the chart colours are the tests'.
export { BLANK_PAGE_INK, inkPerPage, pdfImages, pdfOutline, pdfPageCount, pdfPagesText } from '../../scripts/export/pdf'

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** The charts' colours (lib/figures/theme.ts), black left out: text and slide chrome never use them. */
const CHART_COLOURS = Object.entries(OKABE_ITO).filter(([name]) => name !== 'black')
  .map(([, hex]) => [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16)))

/** Share of a page's pixels painted in a chart colour: a chart that printed blank scores about zero. */
export function chartInk(file: string, page: number, resolution = 72): number {
  const dir = mkdtempSync(join(tmpdir(), 'pdfchart-'))
  try {
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
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

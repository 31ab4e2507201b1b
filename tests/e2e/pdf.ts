import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName } from 'pdf-lib'

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1])
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

export async function pdfHasOutline(file: string): Promise<boolean> {
  const doc = await PDFDocument.load(readFileSync(file))
  return doc.catalog.get(PDFName.of('Outlines')) !== undefined
}

/** Share of pixels that are not near-white, per page (rendered small, greyscale). */
export function inkPerPage(file: string, resolution = 24): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdfpages-'))
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

// What an export checks on the PDF it wrote before it reports success: a page per slide, an outline whose every
// entry opens a page (the expected titles among them), no blank page, and each original figure the presenter supplied drawn on its slide's page.
import { readFileSync } from 'node:fs'
import { imageSize } from 'image-size'
import { BLANK_PAGE_INK, inkPerPage, pdfImages, pdfOutline, pdfPageCount, pdfPagesText } from './pdf'

export interface FilledFigure {
  id: string
  caption: string
  /** The image file (public/figures/<id>.<ext>). */
  file: string
  /** 1-based page of the PDF that prints its slide. */
  page: number
}

export interface ExpectedPdf {
  file: string
  /** One page per printed slide (the atlas has no set count). */
  pages?: number
  figures: FilledFigure[]
  /** Bookmark titles the outline must hold, each opening a page. */
  bookmarks?: string[]
}

/** The placeholder a figure slot prints while it has no image (components/figures/FigureSlot.vue). */
const placeholder = (caption: string) => `Original figure: ${caption}. Its values are not given`

export async function pdfProblems({ file, pages, figures, bookmarks = [] }: ExpectedPdf): Promise<string[]> {
  const problems: string[] = []
  const count = pdfPageCount(file)
  if (pages !== undefined && count !== pages)
    problems.push(`${count} pages, expected ${pages} (one per slide)`)
  const outline = await pdfOutline(file)
  if (!outline?.length)
    problems.push('no outline (bookmarks)')
  for (const entry of outline ?? []) {
    if (entry.page === null || entry.page > count)
      problems.push(`outline entry "${entry.title}" opens no page`)
  }
  const titles = new Set(outline?.map(entry => entry.title))
  const absent = bookmarks.filter(title => !titles.has(title))
  if (absent.length)
    problems.push(`no bookmark titled ${absent.map(title => `"${title}"`).join(', ')}`)
  const blank = inkPerPage(file).flatMap((ink, index) => (ink < BLANK_PAGE_INK ? [index + 1] : []))
  if (blank.length)
    problems.push(`blank page${blank.length > 1 ? 's' : ''} ${blank.join(', ')}`)
  if (figures.length) {
    const images = pdfImages(file)
    const text = pdfPagesText(file).map(page => page.replace(/\s+/g, ' '))
    for (const figure of figures) {
      const where = `original figure ${figure.id} (${figure.file})`
      if (text[figure.page - 1]?.includes(placeholder(figure.caption)))
        problems.push(`${where}: page ${figure.page} prints its placeholder instead`)
      // An SVG is drawn as vectors, not as an image of the PDF: its placeholder's absence is what shows it.
      if (figure.file.endsWith('.svg'))
        continue
      const { width, height } = imageSize(readFileSync(figure.file))
      if (!images.some(image => image.page === figure.page && image.width === width && image.height === height))
        problems.push(`${where}: no ${width}×${height} image on page ${figure.page}`)
    }
  }
  return problems
}

export class ExportCheckFailed extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file} is wrong:\n${problems.map(problem => `  - ${problem}`).join('\n')}`)
    this.name = 'ExportCheckFailed'
  }
}

/** Throws when the PDF is wrong, naming every problem found. */
export async function verifyPdf(expected: ExpectedPdf): Promise<void> {
  const problems = await pdfProblems(expected)
  if (problems.length)
    throw new ExportCheckFailed(expected.file, problems)
}

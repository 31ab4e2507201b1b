// The organisers' PDFs: printed (./print-deck.ts, ./atlas.ts), then checked (./verify.ts). A wrong PDF is an error
// naming what is wrong, never a success.
import { figureSlots } from '../figure-slots'
import { pdfPageCount } from './pdf'
import { exportAtlas, shippedAtlas } from './atlas'
import { atlasBookmarks } from './atlas-html'
import { type DeckSlide, printDeck, type PrintKind } from './print-deck'
import { type FilledFigure, verifyPdf } from './verify'

export type ExportKind = PrintKind | 'atlas'

export const OUTPUTS: Record<ExportKind, string> = {
  slides: 'exports/oligoprogressive-liver-metastases.pdf',
  handout: 'exports/oligoprogressive-liver-metastases-handout.pdf',
  key: 'exports/oligoprogressive-liver-metastases-answer-key.pdf',
  atlas: 'exports/oligoprogressive-liver-metastases-case-atlas.pdf',
}
const TITLE = 'Management of Oligoprogressive Liver Metastases — René Adam'

const HEADINGS: Record<PrintKind, string> = {
  slides: '',
  handout: `${TITLE} · Handout with speaker notes · Educational material, not medical advice`,
  key: `${TITLE} · Answer key (organisers only): quiz answers with explanations and each case's best path`,
}

const SELECT: Record<PrintKind, (slide: DeckSlide) => boolean> = {
  slides: () => true,
  handout: () => true,
  key: slide => slide.frontmatter.answerKey === true,
}

/** The presenter's original figures (public/figures) on the printed slides, with the page each lands on. */
async function filledFigures(printed: DeckSlide[]): Promise<FilledFigure[]> {
  const slots = await figureSlots()
  return slots.flatMap(({ id, caption, slide, file }) => {
    const page = printed.findIndex(s => s.alias === slide || String(s.no) === slide) + 1
    return file && page > 0 ? [{ id, caption, file, page }] : []
  })
}

export async function exportPdf(kind: ExportKind): Promise<string> {
  const output = OUTPUTS[kind]
  if (kind === 'atlas') {
    // Its pages follow the cases' length: checked for blank pages and bookmarks that open no page.
    const entries = shippedAtlas()
    await exportAtlas(output, entries)
    await verifyPdf({ file: output, figures: [], bookmarks: atlasBookmarks(entries) })
    return `${output} (${pdfPageCount(output)} pages, checked)`
  }
  const printed = await printDeck({ kind, output, heading: HEADINGS[kind], select: SELECT[kind] })
  await verifyPdf({ file: output, pages: printed.length, figures: await filledFigures(printed) })
  return `${output} (${printed.length} pages, checked)`
}


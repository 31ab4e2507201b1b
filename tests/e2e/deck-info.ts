import { load } from '@slidev/parser/fs'

const root = new URL('../../', import.meta.url).pathname

export interface DeckSlide { no: number, title: string, alias?: string, note: string }

/** The deck as Slidev parses it from slides.md and its `src:` imports. */
export async function loadDeck(): Promise<DeckSlide[]> {
  const data = await load(root, `${root}slides.md`)
  return data.slides
    .filter(slide => !slide.frontmatter.disabled && !slide.frontmatter.hide)
    .map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? '',
      alias: slide.frontmatter.routeAlias as string | undefined,
      note: slide.note ?? '',
    }))
}

/** Slides whose figures are Chart.js canvases (checked drawn on screen, in print mode and in the PDF). */
export const CHART_SLIDES = [
  'epoc-dfs', 'epoc-long-term', 'lms-single-1', 'lms-single-2', 'jcog0603-results', 'blm-series',
  'blm-paul-brousse', 'clocc-results', 'meta-analysis', 'collision-os', 'collision-summary', 'sbrt',
]

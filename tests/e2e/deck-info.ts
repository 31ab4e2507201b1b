import { loadSlides } from '../../scripts/deck-notes.mjs'

const root = new URL('../..', import.meta.url).pathname

export interface DeckSlide { no: number, title: string, alias?: string, note: string }

/** The deck as Slidev parses it from slides.md and its `src:` imports. */
export async function loadDeck(): Promise<DeckSlide[]> {
  return (await loadSlides(root)).map(({ no, title, alias, note }) => ({ no, title, alias, note }))
}

/** Slides whose figures are Chart.js canvases (checked drawn on screen, in print mode and in the PDF). */
export const CHART_SLIDES = [
  'epoc-dfs', 'epoc-long-term', 'lms-single-1', 'lms-single-2', 'jcog0603-results', 'blm-series',
  'blm-paul-brousse', 'clocc-results', 'meta-analysis', 'collision-os', 'collision-summary', 'sbrt-chart',
]

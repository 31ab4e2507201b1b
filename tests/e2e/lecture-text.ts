import { readFileSync } from 'node:fs'

/**
 * The lecture's text (data/source/lecture.txt) as what a reader of the slides PDF must find in its text layer:
 * every statement line in the lecture's words, every cell of its tables, every number. Markdown and LaTeX of the
 * source are reduced to what they print ("$\leq 3$" → "≤ 3", "**cure**" → "cure").
 *
 * Lines are compared without whitespace: a PDF wraps a line where the slide wraps it, and pdftotext may break a
 * line or join two spans differently from the source ("Tau ²" / "Tau²"); the characters and their order must match.
 */

const LECTURE = new URL('../../data/source/lecture.txt', import.meta.url)

export interface LectureLine {
  /** 1-based line number in data/source/lecture.txt. */
  line: number
  /** The text as printed (markdown and LaTeX reduced), for messages. */
  text: string
  /** 'statement': a line of prose or a title; 'cell': one cell of a tab-separated table row. */
  kind: 'statement' | 'cell'
}

const LATEX: Record<string, string> = { leq: '≤', geq: '≥', pm: '±', rightarrow: '→', text: '' }

/** What a source line prints: markdown emphasis, links and LaTeX reduced to their text. */
export function printed(source: string): string {
  return source
    .replace(/\$([^$]*)\$/g, (_, math: string) => math
      .replace(/\\([a-z]+)/gi, (whole, name: string) => LATEX[name] ?? whole)
      .replace(/[{}]/g, '')
      .replace(/\^/g, ''))
    .replace(/\\([a-z]+)/gi, (whole, name: string) => LATEX[name] ?? whole)
    // "ng/mL ^a": a footnote mark whose footnote the lecture's text does not carry (the slide prints it as a superscript)
    .replace(/\s\^a$/, '')
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\*\*|(?<![\w*])\*(?!\s)|(?<=\S)\*(?![\w*])/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whitespace-free form used for comparing a line with the PDF's text. */
export function squeeze(text: string): string {
  return text.replace(/…/g, '...').replace(/\s+/g, '').replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
}

/** Every line (or table cell) of the lecture with something to read: letters, or a number. */
export function lectureLines(text = readFileSync(LECTURE, 'utf8')): LectureLine[] {
  const out: LectureLine[] = []
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return
    if (raw.includes('\t')) {
      for (const cell of raw.split('\t')) {
        // A leading "— " is the figure's legend line before an arm's name ("— Systemic"), not a word.
        const value = printed(cell).replace(/^—\s*/, '')
        if (/\p{L}/u.test(value)) out.push({ line: index + 1, text: value, kind: 'cell' })
      }
      return
    }
    // List markers ("- ", "1. ") are the slide's bullets, not words of the line.
    const value = printed(raw.replace(/^\s*(?:[-•]|\d+\.)\s+/, ''))
    if (/\p{L}/u.test(value)) out.push({ line: index + 1, text: value, kind: 'statement' })
  })
  return out
}

/** Every number the lecture prints, as printed ("31,536", "0.0001", "2.1"). */
export function lectureNumbers(text = readFileSync(LECTURE, 'utf8')): string[] {
  return [...new Set(printed(text).match(/\d+(?:[.,]\d+)*/g) ?? [])]
}

export interface Coverage {
  /** Lines on no page of the PDF. */
  missingLines: LectureLine[]
  /** Lines that are in the PDF, but only on pages out of the lecture's order. */
  outOfOrder: LectureLine[]
  /** Numbers on no page. */
  missingNumbers: string[]
  /** Page (1-based) where each line of the lecture was placed, in the lecture's order (0 when not placed). */
  pages: number[]
  lines: number
  numbers: number
}

/**
 * Walks the lecture through the PDF's pages: every line must be on a page, and the pages must follow the
 * lecture's order (a line on the page of the line before it or a later one). A line repeated by the deck
 * elsewhere (the agenda, the references) does not count against the order: the longest run of lines in order
 * is kept (dynamic programming over lines × pages) and only the lines outside it are reported.
 */
export function coverage(pdfPages: string[], text?: string): Coverage {
  const squeezed = pdfPages.map(squeeze)
  const lines = lectureLines(text)
  const where = lines.map(line => squeezed.flatMap((content, index) => (content.includes(squeeze(line.text)) ? [index] : [])))
  const pageCount = squeezed.length
  // best[p]: most lines placed in order with the last one on page p; choice[i][p]: line i placed on page p.
  let best = Array.from({ length: pageCount }, () => 0)
  const from: number[][] = []
  for (const pages of where) {
    const next = [...best]
    const back = Array.from({ length: pageCount }, () => -2)
    let runMax = -1
    let runAt = -1
    let candidate = -1
    let candidateAt = -1
    for (let p = 0; p < pageCount; p++) {
      if (best[p] > runMax) { runMax = best[p]; runAt = p }
      if (pages.includes(p) && runMax + 1 > next[p]) {
        candidate = runMax + 1
        candidateAt = runAt
        next[p] = candidate
        back[p] = candidateAt
      }
    }
    void candidate
    void candidateAt
    from.push(back)
    best = next
  }
  // Walk back from the best end page.
  const placed = Array.from({ length: lines.length }, () => 0)
  let page = best.indexOf(Math.max(...best))
  for (let i = lines.length - 1; i >= 0 && page >= 0; i--) {
    if (from[i][page] !== -2) {
      placed[i] = page + 1
      page = from[i][page]
    }
  }
  const shown = new Set(pdfPages.join('\n').match(/\d+(?:[.,]\d+)*/g))
  const numbers = lectureNumbers(text)
  return {
    missingLines: lines.filter((_, i) => where[i].length === 0),
    outOfOrder: lines.filter((_, i) => where[i].length > 0 && placed[i] === 0),
    missingNumbers: numbers.filter(n => !shown.has(n)),
    pages: placed,
    lines: lines.length,
    numbers: numbers.length,
  }
}

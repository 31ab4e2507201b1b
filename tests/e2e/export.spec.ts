import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { expect, test } from '@playwright/test'
import { CHART_SLIDES, loadDeck } from './deck-info'
import { gradedOption, nodeTitle } from '../../scripts/export/atlas-html'
import { shippedAtlas } from '../../scripts/export/atlas'
import { coverage, type LectureLine } from './lecture-text'
import { BLANK_PAGE_INK, chartInk, inkPerPage, pdfOutline, pdfPageCount, pdfPagesText, pdfText } from './pdf'

const root = new URL('../../', import.meta.url).pathname
const EXPORTS = {
  slides: `${root}exports/oligoprogressive-liver-metastases.pdf`,
  handout: `${root}exports/oligoprogressive-liver-metastases-handout.pdf`,
  key: `${root}exports/oligoprogressive-liver-metastases-answer-key.pdf`,
  atlas: `${root}exports/oligoprogressive-liver-metastases-case-atlas.pdf`,
}

test.describe.configure({ timeout: 600_000 })

function blankPages(file: string) {
  return inkPerPage(file).map((share, index) => ({ page: index + 1, share })).filter(p => p.share < BLANK_PAGE_INK)
}

// From a cold cache, as on a fresh clone: Vite bundles the deck's dependencies while the exports start.
test.beforeAll(() => {
  const cache = mkdtempSync(join(tmpdir(), 'omd-export-cache-'))
  try {
    execFileSync('npm', ['run', '--silent', 'export:all'], { cwd: root, stdio: 'inherit', env: { ...process.env, OMD_VITE_CACHE_DIR: cache } })
  }
  finally {
    rmSync(cache, { recursive: true, force: true })
  }
})

test('the slides PDF has one page per slide, none blank, an outline, selectable text and every chart drawn', async () => {
  const deck = await loadDeck()
  const file = EXPORTS.slides
  expect(pdfPageCount(file)).toBe(deck.length)
  expect(blankPages(file), 'pages with (almost) nothing printed').toEqual([])
  // A bookmark per slide, by its title, opening its page.
  expect(await pdfOutline(file)).toEqual(deck.map(slide => ({ title: slide.title, page: slide.no })))
  const text = pdfText(file).replace(/\s+/g, ' ')
  expect(text).toContain('Oligoprogressive Liver Metastases')
  expect(text).toContain('Take Home messages')
  for (const alias of CHART_SLIDES) {
    const { no } = deck.find(s => s.alias === alias)!
    expect(chartInk(file, no), `chart colours printed on page ${no} (${alias})`).toBeGreaterThan(0.001)
  }
  // A case slide prints its stem, facts and decision points; quiz and case slides never their answers.
  expect(text).toContain('Three large metastases progressing on two lines')
  expect(text).toContain('Decision points')
  expect(text).toContain('What is your initial strategy?')
  expect(text).not.toMatch(/Best path|Correct answer|Answer:|Answer key/i)
})

const named = (lines: LectureLine[]) => lines.map(l => `lecture.txt:${l.line} (${l.kind}) "${l.text}"`)

for (const kind of ['slides', 'handout'] as const) {
  test(`every statement, table cell and number of the lecture is in the ${kind} PDF's text, in the lecture's order`, async () => {
    const result = coverage(pdfPagesText(EXPORTS[kind]))
    expect(result.lines, 'lines of the lecture checked').toBeGreaterThan(350)
    expect(result.numbers, 'numbers of the lecture checked').toBeGreaterThan(300)
    expect(named(result.missingLines), 'lines of the lecture on no page').toEqual([])
    expect(named(result.outOfOrder), 'lines of the lecture only on pages out of the lecture\'s order').toEqual([])
    expect(result.missingNumbers, 'numbers of the lecture on no page').toEqual([])
  })
}

test('each quiz slide prints all of its questions on its own page of the slides PDF', async () => {
  const deck = await loadDeck()
  const pages = pdfPagesText(EXPORTS.slides).map(page => page.replace(/\s+/g, ' '))
  const polled = readdirSync(`${root}cases/questions`).filter(name => name.endsWith('.yaml'))
    .flatMap(name => parse(readFileSync(`${root}cases/questions/${name}`, 'utf8')).questions)
    .filter((question: any) => question.poll)
  for (const question of polled) {
    const alias = question.part === 'definitions' ? 'quiz-definitions' : `quiz-part-${question.part}`
    const { no } = deck.find(s => s.alias === alias)!
    const opening = String(question.stem).split('{{')[0].trim().split(/\s+/).slice(0, 6).join(' ')
    expect(pages[no - 1], `${question.id} on page ${no} (${alias})`).toContain(opening)
  }
})

test('the handout has one A4 page per slide with its speaker notes, an outline and selectable text', async () => {
  const deck = await loadDeck()
  const file = EXPORTS.handout
  expect(pdfPageCount(file)).toBe(deck.length)
  expect(blankPages(file)).toEqual([])
  const outline = (await pdfOutline(file))!
  // Each page's heading is a bookmark opening that page (Chromium adds the slide's own headings beneath).
  expect(outline.filter(entry => /^\d+/.test(entry.title)).map(entry => entry.page)).toEqual(deck.map(slide => slide.no))
  const text = pdfText(file).replace(/\s+/g, ' ')
  // Each slide's notes are printed: sample the opening words of a few of them.
  for (const slide of [deck[0], deck[Math.floor(deck.length / 2)], deck[deck.length - 1]]) {
    const words = slide.note.replace(/<[^>]+>|[*_`"“”]/g, '').trim().split(/\s+/).slice(0, 5).join(' ')
    expect(text, `notes of slide ${slide.no}`).toContain(words)
  }
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/)
})

test('the answer key holds the quiz and case slides with their answers and explanations', async () => {
  const deck = await loadDeck()
  const file = EXPORTS.key
  const keySlides = deck.filter(s => /^(quiz-|case-)/.test(s.alias ?? ''))
  expect(pdfPageCount(file)).toBe(keySlides.length)
  expect(blankPages(file)).toEqual([])
  const text = pdfText(file).replace(/\s+/g, ' ')
  for (const slide of keySlides)
    expect(text, `title of ${slide.alias}`).toContain(slide.title.replace(/[*_`]/g, '').slice(0, 25))
  // Every question on a quiz slide is printed with its explanation.
  const polled = readdirSync(`${root}cases/questions`).filter(name => name.endsWith('.yaml'))
    .flatMap(name => parse(readFileSync(`${root}cases/questions/${name}`, 'utf8')).questions)
    .filter((question: any) => question.poll)
  expect(polled.length).toBeGreaterThanOrEqual(24)
  for (const question of polled) {
    const opening = question.explanation.split('{{')[0].trim().split(/\s+/).slice(0, 6).join(' ')
    expect(text, `explanation of ${question.id}`).toContain(opening)
  }
  // Each case slide shows its best path, as `npm run case:key` gives it.
  const caseKey = JSON.parse(execFileSync('npm', ['run', '--silent', 'case:key', '--', 'cases/late-single-metachronous.yaml'], { cwd: root, encoding: 'utf8' }))
  expect(caseKey.steps[0].best).toEqual(['surgery-first'])
  expect(text).toMatch(/Best path|best:? Surgery first/i)
})

// The case atlas as a course's faculty receive it, read from the exported file's text layer (pdftotext): every shipped
// case, every decision a learner can reach, and every option with its grade and citation.
test('the case atlas PDF holds every shipped case, each reachable decision and every option with its grade, with bookmarks', async () => {
  const file = EXPORTS.atlas
  const entries = shippedAtlas()
  // A bookmark per case, by its heading, opening a page.
  const outline = (await pdfOutline(file))!
  for (const [index, { caseFile }] of entries.entries())
    expect(outline.find(entry => entry.title === `${index + 1}. ${caseFile.title}`)?.page, `bookmark of ${caseFile.id}`).toBeGreaterThan(0)
  expect(pdfPageCount(file)).toBeGreaterThan(20)
  // The text in reading order, the page footers left out, a word broken at its hyphen at a line's end joined again.
  const text = pdfPagesText(file).join('\n')
    .replace(/^Case atlas for clinical sign-off · not medical advice · page \d+ of \d+$/gm, '')
    .replace(/(\w)-\n(\w)/g, '$1-$2')
    .replace(/\s+/g, ' ')
  expect(entries.length).toBeGreaterThanOrEqual(29)

  const missing: string[] = []
  let at = 0
  entries.forEach(({ caseFile, atlas }, caseIndex) => {
    const heading = `${caseIndex + 1}. ${caseFile.title}`
    at = text.indexOf(heading, at)
    if (at < 0) {
      missing.push(`case ${heading}`)
      at = 0
      return
    }
    atlas.nodes.forEach((node, nodeIndex) => {
      const title = nodeTitle(caseIndex + 1, nodeIndex, node)
      const start = text.indexOf(title, at)
      if (start < 0) {
        missing.push(`decision ${title}`)
        return
      }
      const next = nodeIndex + 1 < atlas.nodes.length ? nodeTitle(caseIndex + 1, nodeIndex + 1, atlas.nodes[nodeIndex + 1]) : `${caseIndex + 2}. `
      const end = text.indexOf(next, start + title.length)
      const section = text.slice(start, end < 0 ? undefined : end)
      for (const option of node.options) {
        if (!section.includes(gradedOption(option.grade, option.label)))
          missing.push(`${title}: ${gradedOption(option.grade, option.label)}`)
        if (!section.includes(option.citation))
          missing.push(`${title}: ${option.label}: citation ${option.citation}`)
      }
      // No option without a grade: as many grades as options in the decision's table.
      const grades = section.match(/\b(?:Best|Acceptable|Incorrect) · /g) ?? []
      if (grades.length !== node.options.length)
        missing.push(`${title}: ${grades.length} grades for ${node.options.length} options`)
      at = start
    })
  })
  expect(missing).toEqual([])
})

// The deck as a presenter meets it: every part of the lecture in order, every slide titled and with speaker
// notes, stable route aliases, the agenda before each part, and every number and table on a slide resolving
// to data/. Expected values come from the lecture (data/source/lecture.txt) and the project's slide outline.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { load, parse } from '@slidev/parser/fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { agenda } from '../../data/agenda'
import { LECTURE_OUTLINE } from '../../data/outline'
import { lookup } from '../../lib/deck/lookup'
import { figureDefinition } from '../../lib/figures/registry'
import { buildTable, tableIds } from '../../lib/figures/tables'

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..')
const lecture = readFileSync(resolve(root, 'data/source/lecture.txt'), 'utf-8')

/**
 * The parts of the lecture, one file each, in the order they are presented: the lecture's slides
 * (data/outline.ts, which quiz and case feedback link to) followed by the deck's case and quiz slides.
 */
const parts = [
  { file: 'pages/00-opening.md', aliases: [...LECTURE_OUTLINE.definitions, 'quiz-definitions'] },
  { file: 'pages/01-part1-chemotherapy.md', aliases: [...LECTURE_OUTLINE[1], 'case-part1', 'quiz-part-1'] },
  { file: 'pages/02-part2-objectives.md', aliases: [...LECTURE_OUTLINE[2], 'quiz-part-2'] },
  { file: 'pages/03-part3-best-treatment.md', aliases: [...LECTURE_OUTLINE[3], 'case-part3', 'quiz-part-3'] },
  { file: 'pages/04-part4-progression.md', aliases: [...LECTURE_OUTLINE[4], 'case-part4', 'pathway', 'pathway-strategy', 'pathway-rules', 'pathway-modality', 'pathway-readings', 'quiz-part-4'] },
  { file: 'pages/05-part5-take-home.md', aliases: [...LECTURE_OUTLINE[5], 'quiz-part-5', 'self-test'] },
  { file: 'pages/06-references.md', aliases: [...LECTURE_OUTLINE.references] },
]
const expectedAliases = parts.flatMap(part => part.aliases)

/** Tables of the lecture's text and the slide each one belongs on. */
const expectedTables: Record<string, string> = {
  'epoc-at-risk': 'epoc-dfs',
  'epoc-long-term': 'epoc-long-term',
  'lms-preop-1450': 'lms-single-1',
  'lms-postop-1063': 'lms-single-1',
  'lms-preop-1355': 'lms-single-2',
  'lms-postop-972': 'lms-single-2',
  'jcog0603': 'jcog0603-results',
  'blm-series': 'blm-series',
  'blm-paul-brousse': 'blm-paul-brousse',
  'mariani2013': 'mariani2013',
  'clocc-at-risk': 'clocc-results',
  'collision-safety': 'collision-summary',
  'sbrt-series': 'sbrt',
}

/**
 * The lecture tables a slide's figures carry as their data table: the table each `<Figure id>` builds
 * (lib/figures/registry.ts), so a figure counts for a table only if it really builds it.
 */
function figureTables(content: string): string[] {
  return attributeValues(content, 'Figure', 'id').flatMap((id) => {
    const table = figureDefinition(id).table
    return table.id ? [table.id] : []
  })
}

interface Slide {
  alias: string
  file: string
  title: string
  frontmatterTitle?: string
  /** Layout after Slidev merged the importing frontmatter into the slide's own. */
  layout?: string
  content: string
  note: string
}

let slides: Slide[] = []
let loadErrors: string[] = []

beforeAll(async () => {
  const data = await load({ userRoot: root, roots: [root] } as any, resolve(root, 'slides.md'))
  loadErrors = Object.entries(data.markdownFiles).flatMap(([path, md]) => (md.errors ?? []).map(e => `${path}: ${e.message}`))
  slides = data.slides.map(slide => ({
    alias: String(slide.frontmatter.routeAlias ?? ''),
    file: slide.source.filepath.slice(root.length + 1),
    title: slide.title ?? '',
    frontmatterTitle: slide.source.frontmatter.title as string | undefined,
    layout: slide.frontmatter.layout as string | undefined,
    content: slide.content,
    note: slide.note ?? '',
  }))
})

const slideByAlias = (alias: string) => {
  const slide = slides.find(s => s.alias === alias)
  if (!slide) throw new Error(`No slide with routeAlias "${alias}"`)
  return slide
}

/** `attr` values of every `<Tag attr="...">` in a slide's content. */
function attributeValues(content: string, tag: string, attr: string): string[] {
  const tags = content.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? []
  return tags.map((t) => {
    const value = t.match(new RegExp(`\\s${attr}="([^"]*)"`))
    if (!value) throw new Error(`<${tag}> without ${attr}="...": ${t}`)
    return value[1]
  })
}

/** Slide text the audience reads: no markup, no source line, no component tags. */
function visibleText(content: string): string {
  return content
    .replace(/<SourceLine>[\s\S]*?<\/SourceLine>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_#]/g, '')
}

function plain(markdown: string): string {
  return markdown.replace(/<Num\s+v="([^"]+)"[^>]*\/>/g, (_, path) => String(lookup(path))).replace(/[*_]/g, '').trim()
}

describe('deck structure: parts and imports', () => {
  it('slides.md imports the opening and the five parts and the references, in the lecture\'s order', async () => {
    const entry = await parse(readFileSync(resolve(root, 'slides.md'), 'utf-8'), resolve(root, 'slides.md'))
    const sources = entry.slides.map(slide => slide.frontmatter.src).filter(Boolean)
    expect(sources).toEqual(parts.map(part => `./${part.file}`))
  })

  it('every src: resolves to an existing file and loads without parser errors', () => {
    for (const part of parts) expect(existsSync(resolve(root, part.file)), part.file).toBe(true)
    expect(loadErrors).toEqual([])
  })

  it('each part file holds exactly its slides of the outline, in order', () => {
    for (const part of parts)
      expect(slides.filter(s => s.file === part.file).map(s => s.alias), part.file).toEqual(part.aliases)
  })

  it('route aliases are unique and follow the outline, cover to references', () => {
    const aliases = slides.map(s => s.alias)
    expect(new Set(aliases).size).toBe(aliases.length)
    expect(aliases).toEqual(expectedAliases)
    // 43 slides rebuild the lecture (with disclaimer and references; the SBRT table, then its chart); the rest are the deck's cases and quizzes.
    const interactive = /^(case-|quiz-|pathway(-strategy|-rules|-modality|-readings)?$|self-test$)/
    expect(slides.filter(s => !interactive.test(s.alias))).toHaveLength(43)
  })

  it('only the cover uses the cover layout (the headmatter does not force it onto the other opening slides)', () => {
    expect(slides.filter(s => s.layout === 'cover').map(s => s.alias)).toEqual(['cover'])
  })
})

describe('deck structure: titles and speaker notes', () => {
  it('every slide has a title (an h1 or a frontmatter title)', () => {
    for (const slide of slides) expect(slide.title.trim(), slide.alias).not.toBe('')
  })

  it('the cover shows the lecture title, the author and both affiliations', () => {
    const cover = slideByAlias('cover')
    expect(cover.title).toBe(agenda.lecture.title)
    for (const text of [agenda.lecture.author, ...agenda.lecture.affiliations]) expect(cover.content).toContain(text)
  })

  it('a frontmatter title (used by the PDF outline) says what the h1 says, numbers resolved from data/', () => {
    const withOwnTitle = slides.filter(s => s.frontmatterTitle)
    expect(withOwnTitle.length).toBeGreaterThan(0)
    for (const slide of withOwnTitle) {
      const h1 = slide.content.match(/^# (.+)$/m)
      expect(h1, slide.alias).not.toBeNull()
      expect(plain(h1![1]), slide.alias).toBe(slide.frontmatterTitle)
    }
  })

  it('every slide has speaker notes of 2 to 6 sentences that do more than repeat the title', () => {
    for (const slide of slides) {
      const note = slide.note.trim()
      expect(note, slide.alias).not.toBe('')
      expect(note.toLowerCase(), slide.alias).not.toBe(slide.title.toLowerCase())
      // A sentence ends with . ? ! or : followed by a space or the end (not the point of "0.34").
      const sentences = note.split(/(?<=[.?!])\s+(?=[A-Z0-9"“])/).filter(s => s.trim().length > 0)
      expect(sentences.length, `${slide.alias}: ${sentences.length} sentences`).toBeGreaterThanOrEqual(2)
      expect(sentences.length, `${slide.alias}: ${sentences.length} sentences`).toBeLessThanOrEqual(6)
    }
  })

  it('speaker notes quote only numbers that the lecture prints', () => {
    const lectureNumbers = new Set(lecture.match(/\d+(?:[.,]\d+)*/g))
    for (const slide of slides) {
      const numbers = slide.note.match(/\d+(?:[.,]\d+)*/g) ?? []
      const foreign = numbers.filter(n => !lectureNumbers.has(n.replace(/[.,]$/, '')))
      expect(foreign, slide.alias).toEqual([])
    }
  })

  it('the disclaimer comes right after the cover and says "not medical advice" once in the deck', () => {
    expect(slides[1].alias).toBe('disclaimer')
    expect(slides[1].title).toMatch(/not medical advice/i)
    const mentions = slides.filter(s => /not medical advice/i.test(s.content))
    expect(mentions.map(s => s.alias)).toEqual(['disclaimer'])
  })

  it('every slide carries a source line', () => {
    for (const slide of slides) expect(slide.content, slide.alias).toMatch(/<SourceLine>[\s\S]+?<\/SourceLine>/)
  })
})

describe('deck structure: agenda before each part', () => {
  it('each part opens with the agenda, that part highlighted, and the agenda appears nowhere else', () => {
    const agendaSlides = slides.filter(s => /<Agenda\b/.test(s.content))
    expect(agendaSlides.map(s => s.alias)).toEqual(['part-1', 'part-2', 'part-3', 'part-4', 'part-5'])
    agendaSlides.forEach((slide, index) => {
      expect(attributeValues(slide.content, 'Agenda', ':active'), slide.alias).toEqual([String(index + 1)])
      expect(slides.filter(s => s.file === slide.file)[0].alias, `${slide.alias} opens ${slide.file}`).toBe(slide.alias)
      expect(slide.title).toBe(agenda.title)
    })
  })

  it('the agenda lists the lecture\'s five questions', () => {
    expect(agenda.parts.map(p => p.title)).toEqual([
      'Is chemotherapy always indicated for OMD ?',
      'What are the objectives ?',
      'What is the best treatment ?',
      'What impact of progression on the management',
      'Take-Home messages',
    ])
  })
})

describe('deck structure: numbers and tables come from data/', () => {
  it('every <Num v> on a slide resolves to a number in data/', () => {
    const paths = slides.flatMap(s => attributeValues(s.content, 'Num', 'v').map(v => ({ alias: s.alias, v })))
    expect(paths.length).toBeGreaterThan(80)
    for (const { alias, v } of paths) expect(typeof lookup(v), `${alias}: ${v}`).toBe('number')
  })

  it('every <DataText v> on a slide resolves to text in data/ (sentences whose numbers <Num> cannot print alone)', () => {
    const paths = slides.flatMap(s => attributeValues(s.content, 'DataText', 'v').map(v => ({ alias: s.alias, v })))
    for (const { alias, v } of paths) expect(typeof lookup(v), `${alias}: ${v}`).toBe('string')
  })

  it('every <SourceTable id> resolves, and each table of the lecture sits on its own slide, as a table or as a figure built on it', () => {
    const printed = slides.flatMap(s => attributeValues(s.content, 'SourceTable', 'id').map(id => ({ alias: s.alias, id })))
    // A figure stands for its table where no slide prints that table as text (SBRT's chart follows its printed table).
    const drawn = slides.flatMap(s => figureTables(s.content).map(id => ({ alias: s.alias, id })))
      .filter(d => !printed.some(p => p.id === d.id))
    const used = [...printed, ...drawn]
    for (const { alias, id } of used) {
      expect(tableIds as readonly string[], alias).toContain(id)
      expect(buildTable(id).slide, `${id} is built for another slide than ${alias}`).toBe(alias)
    }
    const placed = Object.fromEntries(used.map(u => [u.id, u.alias]))
    expect(placed).toEqual(expectedTables)
    // and lib/figures/tables.ts builds no table that no slide shows
    expect([...tableIds].sort()).toEqual(Object.keys(expectedTables).sort())
  })

  it('no number is typed in slide prose: digits left are citations, years, ordinals or list numbers', () => {
    // What may stay typed (citation patterns first, years last): ordinals, trial ids, journal volume/pages, doi, superscript affiliations.
    const allowed = [
      /\b\d+(st|nd|rd|th)\b/g, // 1st hepatectomy, 2nd line
      /JCOG0603/g,
      /mFOLFOX6/g,
      /Intergroup 40004/g,
      /EJSO 39 \(2013\) 1377–1383/g,
      /41:1189–1204/g,
      /\b78 \(2017\)/g,
      /10\.1007\/s00270-018-1959-3/g,
      /^\s*\d\.\s/gm, // ordered list numbers
      /95% CI/g, // the confidence level, part of the label
      /\b\d+-year\b/g, // time point of a measure: "5-year DFS"
      /\bat 5 and\b|\bat 10 years\b/g, // the same, take-home message 4
      /\bgrade 3\b/g,
      /\b90-day\b/g,
      /\bat 5 yrs\b/g, // EPOC's "at 5 yrs", the time point of a measure
      /J Natl Cancer Inst 2017;109:djx015/g,
      /Lancet Oncol 2025;26:187–99/g,
      /\b5y OS\b/g,
      /\b(19|20)\d\d\b/g, // years, last: after the citations that contain one (citations, periods)
      /\bB\. Since/g,
      /Figure 2|Fig\. 2/g,
    ]
    for (const slide of slides) {
      let text = visibleText(slide.content)
      for (const pattern of allowed) text = text.replace(pattern, ' ')
      expect(text.match(/\d[\d.,]*/g) ?? [], slide.alias).toEqual([])
    }
  })

  it('no placeholder is left on a slide', () => {
    for (const slide of slides) expect(slide.content, slide.alias).not.toMatch(/⟦|TODO/)
  })
})

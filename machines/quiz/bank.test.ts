import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lookup } from '../../lib/deck/lookup'
import { describeCorrect } from './answers'
import { loadQuizBank, parseQuizFile, QuizBankError } from './bank'
import { countSentences, type QuizQuestion, TEMPLATE_PATTERN } from './schema'
import { LECTURE_OUTLINE } from '../../data/outline'

const root = join(__dirname, '../..')
const quizDir = join(root, 'cases/questions')
const files = Object.fromEntries(readdirSync(quizDir).filter(name => name.endsWith('.yaml'))
  .map(name => [`cases/questions/${name}`, readFileSync(join(quizDir, name), 'utf8')]))
const lecture = readFileSync(join(root, 'data/source/lecture.txt'), 'utf8')

function loadBank(): QuizQuestion[] {
  const bank = loadQuizBank(files)
  if (bank instanceof QuizBankError)
    throw bank
  return bank
}

// Which route aliases belong to which section: the lecture's outline.
const SLIDES_OF_PART: Record<string, readonly string[]> = LECTURE_OUTLINE

describe('the question bank in cases/questions', () => {
  it('loads without a single schema or template error', () => {
    const bank = loadQuizBank(files)
    expect(bank instanceof QuizBankError ? bank.problems : []).toEqual([])
  })

  it('has at least 4 questions for the definitions and for each of the five parts (24 or more)', () => {
    const bank = loadBank()
    for (const part of ['definitions', 1, 2, 3, 4, 5])
      expect(bank.filter(q => q.part === part).length, `questions in ${part}`).toBeGreaterThanOrEqual(4)
    expect(bank.length).toBeGreaterThanOrEqual(24)
  })

  it('puts 4 or 5 questions of each part on its quiz slide (poll: true), so the printed slide stays legible', () => {
    const bank = loadBank()
    for (const part of ['definitions', 1, 2, 3, 4, 5]) {
      const polled = bank.filter(q => q.part === part && q.poll).length
      expect(polled, `poll questions in ${part}`).toBeGreaterThanOrEqual(4)
      expect(polled, `poll questions in ${part}`).toBeLessThanOrEqual(5)
    }
  })

  it('uses every question type: single, multiple, true/false and numeric', () => {
    expect(new Set(loadBank().map(q => q.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'numeric']))
  })

  it('points every question to a teaching slide of its own section of the lecture', () => {
    for (const question of loadBank())
      expect(SLIDES_OF_PART[String(question.part)], `${question.id} → ${question.slide}`).toContain(question.slide)
  })

  it('resolves every {{template}} in every file to a number or a text in data/', () => {
    const withoutComments = Object.values(files).map(text => text.replace(/^\s*#.*$/gm, ''))
    const paths = withoutComments.flatMap(text => [...text.matchAll(TEMPLATE_PATTERN)].map(match => match[1]))
    expect(paths.length).toBeGreaterThan(50)
    for (const path of paths)
      expect(['number', 'string'], path).toContain(typeof lookup(path))
    for (const question of loadBank())
      expect(`${question.stem} ${question.explanation} ${question.options.map(o => o.text).join(' ')}`).not.toMatch(/\{\{|\}\}/)
  })

  it('prints only numbers that the lecture itself prints (no retyped or invented figure)', () => {
    const lectureNumbers = new Set(lecture.match(/\d+(?:[.,]\d+)*/g))
    for (const question of loadBank()) {
      const shown = `${question.stem} ${question.options.map(o => o.text).join(' ')} ${question.explanation}`
      for (const number of shown.match(/\d+(?:\.\d+)*/g) ?? [])
        expect(lectureNumbers.has(number), `${question.id}: ${number}`).toBe(true)
    }
  })

  it('asks teaching points, not trivia: no estimate of a single trial figure; the numeric item is the lecture\'s 6-month limit', () => {
    const byId = new Map(loadBank().map(q => [q.id, q]))
    for (const trivia of ['jcog0603-os-hepatectomy-alone', 'collision-mean-size', 'vigano-no-factor'])
      expect(byId.has(trivia), trivia).toBe(false)
    expect(byId.get('early-recurrence-months')).toMatchObject({ type: 'numeric', correct: 6, tolerance: 0 })
  })

  it('reads the JCOG0603 discordance from data: the right option quotes 49.8% vs 38.7% DFS and 71.2% vs 83.1% OS', () => {
    const question = loadBank().find(q => q.id === 'jcog0603-dfs-os-discordance')!
    expect(describeCorrect(question)).toContain('(49.8% vs 38.7%)')
    expect(describeCorrect(question)).toContain('(71.2% vs 83.1%)')
  })

  it('does not give the answer away by its position: correct options are spread over the letters', () => {
    const letters = loadBank().filter(q => q.type === 'single').map(q => q.correct as string)
    for (const letter of ['a', 'b', 'c', 'd'])
      expect(letters.filter(l => l === letter).length, `correct answers at ${letter}`).toBeGreaterThanOrEqual(2)
  })

  it('explains every answer in two or three sentences', () => {
    for (const question of loadBank())
      expect([2, 3], question.id).toContain(countSentences(question.explanation))
  })
})

describe('errors in a question file name the file, the field and the question', () => {
  const valid = `questions:
  - id: sample
    part: 1
    type: single
    stem: Which arm had the better 5-year OS in JCOG0603?
    options:
      a: Hepatectomy alone
      b: Hepatectomy followed by mFOLFOX6
      c: Neither
    correct: a
    explanation: Hepatectomy alone. The DFS gain did not translate into OS.
    slide: jcog0603-results
`
  const problems = (file: string, text: string, lookupFn = lookup) => {
    const result = parseQuizFile(file, text, lookupFn)
    return result instanceof QuizBankError ? result.problems : []
  }

  it('accepts the valid sample', () => {
    expect(parseQuizFile('cases/questions/part-1.yaml', valid)).toHaveLength(1)
  })

  it('a correct answer that is not among the options', () => {
    expect(problems('cases/questions/part-1.yaml', valid.replace('correct: a', 'correct: e')))
      .toEqual(['cases/questions/part-1.yaml: questions[0].correct (question "sample"): is not one of the options'])
  })

  it('an option key that is not a letter', () => {
    expect(problems('cases/questions/part-1.yaml', valid.replace('      c: Neither', '      7: Neither'))[0])
      .toMatch(/^cases\/questions\/part-1\.yaml: questions\[0\]\.options(\.7)? \(question "sample"\): /)
  })

  it('a slide alias that is not in the slide outline', () => {
    expect(problems('cases/questions/part-1.yaml', valid.replace('slide: jcog0603-results', 'slide: jcog-results'))[0])
      .toBe('cases/questions/part-1.yaml: questions[0].slide (question "sample"): unknown slide alias "jcog-results" (use a route alias from the slide outline)')
  })

  it('a question filed under the wrong part', () => {
    expect(problems('cases/questions/part-2.yaml', valid))
      .toEqual(['cases/questions/part-2.yaml: questions[0].part (question "sample"): is 1 but the file holds part 2'])
  })

  it('an unknown type', () => {
    expect(problems('cases/questions/part-1.yaml', valid.replace('type: single', 'type: essay'))[0])
      .toMatch(/^cases\/questions\/part-1\.yaml: questions\[0\]\.type \(question "sample"\): Invalid discriminator value/)
  })

  it('a one-sentence explanation', () => {
    expect(problems('cases/questions/part-1.yaml', valid.replace('Hepatectomy alone. The DFS', 'Hepatectomy alone, as the DFS')))
      .toEqual(['cases/questions/part-1.yaml: questions[0].explanation (question "sample"): the explanation has 2 or 3 sentences'])
  })

  it('a template whose data path does not exist names the question and the path', () => {
    const [problem] = problems('cases/questions/part-1.yaml', valid.replace('the better 5-year OS', 'the better OS ({{jcog0603.os.alone.fiveYearPct}}%)'))
    expect(problem).toMatch(/^cases\/questions\/part-1\.yaml: questions\[0\]\.stem \(question "sample"\): Unknown data path "jcog0603\.os\.alone\.fiveYearPct"/)
  })

  it('a numeric answer typed as a number instead of a data path', () => {
    const numeric = valid.replace('type: single', 'type: numeric').replace(/ {4}options:\n(?: {6}.*\n)+/, '').replace('correct: a', 'correct: 83.1\n    tolerance: 5')
    expect(problems('cases/questions/part-1.yaml', numeric)[0])
      .toMatch(/^cases\/questions\/part-1\.yaml: questions\[0\]\.correct \(question "sample"\): is a single \{\{data\.path\}\} template/)
  })

  it('a numeric answer whose data path holds something other than a number', () => {
    const numeric = valid.replace('type: single', 'type: numeric').replace(/ {4}options:\n(?: {6}.*\n)+/, '').replace('correct: a', 'correct: "{{jcog0603.os.hepatectomyAlone.ci95}}"\n    tolerance: 5')
    expect(problems('cases/questions/part-1.yaml', numeric))
      .toEqual(['cases/questions/part-1.yaml: questions[0].correct (question "sample"): data path "jcog0603.os.hepatectomyAlone.ci95" is not a number'])
  })

  it('a multiple-answer question naming an option that does not exist', () => {
    const multiple = valid.replace('type: single', 'type: multiple').replace('correct: a', 'correct: [a, x]')
    expect(problems('cases/questions/part-1.yaml', multiple)[0]).toMatch(/^cases\/questions\/part-1\.yaml: questions\[0\]\.correct/)
  })

  it('a true/false question given options', () => {
    const trueFalse = valid.replace('type: single', 'type: true-false').replace('correct: a', 'correct: true')
    expect(problems('cases/questions/part-1.yaml', trueFalse)).toEqual(['cases/questions/part-1.yaml: questions[0] (question "sample"): Unrecognized key: "options"'])
  })

  it('broken YAML gives the line', () => {
    expect(problems('cases/questions/part-1.yaml', valid.replace('    part: 1', '    part: [1'))[0]).toMatch(/^cases\/questions\/part-1\.yaml: YAML syntax error at line \d+/)
  })

  it('the same id in two files', () => {
    const bank = loadQuizBank({ 'cases/questions/part-1.yaml': valid, 'cases/questions/part-1b.yaml': valid })
    expect(bank instanceof QuizBankError && bank.problems).toContain('cases/questions/part-1b.yaml: question "sample": id already used in cases/questions/part-1.yaml')
  })

  it('a part whose quiz slide would hold too few questions', () => {
    const bank = loadQuizBank({ 'cases/questions/part-1.yaml': valid.replace('slide: jcog0603-results', 'slide: jcog0603-results\n    poll: true') })
    expect(bank instanceof QuizBankError && bank.problems).toEqual(['cases/questions/part-1.yaml: the quiz slide of part 1 needs 4 to 5 questions marked "poll: true" (found 1)'])
  })

  it('collects the problems of every file in one error', () => {
    const bank = loadQuizBank({
      'cases/questions/part-1.yaml': valid.replace('correct: a', 'correct: e'),
      'cases/questions/part-3.yaml': valid.replace('part: 1', 'part: 3').replace('slide: jcog0603-results', 'slide: nowhere'),
    })
    expect(bank).toBeInstanceOf(QuizBankError)
    expect((bank as QuizBankError).message.split('\n').map(line => line.split(':')[0])).toEqual(['cases/questions/part-1.yaml', 'cases/questions/part-3.yaml'])
  })
})

describe('countSentences', () => {
  it('does not split on decimals or "et al."', () => {
    expect(countSentences('HR 0.88, p = 0.34 in Nordlinger et al. study. Second one!')).toBe(2)
  })
})

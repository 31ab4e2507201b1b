import { parseDocument } from 'yaml'
import { formatNumber } from '../../lib/deck/format'
import { lookup as lookupData } from '../../lib/deck/lookup'
import type { z } from 'zod'
import { POLL_QUESTIONS_PER_PART, type QuizOption, type QuizPart, type QuizQuestion, QUIZ_PARTS, quizFileSchema, type RawQuestion, TEMPLATE_PATTERN } from './schema'

/**
 * Loads the question bank: YAML text → validated questions with every `{{data.path}}` resolved.
 * Pure: the caller hands in the file name, its text and the data lookup, so the browser (Vite glob),
 * the key script (fs) and the tests share one code path. Problems come back as one QuizBankError
 * whose lines each name the file, the field path and, when known, the question id.
 */

/** Reads a value from data/ by dotted path; throws (or returns `undefined`) when the path does not exist. */
export type DataLookup = (path: string) => unknown
/** Turns a number read from data/ into the text shown in a stem or an option. */
export type NumberFormatter = (value: number, digits: number | undefined) => string

export class QuizBankError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'QuizBankError'
  }
}

/** The question bank as the browser receives it, checked at build time (scripts/checked-content.ts). */
export interface CheckedQuizBank {
  questions: QuizQuestion[]
  /** Each problem naming the file, the field and the question; empty when the bank is valid. */
  problems: string[]
}

/** `questions[3].options.b` from zod's path array. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number')
      return `${out}[${key}]`
    return out ? `${out}.${String(key)}` : String(key)
  }, '')
}

function describeIssue(file: string, issue: z.core.$ZodIssue, data: unknown): string {
  const index = issue.path[0] === 'questions' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined
  const id = index === undefined ? undefined : (data as { questions?: Array<{ id?: unknown }> })?.questions?.[index]?.id
  const where = formatFieldPath(issue.path) || '(top level)'
  return `${file}: ${where}${typeof id === 'string' ? ` (question "${id}")` : ''}: ${issue.message}`
}

const defaultFormat: NumberFormatter = (value, digits) => formatNumber(value, { digits })

/** The part a file name promises: `part-3.yaml` → 3, `definitions.yaml` → 'definitions'. */
export function partOfFile(file: string): QuizPart | undefined {
  const name = file.split('/').pop() ?? file
  if (/^definitions\.ya?ml$/.test(name))
    return 'definitions'
  const match = /^part-([1-5])\.ya?ml$/.exec(name)
  return match ? Number(match[1]) as QuizPart : undefined
}

interface Resolver {
  text: (value: string, field: string) => string
  number: (value: string, field: string) => { value: number; path: string }
}

function makeResolver(lookup: DataLookup, format: NumberFormatter, report: (field: string, message: string) => void): Resolver {
  const read = (path: string, field: string): unknown => {
    let value: unknown
    try {
      value = lookup(path)
    }
    catch (error) {
      report(field, error instanceof Error ? error.message : `unknown data path "${path}"`)
      return undefined
    }
    if (value === undefined)
      report(field, `unknown data path "${path}" (see data/README.md)`)
    return value
  }
  return {
    text(value, field) {
      return value.replace(TEMPLATE_PATTERN, (whole, path: string, digits: string | undefined) => {
        const found = read(path, field)
        if (typeof found === 'number')
          return format(found, digits === undefined ? undefined : Number(digits))
        if (typeof found === 'string')
          return found
        if (found !== undefined)
          report(field, `data path "${path}" is not a number or a text`)
        return whole
      })
    },
    number(value, field) {
      const path = value.replace(/^\{\{\s*|\s*\}\}$/g, '').split('|')[0].trim()
      const found = read(path, field)
      if (found !== undefined && (typeof found !== 'number' || !Number.isFinite(found)))
        report(field, `data path "${path}" is not a number`)
      return { value: typeof found === 'number' ? found : Number.NaN, path }
    },
  }
}

function resolveQuestion(raw: RawQuestion, file: string, at: string, resolve: Resolver): QuizQuestion {
  const field = (name: string) => `${at}.${name}`
  const common = {
    id: raw.id,
    part: raw.part,
    stem: resolve.text(raw.stem, field('stem')),
    explanation: resolve.text(raw.explanation, field('explanation')),
    slide: raw.slide,
    poll: raw.poll === true,
    file,
  }
  const options = (record: Record<string, string>): QuizOption[] =>
    Object.entries(record).map(([id, text]) => ({ id, text: resolve.text(text, field(`options.${id}`)) }))
  switch (raw.type) {
    case 'single':
      return { ...common, type: 'single', options: options(raw.options), correct: raw.correct }
    case 'multiple':
      return { ...common, type: 'multiple', options: options(raw.options), correct: [...raw.correct].sort() }
    case 'true-false':
      return { ...common, type: 'true-false', options: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }], correct: raw.correct }
    case 'numeric': {
      const answer = resolve.number(raw.correct, field('correct'))
      return { ...common, type: 'numeric', options: [], correct: answer.value, tolerance: raw.tolerance, unit: raw.unit, dataPath: answer.path }
    }
  }
}

/** One YAML file → its questions, or a QuizBankError listing every problem found in it. */
export function parseQuizFile(file: string, text: string, lookup: DataLookup = lookupData, format: NumberFormatter = defaultFormat): QuizQuestion[] | QuizBankError {
  const document = parseDocument(text)
  if (document.errors.length > 0) {
    return new QuizBankError(document.errors.map((error) => {
      const line = error.linePos?.[0]
      return `${file}: YAML syntax error${line ? ` at line ${line.line}, column ${line.col}` : ''}: ${error.message.split('\n')[0]}`
    }))
  }
  const data: unknown = document.toJS()
  const parsed = quizFileSchema.safeParse(data)
  if (!parsed.success)
    return new QuizBankError(parsed.error.issues.map(issue => describeIssue(file, issue, data)))

  const problems: string[] = []
  const expectedPart = partOfFile(file)
  const questions = parsed.data.questions.map((raw, index) => {
    const at = `questions[${index}]`
    if (expectedPart !== undefined && raw.part !== expectedPart)
      problems.push(`${file}: ${at}.part (question "${raw.id}"): is ${JSON.stringify(raw.part)} but the file holds part ${JSON.stringify(expectedPart)}`)
    const resolver = makeResolver(lookup, format, (field, message) => problems.push(`${file}: ${field} (question "${raw.id}"): ${message}`))
    return resolveQuestion(raw, file, at, resolver)
  })
  return problems.length > 0 ? new QuizBankError(problems) : questions
}

/**
 * Every file of the bank → all questions in lecture order (definitions, then parts 1 to 5; file order within a
 * part), or one error listing the problems of every file. Ids must be unique across the bank.
 */
export function loadQuizBank(files: Record<string, string>, lookup: DataLookup = lookupData, format?: NumberFormatter): QuizQuestion[] | QuizBankError {
  const problems: string[] = []
  const questions: QuizQuestion[] = []
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const result = parseQuizFile(file, text, lookup, format)
    if (result instanceof QuizBankError)
      problems.push(...result.problems)
    else
      questions.push(...result)
  }
  const seen = new Map<string, string>()
  for (const question of questions) {
    const first = seen.get(question.id)
    if (first)
      problems.push(`${question.file}: question "${question.id}": id already used in ${first}`)
    else
      seen.set(question.id, question.file)
  }
  if (Object.keys(files).length === 0)
    problems.push('cases/questions: no question files found')
  for (const part of QUIZ_PARTS) {
    const inPart = questions.filter(question => question.part === part)
    const polled = inPart.filter(question => question.poll).length
    const { min, max } = POLL_QUESTIONS_PER_PART
    if (inPart.length > 0 && (polled < min || polled > max))
      problems.push(`${inPart[0].file}: the quiz slide of part ${JSON.stringify(part)} needs ${min} to ${max} questions marked "poll: true" (found ${polled})`)
  }
  if (problems.length > 0)
    return new QuizBankError(problems)
  return questions.sort((a, b) => QUIZ_PARTS.indexOf(a.part) - QUIZ_PARTS.indexOf(b.part))
}


// `npm run --silent quiz:key [-- <dir>]`: the question bank's answer key as JSON, numbers read from data/:
// [{"id", "part", "type", "stem", "correct", "slide"}, ...] in lecture order. `correct` is "B. <option text>" for a
// single answer, a list of those for multiple answers, true/false, or the number of a numeric estimate.
// An invalid bank exits 1 with every problem (file, field, question id) on stderr.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describeOption } from '../machines/quiz/answers'
import { loadQuizBank, QuizBankError } from '../machines/quiz/bank'
import type { QuizQuestion } from '../machines/quiz/schema'

export interface QuizKeyEntry {
  id: string
  part: QuizQuestion['part']
  type: QuizQuestion['type']
  stem: string
  correct: string | string[] | boolean | number
  slide: string
}

const root = resolve(fileURLToPath(import.meta.url), '../..')

export function quizKeyEntry(question: QuizQuestion): QuizKeyEntry {
  const correct = question.type === 'single'
    ? describeOption(question, question.correct)
    : question.type === 'multiple'
      ? question.correct.map(id => describeOption(question, id))
      : question.correct
  return { id: question.id, part: question.part, type: question.type, stem: question.stem, correct, slide: question.slide }
}

/** The YAML files of `dir`, keyed by their path from the project root (as error messages name them). */
export function readQuizFiles(dir = join(root, 'cases/questions')): Record<string, string> {
  const names = readdirSync(dir).filter(name => /\.ya?ml$/.test(name)).sort()
  return Object.fromEntries(names.map((name) => {
    const path = join(dir, name)
    const shown = relative(root, path)
    return [shown.startsWith('..') ? path : shown, readFileSync(path, 'utf8')]
  }))
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export function quizKeyCli(args: string[]): CliResult {
  const [dir] = args.filter(arg => arg !== '--')
  try {
    const bank = loadQuizBank(readQuizFiles(dir ? resolve(dir) : undefined))
    if (bank instanceof QuizBankError)
      return { code: 1, stdout: '', stderr: bank.message }
    return { code: 0, stdout: JSON.stringify(bank.map(quizKeyEntry), null, 2), stderr: '' }
  }
  catch (error) {
    return { code: 1, stdout: '', stderr: `${dir ?? 'cases/questions'}: ${error instanceof Error ? error.message : String(error)}` }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = quizKeyCli(process.argv.slice(2))
  if (result.stdout)
    console.log(result.stdout)
  if (result.stderr)
    console.error(result.stderr)
  process.exit(result.code)
}

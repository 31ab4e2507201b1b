import { join } from 'node:path'
import type { Plugin } from 'vite'
import type { CheckedCase } from '../machines/case/load'
import { type CheckedQuizBank, loadQuizBank, QuizBankError } from '../machines/quiz/bank'
import { learnerSummary, type LearnerSummary } from '../machines/learner/summary'
import { readCaseFiles, shippedCasePaths } from './case-files'
import { loadSlides } from './deck-notes.mjs'
import { readQuizFiles } from './quiz-key'

/**
 * The deck's content reaches the browser checked: `virtual:omd-content/cases` and `virtual:omd-content/quiz` are the
 * case files (cases/*.yaml) and the question bank (cases/questions/*.yaml) read, validated and resolved here, at build time
 * (or when the dev server loads them), by the loaders the CLI and the tests use, and sent as JSON. A broken file
 * arrives as its problems, naming the file and the field, and the slide shows them. The YAML parser and the schemas
 * stay out of the browser. `virtual:omd-content/new-learner` is the learner home's first view (see newLearner). The
 * dev server reloads the deck when a file changes.
 */

const CASES = 'virtual:omd-content/cases'
const QUIZ = 'virtual:omd-content/quiz'
const SLIDES = 'virtual:omd-content/slides'
const NEW_LEARNER = 'virtual:omd-content/new-learner'

export function checkedCases(): CheckedCase[] {
  return readCaseFiles(shippedCasePaths()).map(loaded => (loaded.ok
    ? { file: loaded.file, ok: true as const, caseFile: loaded.caseFile }
    : { file: loaded.file, ok: false as const, issues: loaded.error.issues }))
}

export function checkedQuizBank(): CheckedQuizBank {
  const bank = loadQuizBank(readQuizFiles())
  return bank instanceof QuizBankError ? { questions: [], problems: bank.problems } : { questions: bank, problems: [] }
}

/** Each slide's number, alias and plain title, for the learner app's links to the deck (it has no Slidev client). */
export async function slideTitles(root: string): Promise<{ no: number, alias: string | null, title: string }[]> {
  return (await loadSlides(root)).map(({ no, alias, title }) => ({ no, alias: alias ?? null, title }))
}

/**
 * The learner home's first view, computed here so that the home needs neither the cases, the rules nor the question
 * bank in the browser until something is saved: a new learner's summary and the ids of the cases it lists.
 */
export function newLearner(checked: CheckedCase[], bank: CheckedQuizBank): { caseIds: string[], summary: LearnerSummary } {
  const cases = checked.flatMap(loaded => (loaded.ok ? [loaded.caseFile] : []))
  return { caseIds: cases.map(c => c.id), summary: learnerSummary(cases, bank.questions, () => null, new Date()) }
}

/** Each value made once, until `clear()`: the modules share one reading of the files per build (or per change). */
function once<T>(make: () => T): { get: () => T, clear: () => void } {
  let made: { value: T } | undefined
  return { get: () => (made ??= { value: make() }).value, clear: () => { made = undefined } }
}

export function checkedContent(root: string): Plugin {
  const cases = once(checkedCases)
  const bank = once(checkedQuizBank)
  const modules: Record<string, () => unknown> = {
    [CASES]: cases.get,
    [QUIZ]: bank.get,
    [SLIDES]: () => slideTitles(root),
    [NEW_LEARNER]: () => newLearner(cases.get(), bank.get()),
  }
  const sources = [join(root, 'cases/')]
  return {
    name: 'omd:checked-content',
    resolveId: source => (source in modules ? `\0${source}` : undefined),
    async load(id) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined
      return make && `export default ${JSON.stringify(await make())}`
    },
    configureServer(server) {
      const changed = (file: string) => {
        if (!sources.some(dir => file.startsWith(dir)))
          return
        cases.clear()
        bank.clear()
        for (const id of Object.keys(modules)) {
          const module = server.moduleGraph.getModuleById(`\0${id}`)
          if (module)
            server.moduleGraph.invalidateModule(module)
        }
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('change', changed)
      server.watcher.on('add', changed)
      server.watcher.on('unlink', changed)
    },
  }
}

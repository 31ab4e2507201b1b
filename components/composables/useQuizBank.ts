import { loadQuizBank, QuizBankError } from '../../machines/quiz/bank'
import type { QuizQuestion } from '../../machines/quiz/schema'

// The YAML files reach the browser as text through Vite and go through the same loader as tests and the key script.
const raw = import.meta.glob('../../data/quiz/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
const files = Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.replace(/^(?:\.\.\/)+/, ''), text]))
const loaded = loadQuizBank(files)

export interface QuizBank {
  questions: QuizQuestion[]
  /** Set when a file is invalid: the components show it (file and field) instead of a blank slide. */
  error: QuizBankError | null
}

/** The whole question bank, loaded once. */
export function useQuizBank(): QuizBank {
  return loaded instanceof QuizBankError ? { questions: [], error: loaded } : { questions: loaded, error: null }
}

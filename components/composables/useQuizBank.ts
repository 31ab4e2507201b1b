import bank from 'virtual:omd-content/quiz'
import type { QuizQuestion } from '../../machines/quiz/schema'

// The question bank, checked and its numbers resolved at build time (scripts/checked-content.ts) by the loader the
// tests and the key script use.

export interface QuizBank {
  questions: QuizQuestion[]
  /** Set when a file is invalid: the components show its problems (file and field) instead of a blank slide. */
  error: { problems: string[] } | null
}

/** The whole question bank, loaded once. */
export function useQuizBank(): QuizBank {
  return bank.problems.length > 0 ? { questions: [], error: { problems: bank.problems } } : { questions: bank.questions, error: null }
}

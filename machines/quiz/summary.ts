import type { PartScore } from './scoring'
import type { QuizQuestion } from './schema'
import { scoreByPart } from './scoring'
import { parseQuizProgress } from './storage'

/** The self-test as the learner's summary shows it: every part of the bank, with what the saved answers score. */
export function selfTestSummary(questions: readonly QuizQuestion[], saved: string | null): PartScore[] {
  const { progress } = parseQuizProgress(saved, questions)
  return scoreByPart(questions, progress?.answers ?? {})
}

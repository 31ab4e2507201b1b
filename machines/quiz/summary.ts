import type { CertaintySummary } from '../../lib/learner/certainty'
import type { PartScore } from './scoring'
import type { QuizQuestion } from './schema'
import { summarizeCertainty } from '../../lib/learner/certainty'
import { markedAnswers } from './quizMachine'
import { scoreByPart } from './scoring'
import { parseQuizProgress } from './progress-codec'

export interface SelfTestSummary {
  /** Every part of the bank, with what the saved answers score. */
  parts: PartScore[]
  /** Certainty-based marks and calibration of the saved answers given with a certainty. */
  certainty: CertaintySummary
  /** The best score of the whole self-test at the end of a round, kept across restarts (null: never finished). */
  best: { points: number, total: number } | null
}

/** The self-test as the learner's summary shows it. */
export function selfTestSummary(questions: readonly QuizQuestion[], saved: string | null): SelfTestSummary {
  const { progress } = parseQuizProgress(saved, questions)
  const answers = progress?.answers ?? {}
  const certainties = progress?.certainties ?? {}
  return {
    parts: scoreByPart(questions, answers),
    certainty: summarizeCertainty(markedAnswers({ questions: [...questions], scope: 'all', answers, certainties })),
    best: progress?.best.all ?? null,
  }
}

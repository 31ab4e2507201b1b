/**
 * Certainty-based marking (Gardner-Medwin): each answer is given with a certainty, low / medium / high, and
 * marked 1 / 2 / 3 when right, 0 / −2 / −6 when wrong, so that claiming certainty pays only when it is earned
 * (high certainty is worth it above about 80% confidence, medium above about 67%).
 * Gardner-Medwin AR. Confidence-based marking: towards deeper learning and better exams. In: Bryan C, Clegg K,
 * eds. Innovative Assessment in Higher Education. London: Routledge; 2006: 141–149.
 */

export const CERTAINTIES = ['low', 'medium', 'high'] as const
export type Certainty = typeof CERTAINTIES[number]

export const CERTAINTY_MARKS: Record<Certainty, { right: number, wrong: number }> = {
  low: { right: 1, wrong: 0 },
  medium: { right: 2, wrong: -2 },
  high: { right: 3, wrong: -6 },
}

export function certaintyMark(right: boolean, certainty: Certainty): number {
  return right ? CERTAINTY_MARKS[certainty].right : CERTAINTY_MARKS[certainty].wrong
}

export interface MarkedAnswer {
  id: string
  right: boolean
  certainty: Certainty
}

export interface CertaintySummary {
  /** The usual score: answers right, out of answers given. */
  right: number
  answered: number
  /** Certainty-based score, out of 3 per answer. */
  marks: number
  maxMarks: number
  /** Calibration: how often each certainty was right, and the questions answered "sure" (high) but wrong. */
  byCertainty: Record<Certainty, { answered: number, right: number }>
  sureAndWrong: string[]
}

export function summarizeCertainty(answers: readonly MarkedAnswer[]): CertaintySummary {
  const byCertainty = Object.fromEntries(CERTAINTIES.map(c => [c, { answered: 0, right: 0 }])) as CertaintySummary['byCertainty']
  for (const answer of answers) {
    byCertainty[answer.certainty].answered++
    if (answer.right)
      byCertainty[answer.certainty].right++
  }
  return {
    right: answers.filter(a => a.right).length,
    answered: answers.length,
    marks: answers.reduce((sum, a) => sum + certaintyMark(a.right, a.certainty), 0),
    maxMarks: answers.length * CERTAINTY_MARKS.high.right,
    byCertainty,
    sureAndWrong: answers.filter(a => !a.right && a.certainty === 'high').map(a => a.id),
  }
}

/** "Sure and wrong: 2 questions" (none: null). */
export function calibrationLine(summary: CertaintySummary): string | null {
  const n = summary.sureAndWrong.length
  return n === 0 ? null : `Sure and wrong: ${n} question${n > 1 ? 's' : ''}`
}

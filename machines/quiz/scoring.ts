import type { QuizAnswer, QuizPart, QuizQuestion } from './schema'
import { QUIZ_PARTS } from './parts'

/**
 * Scoring of the question bank, one rule per question type. A score runs from 0 to 1 per question;
 * a question counts as "right" (and leaves the list of wrong answers) only with full marks.
 *
 * - single, true-false: 1 for the correct option, else 0.
 * - multiple (partial credit): share of the right options ticked − share of the wrong options ticked, floored at 0.
 *   With 4 right options among 6: 3 right ticks → 0.75; 4 right + 1 wrong → 1 − 1/2 = 0.5; ticking every box → 0,
 *   so guessing never pays. Full marks (and "right") only for exactly the correct set.
 * - numeric: 1 when |answer − correct| ≤ tolerance. Both boundaries are INCLUSIVE (83.1 ± 5 accepts 78.1 and 88.1);
 *   a tiny epsilon absorbs floating-point noise such as 88.1 − 83.1 = 4.999999999999993. No partial credit.
 * - no answer: 0.
 */

export interface QuestionScore {
  /** 0 to 1. */
  score: number
  /** Full marks. */
  right: boolean
}

const FLOAT_SLACK = 1e-9

export function isWithinTolerance(answer: number, correct: number, tolerance: number): boolean {
  return Number.isFinite(answer) && Math.abs(answer - correct) <= tolerance + FLOAT_SLACK
}

export function multipleChoiceCredit(selected: readonly string[], correct: readonly string[], optionCount: number): number {
  const ticked = new Set(selected)
  const hits = correct.filter(id => ticked.has(id)).length
  const wrongTicks = ticked.size - hits
  const wrongOptions = optionCount - correct.length
  return Math.max(0, hits / correct.length - (wrongOptions > 0 ? wrongTicks / wrongOptions : 0))
}

/** Whether `answer` has the right shape for `question` (an existing option, a number...). */
export function isValidAnswer(question: QuizQuestion, answer: unknown): answer is QuizAnswer {
  const optionIds = new Set(question.options.map(option => option.id))
  switch (question.type) {
    case 'single':
      return typeof answer === 'string' && optionIds.has(answer)
    case 'multiple':
      return Array.isArray(answer) && answer.length > 0 && new Set(answer).size === answer.length
        && answer.every(id => typeof id === 'string' && optionIds.has(id))
    case 'true-false':
      return typeof answer === 'boolean'
    case 'numeric':
      return typeof answer === 'number' && Number.isFinite(answer)
  }
}

export function scoreAnswer(question: QuizQuestion, answer: QuizAnswer | undefined): QuestionScore {
  if (answer === undefined || !isValidAnswer(question, answer))
    return { score: 0, right: false }
  let score: number
  switch (question.type) {
    case 'single':
    case 'true-false':
      score = answer === question.correct ? 1 : 0
      break
    case 'multiple':
      score = multipleChoiceCredit(answer as string[], question.correct, question.options.length)
      break
    case 'numeric':
      score = isWithinTolerance(answer as number, question.correct, question.tolerance) ? 1 : 0
      break
  }
  return { score, right: score === 1 }
}

export interface PartScore {
  part: QuizPart
  /** Sum of question scores (partial credit included). */
  points: number
  /** Questions of this part in the quiz. */
  total: number
  answered: number
  right: number
}

/** Score per part for `questions`, in lecture order; parts without questions are left out. */
export function scoreByPart(questions: readonly QuizQuestion[], answers: Readonly<Record<string, QuizAnswer>>): PartScore[] {
  return QUIZ_PARTS.flatMap((part) => {
    const inPart = questions.filter(question => question.part === part)
    if (inPart.length === 0)
      return []
    const scores = inPart.map(question => scoreAnswer(question, answers[question.id]))
    return [{
      part,
      points: scores.reduce((sum, s) => sum + s.score, 0),
      total: inPart.length,
      answered: inPart.filter(question => answers[question.id] !== undefined).length,
      right: scores.filter(s => s.right).length,
    }]
  })
}

/** Points over all parts, as shown in the summary ("7.5 / 10"). */
export function totalScore(parts: readonly PartScore[]): { points: number; total: number } {
  return parts.reduce((sum, p) => ({ points: sum.points + p.points, total: sum.total + p.total }), { points: 0, total: 0 })
}

/** "7.5" not "7.500000001": points are multiples of 1/n for small n. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100)
}

/**
 * What an LMS is told about a learner, from what the deck knows: the self-test as a percentage (what LMSes grade:
 * Moodle puts score.raw in its gradebook out of 100, whatever score.max says), completion (every case of the course
 * done and every question of the self-test answered) and success against a mastery score (80% unless the LMS gives
 * one), judged once the self-test is done. Which of these each standard receives, and when, is
 * lib/lms/scorm-values.ts's `scorm12Report` / `scorm2004Report` and the cmi5 adapter. Pure.
 */

export const DEFAULT_MASTERY_SCORE = 0.8

export interface LearnerRecord {
  casesDone: number
  casesTotal: number
  /** Self-test questions answered, out of `questions`. */
  answered: number
  questions: number
  /** Self-test points (partial credit counts). */
  points: number
}

export interface LmsReport {
  /** Every case played to its debrief and every question of the self-test answered. */
  completed: boolean
  /** Every question of the self-test answered: the self-test can be judged. */
  selfTestDone: boolean
  /** The self-test score as a percentage, 0..100 with two decimals (unanswered questions count 0). */
  percent: number
  /** `percent` / 100, 0..1. */
  scaled: number
  /** Against the mastery score once the self-test is done; 'unknown' until then. */
  success: 'passed' | 'failed' | 'unknown'
  /** Share of the course done, 0..1 (cases and questions alike). */
  progress: number
}

/** The LMS's mastery score when it gives a usable one (0..1), else the deck's 80%. */
export function masteryScore(fromLms: number | null | undefined): number {
  return typeof fromLms === 'number' && Number.isFinite(fromLms) && fromLms >= 0 && fromLms <= 1 ? fromLms : DEFAULT_MASTERY_SCORE
}

const hundredths = (value: number) => Math.round(value * 100) / 100

export function lmsReport(record: LearnerRecord, mastery: number): LmsReport {
  const percent = record.questions > 0 ? hundredths((record.points / record.questions) * 100) : 0
  const selfTestDone = record.questions > 0 && record.answered >= record.questions
  const units = record.casesTotal + record.questions
  return {
    completed: selfTestDone && record.casesDone >= record.casesTotal,
    selfTestDone,
    percent,
    // Two decimals of a percentage are four of a fraction: exact, so the LMS's own comparison agrees with ours.
    scaled: Math.round(percent * 100) / 10_000,
    // Judged on the percentage as the LMS receives it, against the mastery score in the same unit: an LMS that
    // applies the mastery score itself (Moodle at LMSFinish) reaches the same verdict.
    success: selfTestDone ? (percent >= hundredths(mastery * 100) ? 'passed' : 'failed') : 'unknown',
    progress: units > 0 ? hundredths((record.casesDone + Math.min(record.answered, record.questions)) / units) : 0,
  }
}

/**
 * What an LMS is told about a learner, from what the deck knows: the self-test score (raw, min 0, max, scaled),
 * completion (every case of the course done and every question of the self-test answered) and success against a
 * mastery score (80% unless the LMS gives one), judged once the self-test is done. Pure.
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
  score: { raw: number, min: 0, max: number, scaled: number }
  completed: boolean
  success: 'passed' | 'failed' | 'unknown'
  /** Share of the course done, 0..1 (cases and questions alike). */
  progress: number
}

/** The LMS's mastery score when it gives a usable one (0..1), else the deck's 80%. */
export function masteryScore(fromLms: number | null | undefined): number {
  return typeof fromLms === 'number' && Number.isFinite(fromLms) && fromLms >= 0 && fromLms <= 1 ? fromLms : DEFAULT_MASTERY_SCORE
}

export function lmsReport(record: LearnerRecord, mastery: number): LmsReport {
  const max = record.questions
  const raw = Math.round(record.points * 100) / 100
  const scaled = max > 0 ? Math.round((record.points / max) * 10_000) / 10_000 : 0
  const selfTestDone = max > 0 && record.answered >= max
  const completed = selfTestDone && record.casesDone >= record.casesTotal
  const units = record.casesTotal + record.questions
  return {
    score: { raw, min: 0, max, scaled },
    completed,
    success: selfTestDone ? (scaled >= mastery ? 'passed' : 'failed') : 'unknown',
    progress: units > 0 ? Math.round(((record.casesDone + Math.min(record.answered, record.questions)) / units) * 100) / 100 : 0,
  }
}

import type { LmsReport } from './report'

/**
 * SCORM data-model values, formatted as each standard requires: score and status (what each standard receives and
 * when), interaction types and learner responses (SCORM 1.2 "a,b" / "t"; SCORM 2004 "a[,]b" / "true"), results,
 * latencies and session times (SCORM 1.2 CMITimespan HHHH:MM:SS.SS, SCORM 2004 ISO 8601 durations), and SCORM 1.2's
 * identifiers. Pure.
 */

/**
 * SCORM 1.2: `incomplete` and no score until the whole course is done; then the self-test percentage as
 * score.raw (0..100, min 0, max 100) and passed or failed. An LMS that applies the mastery score at LMSFinish
 * (Moodle's default, "mastery score overrides status") turns any status into passed/failed as soon as score.raw
 * is set: setting it only at the end is what keeps a learner who has not finished from failing.
 */
export function scorm12Report(report: LmsReport): [string, string][] {
  if (!report.completed)
    return [['cmi.core.lesson_status', 'incomplete']]
  return [
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', String(report.percent)],
    ['cmi.core.lesson_status', report.success === 'passed' ? 'passed' : 'failed'],
  ]
}

/**
 * SCORM 2004: completion and success apart. completion_status incomplete until the course is done;
 * success_status unknown, and no score, until the self-test is done; then the percentage as score.raw (min 0,
 * max 100), score.scaled = raw / 100 and passed or failed against the passing score. (An LMS that evaluates
 * success from score.scaled and cmi.scaled_passing_score, as the standard allows, reaches the same verdict.)
 */
export function scorm2004Report(report: LmsReport): [string, string][] {
  const values: [string, string][] = [
    ['cmi.completion_status', report.completed ? 'completed' : 'incomplete'],
    ['cmi.progress_measure', String(report.progress)],
  ]
  if (!report.selfTestDone)
    return [...values, ['cmi.success_status', 'unknown']]
  return [
    ...values,
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', String(report.percent)],
    ['cmi.score.scaled', String(report.scaled)],
    ['cmi.success_status', report.success],
  ]
}

export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'numeric'
export type Answer = string | string[] | boolean | number

export interface InteractionRecord {
  id: string
  kind: QuestionKind
  answer: Answer
  correct: boolean
  /** Time from the question on screen to the answer, when known. */
  latencyMs: number | null
  /** When it was answered. */
  at: Date
}

export function timespan12(ms: number): string {
  const total = Math.max(0, ms) / 1000
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  return `${String(Math.min(hours, 9999)).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`
}

export function duration2004(ms: number): string {
  const total = Math.max(0, ms) / 1000
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = Math.round((total % 60) * 100) / 100
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`
}

/** SCORM 1.2 identifiers (CMIIdentifier) allow letters, digits, '-' and '_' only. */
export function identifier12(id: string): string {
  return id.replace(/[^\w-]/g, '_').slice(0, 255)
}

const TYPE: Record<QuestionKind, string> = { 'single': 'choice', 'multiple': 'choice', 'true-false': 'true-false', 'numeric': 'numeric' }

function response(record: InteractionRecord, separator: string, truth: [string, string]): string {
  const { answer } = record
  if (typeof answer === 'boolean')
    return answer ? truth[0] : truth[1]
  if (Array.isArray(answer))
    return answer.join(separator)
  return String(answer)
}

/** The cmi.interactions.n.* values of one answer, for SCORM 1.2 (n: its index). */
export function interaction12(n: number, record: InteractionRecord): [string, string][] {
  const at = record.at
  const base = `cmi.interactions.${n}`
  return [
    [`${base}.id`, identifier12(record.id)],
    [`${base}.type`, TYPE[record.kind]],
    [`${base}.student_response`, response(record, ',', ['t', 'f'])],
    [`${base}.result`, record.correct ? 'correct' : 'wrong'],
    [`${base}.time`, `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}:${String(at.getSeconds()).padStart(2, '0')}`],
    ...(record.latencyMs !== null ? [[`${base}.latency`, timespan12(record.latencyMs)] as [string, string]] : []),
  ]
}

/** The cmi.interactions.n.* values of one answer, for SCORM 2004. */
export function interaction2004(n: number, record: InteractionRecord): [string, string][] {
  const base = `cmi.interactions.${n}`
  return [
    [`${base}.id`, `urn:omd:question:${record.id}`],
    [`${base}.type`, TYPE[record.kind]],
    [`${base}.learner_response`, response(record, '[,]', ['true', 'false'])],
    [`${base}.result`, record.correct ? 'correct' : 'incorrect'],
    [`${base}.timestamp`, record.at.toISOString().replace(/\.\d{3}Z$/, '')],
    ...(record.latencyMs !== null ? [[`${base}.latency`, duration2004(record.latencyMs)] as [string, string]] : []),
  ]
}

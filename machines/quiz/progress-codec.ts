import type { ProgressNotice } from '../../lib/learner/progress-envelope'
import * as v from 'valibot'
import { CERTAINTIES } from '../../lib/learner/certainty'
import type { QuizProgress } from './quizMachine'
import type { QuizQuestion } from './schema'
import { QUIZ_PARTS } from './parts'
import { openProgress, sealProgress } from '../../lib/learner/progress-envelope'
import { isValidAnswer } from './scoring'

/**
 * Saved quiz progress, as text: the versioned progress envelope (lib/learner/progress-envelope.ts) around the quiz
 * machine's progress.
 * Pure (no storage access here): components/composables/useQuizSession.ts reads and writes localStorage.
 * Anything unreadable starts a fresh quiz and says why, never a crash:
 * - 'corrupt': not JSON, or not the shape we write;
 * - 'outdated': another format version, or progress that no longer fits the question bank
 *   (a question removed or changed type since it was saved).
 */

export type StorageNotice = ProgressNotice

export interface LoadedProgress {
  progress: QuizProgress | null
  notice: StorageNotice | null
}

const answer = v.union([v.string(), v.array(v.string()), v.boolean(), v.number()])
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const progressSchema = v.strictObject({
  phase: v.picklist(['idle', 'answering', 'feedback', 'results', 'review']),
  scope: v.picklist(['all', ...QUIZ_PARTS]),
  feedback: v.picklist(['immediate', 'end']),
  queue: v.array(v.string()),
  index: count,
  answers: v.record(v.string(), answer),
  round: v.pipe(v.number(), v.integer(), v.minValue(1)),
  // Added after the first v2 saves: absent means the defaults, so earlier progress still resumes.
  certaintyOn: v.optional(v.boolean(), true),
  certainties: v.optional(v.record(v.string(), v.picklist(CERTAINTIES)), {}),
  best: v.optional(v.record(v.string(), v.strictObject({ points: v.pipe(v.number(), v.minValue(0)), total: count })), {}),
})
export function serializeQuizProgress(progress: QuizProgress): string {
  return JSON.stringify(sealProgress('quiz', progress))
}

function fitsBank(progress: QuizProgress, questions: readonly QuizQuestion[]): boolean {
  const byId = new Map(questions.map(question => [question.id, question]))
  const queueKnown = progress.queue.every(id => byId.has(id))
  const answersFit = Object.entries(progress.answers).every(([id, value]) => {
    const question = byId.get(id)
    return question !== undefined && isValidAnswer(question, value)
  })
  const positionFits = progress.phase === 'idle' || (progress.queue.length > 0 && progress.index < progress.queue.length)
  return queueKnown && answersFit && positionFits
}

/** Stored text (null when nothing was saved) → progress to resume, or a fresh start with a notice. */
export function parseQuizProgress(text: string | null, questions: readonly QuizQuestion[]): LoadedProgress {
  const opened = openProgress(text, 'quiz')
  if (opened.payload === null)
    return { progress: null, notice: opened.notice }
  const progress = v.safeParse(progressSchema, opened.payload)
  if (!progress.success)
    return { progress: null, notice: 'corrupt' }
  if (!fitsBank(progress.output, questions))
    return { progress: null, notice: 'outdated' }
  return { progress: progress.output, notice: null }
}

export const STORAGE_NOTICES: Record<StorageNotice, string> = {
  corrupt: 'Your saved quiz progress could not be read, so the quiz starts afresh.',
  outdated: 'Your saved quiz progress belongs to an earlier version of the questions, so the quiz starts afresh.',
}

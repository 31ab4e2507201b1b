import type { ProgressNotice } from '../../lib/learner/progress-envelope'
import { z } from 'zod/mini'
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

/** The key's own scheme; the format inside is versioned by the envelope. */
export const QUIZ_STORAGE_KEY = 'omd.quiz.v1'

export type StorageNotice = ProgressNotice

export interface LoadedProgress {
  progress: QuizProgress | null
  notice: StorageNotice | null
}

const answer = z.union([z.string(), z.array(z.string()), z.boolean(), z.number()])
const progressSchema = z.strictObject({
  phase: z.enum(['idle', 'answering', 'feedback', 'results', 'review']),
  scope: z.union([z.literal('all'), ...QUIZ_PARTS.map(part => z.literal(part))]),
  feedback: z.enum(['immediate', 'end']),
  queue: z.array(z.string()),
  index: z.int().check(z.nonnegative()),
  answers: z.record(z.string(), answer),
  round: z.int().check(z.positive()),
  // Added after the first v2 saves: absent means the defaults, so earlier progress still resumes.
  certaintyOn: z._default(z.boolean(), true),
  certainties: z._default(z.record(z.string(), z.enum(CERTAINTIES)), {}),
  best: z._default(z.record(z.string(), z.strictObject({ points: z.number().check(z.nonnegative()), total: z.int().check(z.nonnegative()) })), {}),
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
  const progress = progressSchema.safeParse(opened.payload)
  if (!progress.success)
    return { progress: null, notice: 'corrupt' }
  if (!fitsBank(progress.data, questions))
    return { progress: null, notice: 'outdated' }
  return { progress: progress.data, notice: null }
}

export const STORAGE_NOTICES: Record<StorageNotice, string> = {
  corrupt: 'Your saved quiz progress could not be read, so the quiz starts afresh.',
  outdated: 'Your saved quiz progress belongs to an earlier version of the questions, so the quiz starts afresh.',
}

import { describe, expect, it } from 'vitest'
import type { QuizProgress } from './quizMachine'
import type { QuizQuestion } from './schema'
import { parseQuizProgress, serializeQuizProgress } from './progress-codec'
import { QUIZ_STORAGE_KEY } from '../../lib/learner/storage-keys'

const common = { stem: 'Q', explanation: 'E. F.', slide: 'jcog0603-results' as const, file: 'test.yaml', poll: false }
const bank: QuizQuestion[] = [
  { ...common, id: 'os', part: 1, type: 'numeric', options: [], correct: 83.1, tolerance: 5, dataPath: 'jcog0603.os.hepatectomyAlone.fiveYearPct' },
  { ...common, id: 'std', part: 3, type: 'single', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], correct: 'b' },
]
const progress: QuizProgress = { phase: 'feedback', scope: 'all', feedback: 'immediate', queue: ['os', 'std'], index: 1, answers: { os: 80, std: 'a' }, round: 1, certaintyOn: true, certainties: { os: 'high', std: 'low' }, best: {} }

describe('saved quiz progress', () => {
  it('is stored under the key omd.quiz.v1', () => {
    expect(QUIZ_STORAGE_KEY).toBe('omd.quiz.v1')
  })

  it('reads back exactly what was written', () => {
    expect(parseQuizProgress(serializeQuizProgress(progress), bank)).toEqual({ progress, notice: null })
  })

  it('resumes progress saved before certainty and best scores were kept, with certainty on and no best score', () => {
    const { certaintyOn: _on, certainties: _c, best: _b, ...older } = progress
    expect(parseQuizProgress(serializeQuizProgress(older as QuizProgress), bank).progress).toEqual({ ...progress, certainties: {}, best: {} })
  })

  it('starts fresh without a notice when nothing was saved', () => {
    expect(parseQuizProgress(null, bank)).toEqual({ progress: null, notice: null })
  })

  it.each([
    ['text that is not JSON', '{"version":1,"progress":'],
    ['JSON of another shape', '[1,2,3]'],
    ['an unknown phase', serializeQuizProgress({ ...progress, phase: 'lost' } as never)],
    ['a negative position', serializeQuizProgress({ ...progress, index: -1 })],
    ['an extra field', serializeQuizProgress({ ...progress, score: 100 } as never)],
    ['a certainty that is not low, medium or high', serializeQuizProgress({ ...progress, certainties: { os: 'certain' } } as never)],
    ['progress of another kind (a case)', JSON.stringify({ version: 2, kind: 'case', payload: progress })],
  ])('starts fresh with a "corrupt" notice for %s', (_, text) => {
    expect(parseQuizProgress(text, bank)).toEqual({ progress: null, notice: 'corrupt' })
  })

  it.each([
    ['another format version', JSON.stringify({ version: 0, progress })],
    ['the format saved before the envelope (version 1)', JSON.stringify({ version: 1, progress })],
    ['a question removed from the bank', serializeQuizProgress({ ...progress, queue: ['os', 'gone'] })],
    ['an answer to a removed question', serializeQuizProgress({ ...progress, answers: { gone: 'a' } })],
    ['an answer that no longer fits its question', serializeQuizProgress({ ...progress, answers: { std: 'z' } })],
    ['a position past the end of the round', serializeQuizProgress({ ...progress, index: 2 })],
  ])('starts fresh with an "outdated" notice for %s', (_, text) => {
    expect(parseQuizProgress(text, bank)).toEqual({ progress: null, notice: 'outdated' })
  })
})

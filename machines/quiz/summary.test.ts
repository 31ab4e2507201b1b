import type { QuizQuestion } from './schema'
import { describe, expect, it } from 'vitest'
import { readQuizFiles } from '../../scripts/quiz-key'
import { loadQuizBank } from './bank'
import { serializeQuizProgress } from './progress-codec'
import { selfTestSummary } from './summary'

const questions = loadQuizBank(readQuizFiles()) as QuizQuestion[]
const part4 = questions.filter(q => q.part === 4)

describe('self-test summary', () => {
  it('nothing saved: every part of the bank, none answered', () => {
    const summary = selfTestSummary(questions, null).parts
    expect(summary.map(p => p.part)).toEqual(['definitions', 1, 2, 3, 4, 5])
    expect(summary.every(p => p.answered === 0 && p.total > 0)).toBe(true)
  })

  it('scores the saved answers in their part only', () => {
    const early = part4.find(q => q.id === 'early-recurrence-months')!
    const saved = serializeQuizProgress({ phase: 'results', scope: 4, feedback: 'immediate', queue: part4.map(q => q.id), index: part4.length - 1, answers: { [early.id]: 6 }, round: 1, certaintyOn: false, certainties: {}, best: {} })
    const byPart = Object.fromEntries(selfTestSummary(questions, saved).parts.map(p => [p.part, p]))
    expect(byPart[4]).toMatchObject({ answered: 1, right: 1, total: part4.length })
    expect(byPart[1]).toMatchObject({ answered: 0, right: 0 })
  })

  it('gives the certainty calibration of the saved answers and the best whole-test score', () => {
    const early = part4.find(q => q.id === 'early-recurrence-months')!
    const wrongSure = part4.find(q => q.type === 'single')!
    const wrongOption = wrongSure.type === 'single' ? wrongSure.options.find(o => o.id !== wrongSure.correct)!.id : ''
    const saved = serializeQuizProgress({
      phase: 'results', scope: 'all', feedback: 'immediate', queue: [early.id, wrongSure.id], index: 1, round: 1,
      answers: { [early.id]: 6, [wrongSure.id]: wrongOption },
      certaintyOn: true, certainties: { [early.id]: 'medium', [wrongSure.id]: 'high' },
      best: { all: { points: 20, total: questions.length } },
    })
    const summary = selfTestSummary(questions, saved)
    // medium right +2, high wrong −6
    expect(summary.certainty).toMatchObject({ answered: 2, right: 1, marks: -4, maxMarks: 6, sureAndWrong: [wrongSure.id] })
    expect(summary.best).toEqual({ points: 20, total: questions.length })
  })
})

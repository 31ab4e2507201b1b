import { createActor, initialTransition, transition } from 'xstate'
import { getShortestPaths, getSimplePaths } from 'xstate/graph'
import { describe, expect, it } from 'vitest'
import { SAVED_AT_0DC30EF, smallBank as bank, smallBankAnswers as answersFor } from '../../tests/unit/support/quizFixture'
import { bestScore, currentQuestion, partScores, progressOf, type QuizEvent, quizMachine, type QuizPhase, type QuizProgress, savedState, toProgress, wrongQuestions } from './quizMachine'
import { parseQuizProgress } from './progress-codec'

/** The first screen with certainty turned off, as a learner does: plain answers keep the paths short. */
const plainQuiz = transition(quizMachine, initialTransition(quizMachine, { questions: bank })[0], { type: 'quiz.setCertainty', on: false })[0]

type LabelledAnswer = Extract<QuizEvent, { type: 'quiz.answer' }> & { label: 'right' | 'wrong'; questionId: string }
type Snapshot = ReturnType<typeof quizMachine.transition>

function phaseOf(snapshot: Snapshot): QuizPhase {
  return snapshot.value as QuizPhase
}

function possibleEvents(snapshot: Snapshot): QuizEvent[] {
  switch (phaseOf(snapshot)) {
    case 'idle':
      return [
        { type: 'quiz.setFeedback', feedback: snapshot.context.feedback === 'end' ? 'immediate' : 'end' },
        { type: 'quiz.setScope', scope: snapshot.context.scope === 'all' ? 3 : 'all' },
        { type: 'quiz.start' },
      ]
    case 'answering': {
      const id = snapshot.context.queue[snapshot.context.index]
      return (['right', 'wrong'] as const).map(label => ({ type: 'quiz.answer', answer: answersFor[id][label], label, questionId: id }) as LabelledAnswer)
    }
    case 'feedback':
      return [{ type: 'quiz.next' }]
    case 'results':
      return [{ type: 'quiz.review' }, { type: 'quiz.retryWrong' }, { type: 'quiz.reset' }]
    case 'review':
      return [{ type: 'quiz.back' }, { type: 'quiz.retryWrong' }]
    default:
      return []
  }
}

const traversal = {
  fromState: plainQuiz,
  events: possibleEvents,
  // The round counter is reduced to first pass / retry, and a retry's results end the walk: retry loops stay finite.
  serializeState: (snapshot: Snapshot) => {
    const { round, ...progress } = toProgress(snapshot.context, phaseOf(snapshot))
    return JSON.stringify([progress, round > 1])
  },
  stopWhen: (snapshot: Snapshot) => phaseOf(snapshot) === 'results' && snapshot.context.round > 1,
  serializeEvent: (event: QuizEvent) => JSON.stringify(event),
}

/** What the learner should see after the path: right/wrong per question, from the labels of the answers given. */
function expectedVerdicts(steps: Array<{ event: QuizEvent }>): Map<string, 'right' | 'wrong'> {
  const verdicts = new Map<string, 'right' | 'wrong'>()
  for (const { event } of steps) {
    if (event.type === 'quiz.reset' || event.type === 'quiz.start')
      verdicts.clear()
    if (event.type === 'quiz.answer')
      verdicts.set((event as LabelledAnswer).questionId, (event as LabelledAnswer).label)
  }
  return verdicts
}

const describePath = (steps: Array<{ event: QuizEvent }>) => steps.map(({ event }) => event.type === 'quiz.answer'
  ? `${(event as LabelledAnswer).questionId}:${(event as LabelledAnswer).label}`
  : event.type.replace('quiz.', '') + ('feedback' in event ? `(${event.feedback})` : '') + ('scope' in event ? `(${event.scope})` : '')).join(' → ')

const toResults = { ...traversal, toState: (snapshot: Snapshot) => phaseOf(snapshot) === 'results' }

describe('every shortest path to the results screen (xstate/graph) shows the score the answers earned', () => {
  const paths = getShortestPaths(quizMachine, toResults)

  it('explores every way through the quiz: both feedback modes, both scopes, retries', () => {
    expect(paths.length).toBeGreaterThan(20)
    const modes = new Set(paths.map(path => path.state.context.feedback))
    const scopes = new Set(paths.map(path => path.state.context.scope))
    expect(modes).toEqual(new Set(['immediate', 'end']))
    expect(scopes).toEqual(new Set(['all', 3]))
    expect(paths.some(path => path.state.context.round > 1)).toBe(true)
  })

  for (const path of paths) {
    it(describePath(path.steps) || '(start)', () => {
      const verdicts = expectedVerdicts(path.steps)
      const context = path.state.context
      const inScope = bank.filter(q => context.scope === 'all' || q.part === context.scope)
      // every question of the chosen scope was answered, and only those
      expect([...verdicts.keys()].sort()).toEqual(inScope.map(q => q.id).sort())
      for (const score of partScores(context)) {
        const ids = inScope.filter(q => q.part === score.part).map(q => q.id)
        expect(score.right, `part ${score.part}`).toBe(ids.filter(id => verdicts.get(id) === 'right').length)
        expect(score.total).toBe(ids.length)
      }
      expect(wrongQuestions(context).map(q => q.id)).toEqual(inScope.filter(q => verdicts.get(q.id) === 'wrong').map(q => q.id))
      expect(progressOf(context, 'results')).toMatchObject({ done: context.queue.length, total: context.queue.length })
    })
  }
})

describe('simple paths of one full self-test with immediate feedback (xstate/graph)', () => {
  const paths = getSimplePaths(quizMachine, {
    ...toResults,
    events: (snapshot: Snapshot) => possibleEvents(snapshot).filter(event => event.type !== 'quiz.setScope' && event.type !== 'quiz.setFeedback'),
    stopWhen: (snapshot: Snapshot) => phaseOf(snapshot) === 'results',
  })

  it('has one path per combination of right and wrong answers (2³ = 8)', () => {
    expect(paths).toHaveLength(8)
  })

  for (const path of paths) {
    it(`${describePath(path.steps)}: feedback after every answer, then the results`, () => {
      const phases = path.steps.map(step => phaseOf(step.state))
      expect(phases.filter(phase => phase === 'feedback')).toHaveLength(bank.length)
      // the answer is followed by its feedback, never by the next question directly
      path.steps.forEach((step, i) => {
        if (step.event.type === 'quiz.answer')
          expect(phases[i]).toBe('feedback')
      })
    })
  }
})

describe('quiz flow', () => {
  const start = () => plainQuiz
  const send = (snapshot: Snapshot, ...events: QuizEvent[]) => events.reduce((s, e) => transition(quizMachine, s, e)[0], snapshot)

  it('starts at the choice of questions and feedback', () => {
    expect(start().value).toBe('idle')
  })

  it('at the end of the quiz (end-of-quiz feedback) goes straight to the next question after an answer', () => {
    const s = send(start(), { type: 'quiz.setFeedback', feedback: 'end' }, { type: 'quiz.start' }, { type: 'quiz.answer', answer: 71.2 })
    expect(s.value).toBe('answering')
    expect(currentQuestion(s.context)?.id).toBe('std')
  })

  it('ignores an answer that does not fit the question (unknown option, text for a number)', () => {
    const s = send(start(), { type: 'quiz.start' }, { type: 'quiz.answer', answer: 'eighty' })
    expect(s.value).toBe('answering')
    expect(s.context.answers).toEqual({})
    const t = send(start(), { type: 'quiz.setScope', scope: 3 }, { type: 'quiz.start' }, { type: 'quiz.answer', answer: 'z' })
    expect(t.value).toBe('answering')
  })

  it('a part quiz asks only that part\'s questions', () => {
    const s = send(start(), { type: 'quiz.setScope', scope: 3 }, { type: 'quiz.start' })
    expect(s.context.queue).toEqual(['std', 'sbrt'])
  })

  it('retries only the wrong answers, and cannot retry when all are right', () => {
    const s = send(start(), { type: 'quiz.setFeedback', feedback: 'end' }, { type: 'quiz.start' },
      { type: 'quiz.answer', answer: 83 }, { type: 'quiz.answer', answer: 'c' }, { type: 'quiz.answer', answer: false })
    expect(s.value).toBe('results')
    const retry = send(s, { type: 'quiz.retryWrong' })
    expect(retry.value).toBe('answering')
    expect(retry.context.queue).toEqual(['std'])
    expect(retry.context.round).toBe(2)
    const fixed = send(retry, { type: 'quiz.answer', answer: 'b' })
    expect(fixed.value).toBe('results')
    expect(wrongQuestions(fixed.context)).toEqual([])
    expect(send(fixed, { type: 'quiz.retryWrong' }).value).toBe('results')
    expect(send(fixed, { type: 'quiz.review' }).value).toBe('results')
  })

  it('reset from the middle of a quiz returns to the start with no answers, keeping the learner\'s choices', () => {
    const s = send(start(), { type: 'quiz.setFeedback', feedback: 'end' }, { type: 'quiz.setScope', scope: 1 }, { type: 'quiz.start' }, { type: 'quiz.answer', answer: 83 }, { type: 'quiz.reset' })
    expect(s.value).toBe('idle')
    expect(s.context).toMatchObject({ answers: {}, queue: [], index: 0, round: 1, feedback: 'end', scope: 1 })
  })

  it('resumes saved progress in the phase it was saved in (resolveState, then createActor with the snapshot)', () => {
    const saved: QuizProgress = { phase: 'feedback', scope: 'all', feedback: 'immediate', queue: ['os', 'std', 'sbrt'], index: 1, answers: { os: 80, std: 'a' }, round: 1, certaintyOn: false, certainties: {}, best: {} }
    const s = createActor(quizMachine, { input: { questions: bank }, snapshot: savedState(saved, bank) }).start().getSnapshot()
    expect(s.value).toBe('feedback')
    expect(currentQuestion(s.context)?.id).toBe('std')
    expect(toProgress(s.context, 'feedback')).toEqual(saved)
    expect(savedState({ ...saved, phase: 'review' }, bank).value).toBe('review')
  })
})

describe('persistence is injected with .provide', () => {
  it('saves the progress on entering each screen, so a reload lands on the same one', () => {
    const saved: QuizProgress[] = []
    const actor = createActor(quizMachine.provide({ actions: { persist: ({ context }, { phase }) => saved.push(toProgress(context, phase)) } }), { input: { questions: bank } })
    actor.start()
    actor.send({ type: 'quiz.start' })
    actor.send({ type: 'quiz.answer', answer: 80, certainty: 'medium' })
    actor.send({ type: 'quiz.next' })
    expect(saved.map(p => p.phase)).toEqual(['idle', 'answering', 'feedback', 'answering'])
    expect(saved.at(-1)).toMatchObject({ index: 1, answers: { os: 80 } })
  })

  it('without .provide the machine saves nothing and still runs', () => {
    const actor = createActor(quizMachine, { input: { questions: bank } }).start()
    actor.send({ type: 'quiz.start' })
    expect(actor.getSnapshot().value).toBe('answering')
  })
})

describe('certainty-based marking and spaced review in the quiz', () => {
  const start = () => initialTransition(quizMachine, { questions: bank })[0]
  const send = (snapshot: Snapshot, ...events: QuizEvent[]) => events.reduce((s, e) => transition(quizMachine, s, e)[0], snapshot)

  it('asks for a certainty by default: an answer without one is not taken', () => {
    const s = send(start(), { type: 'quiz.start' }, { type: 'quiz.answer', answer: 80 })
    expect(s.value).toBe('answering')
    const t = send(s, { type: 'quiz.answer', answer: 80, certainty: 'high' })
    expect(t.value).toBe('feedback')
    expect(t.context.certainties).toEqual({ os: 'high' })
  })

  it('turned off, the quiz takes plain answers and keeps no certainty', () => {
    const s = send(start(), { type: 'quiz.setCertainty', on: false }, { type: 'quiz.start' }, { type: 'quiz.answer', answer: 80, certainty: 'high' })
    expect(s.value).toBe('feedback')
    expect(s.context.certainties).toEqual({})
  })

  it('schedules each answered question for review with its verdict and certainty (medium when not asked)', () => {
    const scheduled: unknown[] = []
    const machine = quizMachine.provide({ actions: { scheduleReview: (_, params) => scheduled.push(params) } })
    const actor = createActor(machine, { input: { questions: bank } }).start()
    actor.send({ type: 'quiz.setFeedback', feedback: 'end' })
    actor.send({ type: 'quiz.start' })
    actor.send({ type: 'quiz.answer', answer: answersFor.os.right, certainty: 'low' })
    actor.send({ type: 'quiz.answer', answer: answersFor.std.wrong, certainty: 'high' })
    expect(scheduled).toEqual([{ id: 'os', right: true, certainty: 'low' }, { id: 'std', right: false, certainty: 'high' }])
    const plain = createActor(machine, { input: { questions: bank } }).start()
    plain.send({ type: 'quiz.setCertainty', on: false })
    plain.send({ type: 'quiz.start' })
    plain.send({ type: 'quiz.answer', answer: answersFor.os.wrong })
    expect(scheduled.at(-1)).toEqual({ id: 'os', right: false, certainty: 'medium' })
  })

  it('keeps the best score of the scope across "start over", and a worse round does not lower it', () => {
    const answerAll = (snapshot: Snapshot, labels: Array<'right' | 'wrong'>) => send(snapshot, { type: 'quiz.setFeedback', feedback: 'end' }, { type: 'quiz.start' },
      ...labels.map((label, i) => ({ type: 'quiz.answer' as const, answer: answersFor[bank[i].id][label], certainty: 'medium' as const })))
    const first = answerAll(start(), ['right', 'right', 'wrong'])
    expect(first.value).toBe('results')
    expect(bestScore(first.context)).toEqual({ points: 2, total: 3 })
    const worse = answerAll(send(first, { type: 'quiz.reset' }), ['wrong', 'wrong', 'wrong'])
    expect(bestScore(worse.context)).toEqual({ points: 2, total: 3 })
    const better = answerAll(send(worse, { type: 'quiz.reset' }), ['right', 'right', 'right'])
    expect(bestScore(better.context)).toEqual({ points: 3, total: 3 })
    expect(send(better, { type: 'quiz.setScope', scope: 3 }).context.best).toEqual({ all: { points: 3, total: 3 } })
  })
})

describe('progress saved by the deck before resume went through XState\'s resolveState (commit 0dc30ef) resumes on the same screen', () => {
  const SAVED = SAVED_AT_0DC30EF
  function resume(text: string) {
    const { progress, notice } = parseQuizProgress(text, bank)
    expect(notice).toBeNull()
    const saves: QuizPhase[] = []
    const machine = quizMachine.provide({ actions: { persist: (_, { phase }) => saves.push(phase) } })
    const actor = createActor(machine, { input: { questions: bank }, snapshot: savedState(progress!, bank) }).start()
    return { actor, saves }
  }

  it('start, os right (high), next, std wrong (low): the feedback on std, then sbrt; resuming saves nothing by itself', () => {
    const { actor, saves } = resume(SAVED.feedback)
    expect(actor.getSnapshot().value).toBe('feedback')
    expect(currentQuestion(actor.getSnapshot().context)?.id).toBe('std')
    expect(actor.getSnapshot().context).toMatchObject({ answers: { os: 80, std: 'a' }, certainties: { os: 'high', std: 'low' }, round: 1 })
    expect(saves).toEqual([])
    actor.send({ type: 'quiz.next' })
    expect(actor.getSnapshot().value).toBe('answering')
    expect(currentQuestion(actor.getSnapshot().context)?.id).toBe('sbrt')
    expect(saves).toEqual(['answering'])
  })

  it('part 3 with end-of-quiz feedback, std right (medium): sbrt on screen, and its answer ends the round', () => {
    const { actor } = resume(SAVED.endAnswering)
    expect(actor.getSnapshot().value).toBe('answering')
    expect(actor.getSnapshot().context).toMatchObject({ scope: 3, feedback: 'end' })
    expect(currentQuestion(actor.getSnapshot().context)?.id).toBe('sbrt')
    actor.send({ type: 'quiz.answer', answer: false, certainty: 'high' })
    expect(actor.getSnapshot().value).toBe('results')
    expect(partScores(actor.getSnapshot().context)).toEqual([{ part: 3, points: 2, total: 2, answered: 2, right: 2 }])
  })

  it('a round ended with os and sbrt right: the score, the best score 2 / 3, and std to review', () => {
    const { actor } = resume(SAVED.results)
    expect(actor.getSnapshot().value).toBe('results')
    expect(bestScore(actor.getSnapshot().context)).toEqual({ points: 2, total: 3 })
    expect(wrongQuestions(actor.getSnapshot().context).map(q => q.id)).toEqual(['std'])
    actor.send({ type: 'quiz.review' })
    expect(actor.getSnapshot().value).toBe('review')
  })

  it('the review of std and sbrt, wrong: back to the score, or a retry of those two only', () => {
    const { actor } = resume(SAVED.review)
    expect(actor.getSnapshot().value).toBe('review')
    expect(wrongQuestions(actor.getSnapshot().context).map(q => q.id)).toEqual(['std', 'sbrt'])
    actor.send({ type: 'quiz.retryWrong' })
    expect(actor.getSnapshot().context).toMatchObject({ queue: ['std', 'sbrt'], index: 0, round: 2 })
  })

  it('the retry of std and sbrt with std now right: sbrt on screen; right, it raises the best score to 3 / 3', () => {
    const { actor } = resume(SAVED.retry)
    expect(actor.getSnapshot().value).toBe('answering')
    expect(actor.getSnapshot().context.round).toBe(2)
    expect(currentQuestion(actor.getSnapshot().context)?.id).toBe('sbrt')
    actor.send({ type: 'quiz.answer', answer: false, certainty: 'medium' })
    expect(actor.getSnapshot().value).toBe('results')
    expect(bestScore(actor.getSnapshot().context)).toEqual({ points: 3, total: 3 })
  })

  it('part 1 chosen and certainty turned off, not started: the same choices, and an answer without certainty is taken', () => {
    const { actor } = resume(SAVED.idle)
    expect(actor.getSnapshot().value).toBe('idle')
    expect(actor.getSnapshot().context).toMatchObject({ scope: 1, certaintyOn: false })
    actor.send({ type: 'quiz.start' })
    actor.send({ type: 'quiz.answer', answer: 80 })
    expect(actor.getSnapshot().value).toBe('feedback')
  })
})

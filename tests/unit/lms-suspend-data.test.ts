// @vitest-environment node
import type { CaseEvent } from '../../machines/case/caseMachine'
import type { QuizAnswer } from '../../machines/quiz/schema'
import type { Scorm12Api } from '../../lib/lms/find-api'
import { afterAll, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { deflateSync, strToU8 } from 'fflate'
import { serializeReviewSchedule, type ReviewSchedule } from '../../lib/learner/review-schedule'
import { scheduleAnswer } from '../../lib/learner/review-scheduler'
import { collapseRepeatedChoices, decodeSuspendData, encodeSuspendData, fitSuspendData, isWritableSuspendData, SCORM12_SUSPEND_LIMIT } from '../../lib/lms/suspend-data'
import { makeCaseProgress, replayEvents } from '../../machines/case/progress-codec'
import { scoreOf } from '../../machines/case/view'
import { pathOf } from '../../machines/case/caseMachine'
import { ALL_OPTIONS } from '../../machines/case/ids'
import { initialSnapshot, stateMetaOf, step } from '../../machines/case/walk'
import { serializeQuizProgress } from '../../machines/quiz/progress-codec'
import { QUIZ_PARTS } from '../../machines/quiz/schema'
import { scorm12Adapter } from '../../setup/lms/scormAdapters'
import { cases, fullProgress, questions } from '../fixtures/full-progress'
import { caseStorageKey, QUIZ_STORAGE_KEY } from '../../lib/learner/storage-keys'

// suspend_data's bound, proven on generated progress rather than on one hand-made state. fast-check generates the
// learner's whole progress: every shipped case played by a random walk of the case machine (the choices it offers,
// wrong ones repeated at will), the self-test with random valid answers (numeric answers and best scores with as
// many digits as a double has), certainties and phase, and a review schedule built by ts-fsrs from hundreds of
// random reviews at random times. Adversarial states push each part to its worst: every case its longest journal
// with long runs of repeated wrong choices, every question answered, digits that do not compress.
// What is proven: (1) `fitSuspendData` never returns more than 4,096 characters (by construction, checked on every
// state); (2) what it keeps of the cases and the self-test is always all of it (only repeats and review cards give
// way), because their encoding alone stays far below the limit: its maximum is measured here and asserted under
// 3,000 characters; (3) a string over the limit is never handed to the LMS.

const REVIEW_KEY = 'omd.review.v1'
const seen = { essential: 0, whole: 0, fitted: 0, droppedCards: 0 }
afterAll(() => {
  console.info(`suspend_data, largest seen: cases and self-test alone ${seen.essential} characters; whole progress before fitting ${seen.whole}; written ${seen.fitted} (limit ${SCORM12_SUSPEND_LIMIT}); at most ${seen.droppedCards} review cards left out`)
})

/** A case played by a random walk of its machine: `picks` chooses each next event; `repeats` replays wrong choices. */
function walkCase(caseFile: (typeof cases)[number], picks: number[], repeats: number): CaseEvent[] {
  const events: CaseEvent[] = [{ type: 'learner.start' }]
  let snapshot = step(initialSnapshot(caseFile), events[0])
  const play = (event: CaseEvent) => {
    events.push(event)
    snapshot = step(snapshot, event)
  }
  for (const pick of picks) {
    const meta = stateMetaOf(snapshot)
    if (meta.node) {
      const offered = ALL_OPTIONS.filter(option => snapshot.can({ type: 'learner.choose', option }))
      const event: CaseEvent = { type: 'learner.choose', option: offered[pick % offered.length] }
      const at = snapshot.value
      play(event)
      for (let r = 0; snapshot.value === at && r < repeats; r++)
        play(event)
    }
    else if (meta.restages) {
      play({ type: 'case.restage' })
    }
    else if (snapshot.can({ type: 'learner.debrief' })) {
      play({ type: 'learner.debrief' })
    }
    else {
      break
    }
  }
  return events
}

const caseArb = fc.record({ picks: fc.array(fc.nat({ max: 11 }), { maxLength: 30 }), repeats: fc.nat({ max: 6 }) })
const certaintyArb = fc.constantFrom('low' as const, 'medium' as const, 'high' as const)
const longDouble = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })

function answerArb(question: (typeof questions)[number]): fc.Arbitrary<QuizAnswer> {
  const ids = question.options.map(o => o.id)
  switch (question.type) {
    case 'single': return fc.constantFrom(...ids)
    case 'multiple': return fc.subarray(ids, { minLength: 1 })
    case 'true-false': return fc.boolean()
    case 'numeric': return fc.oneof(longDouble, fc.constant(question.correct))
  }
}

const quizArb = fc.record({
  answered: fc.subarray(questions.map(q => q.id)),
  answers: fc.tuple(...questions.map(answerArb)),
  certainties: fc.array(certaintyArb, { minLength: questions.length, maxLength: questions.length }),
  phase: fc.constantFrom('idle' as const, 'answering' as const, 'feedback' as const, 'results' as const, 'review' as const),
  round: fc.integer({ min: 1, max: 99 }),
  best: fc.array(fc.double({ min: 0, max: 38, noNaN: true }), { minLength: QUIZ_PARTS.length + 1, maxLength: QUIZ_PARTS.length + 1 }),
})

const reviewEntryArb = fc.record({ question: fc.nat({ max: questions.length - 1 }), right: fc.boolean(), certainty: certaintyArb, after: fc.integer({ min: 1, max: 40 * 86_400_000 }) })
const reviewArb = fc.array(reviewEntryArb, { maxLength: 400 })

const progressArb = fc.record({ cases: fc.tuple(...cases.map(() => caseArb)), quiz: quizArb, reviews: reviewArb, start: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }) })

type Generated = typeof progressArb extends fc.Arbitrary<infer T> ? T : never

function textsOf(generated: Generated): Record<string, string> {
  const texts: Record<string, string> = {}
  cases.forEach((caseFile, i) => {
    texts[caseStorageKey(caseFile.id)] = JSON.stringify(makeCaseProgress(caseFile, walkCase(caseFile, generated.cases[i].picks, generated.cases[i].repeats)))
  })
  const { quiz } = generated
  const answered = new Set(quiz.answered)
  const ids = questions.map(q => q.id)
  texts[QUIZ_STORAGE_KEY] = serializeQuizProgress({
    phase: quiz.phase,
    scope: 'all',
    feedback: 'immediate',
    queue: ids,
    index: Math.min(quiz.answered.length, ids.length - 1),
    answers: Object.fromEntries(questions.flatMap((q, i) => (answered.has(q.id) ? [[q.id, quiz.answers[i]]] : []))),
    round: quiz.round,
    certaintyOn: true,
    certainties: Object.fromEntries(questions.flatMap((q, i) => (answered.has(q.id) ? [[q.id, quiz.certainties[i]]] : []))),
    best: Object.fromEntries(['all', ...QUIZ_PARTS.map(String)].map((scope, i) => [scope, { points: quiz.best[i], total: 38 }])),
  })
  let schedule: ReviewSchedule = {}
  let at = generated.start
  for (const review of generated.reviews) {
    at += review.after
    schedule = scheduleAnswer(schedule, questions[review.question].id, review.right, review.certainty, new Date(at))
  }
  if (generated.reviews.length)
    texts[REVIEW_KEY] = serializeReviewSchedule(schedule)
  return texts
}

/** The cases (repeats kept once) and the self-test, without the review schedule: what must always fit. */
function essentialOf(texts: Record<string, string>): Record<string, string> {
  const essential: Record<string, string> = {}
  for (const [key, text] of Object.entries(texts)) {
    if (key === REVIEW_KEY)
      continue
    const envelope = JSON.parse(text)
    if (envelope.kind === 'case')
      envelope.payload.events = collapseRepeatedChoices(envelope.payload.events)
    essential[key] = JSON.stringify(envelope)
  }
  return essential
}

const parsed = (texts: Record<string, string> | null) => texts && Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, JSON.parse(text)]))

function checkFitted(texts: Record<string, string>) {
  const whole = encodeSuspendData(texts)
  const essential = encodeSuspendData(essentialOf(texts))
  const fitted = fitSuspendData(texts)
  seen.whole = Math.max(seen.whole, whole.length)
  seen.essential = Math.max(seen.essential, essential.length)
  expect(essential.length).toBeLessThan(3000)
  expect(fitted).not.toBeNull()
  seen.fitted = Math.max(seen.fitted, fitted!.data.length)
  seen.droppedCards = Math.max(seen.droppedCards, fitted!.droppedReviewCards.length)
  expect(fitted!.data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT)
  expect(isWritableSuspendData(fitted!.data)).toBe(true)
  const back = parsed(decodeSuspendData(fitted!.data))!
  // The self-test is always kept whole, and every case keeps its state, score and path.
  expect(back[QUIZ_STORAGE_KEY]).toEqual(JSON.parse(texts[QUIZ_STORAGE_KEY]))
  for (const caseFile of cases) {
    const before = replayEvents(caseFile, JSON.parse(texts[caseStorageKey(caseFile.id)]).payload.events)!
    const after = replayEvents(caseFile, back[caseStorageKey(caseFile.id)].payload.events)
    expect(after, caseFile.id).not.toBeNull()
    expect(after!.value).toEqual(before.value)
    expect(scoreOf(after!.context.choices)).toEqual(scoreOf(before.context.choices))
    expect(pathOf(after!.context.choices)).toEqual(pathOf(before.context.choices))
  }
  // Review cards are left out, never altered, the least recently reviewed first.
  const kept = back[REVIEW_KEY]?.payload ?? {}
  const all = texts[REVIEW_KEY] ? JSON.parse(texts[REVIEW_KEY]).payload : {}
  for (const [id, card] of Object.entries(kept))
    expect(card).toEqual(all[id])
  const reviewedAt = (id: string) => Date.parse(all[id].last_review ?? all[id].due)
  const oldestKept = Math.min(...Object.keys(kept).map(reviewedAt))
  for (const id of fitted!.droppedReviewCards)
    expect(reviewedAt(id)).toBeLessThanOrEqual(oldestKept)
}

describe('suspend_data for the LMS', () => {
  it('gives back exactly the progress it was made from (random progress)', () => {
    fc.assert(fc.property(progressArb, (generated) => {
      const texts = textsOf(generated)
      expect(parsed(decodeSuspendData(encodeSuspendData(texts)))).toEqual(parsed(texts))
    }), { numRuns: 30 })
  }, 120_000)

  it(`never exceeds SCORM 1.2's ${SCORM12_SUSPEND_LIMIT} characters, and always keeps every case and the whole self-test (random progress)`, () => {
    fc.assert(fc.property(progressArb, generated => checkFitted(textsOf(generated))), { numRuns: 80 })
  }, 240_000)

  it('holds on adversarial progress: every case its longest way with wrong choices repeated, every question answered with long numbers, hundreds of reviews', () => {
    const longest = fc.record({ picks: fc.array(fc.nat({ max: 11 }), { minLength: 30, maxLength: 30 }), repeats: fc.constant(6) })
    const adversarial = fc.record({
      cases: fc.tuple(...cases.map(() => longest)),
      quiz: quizArb.map(quiz => ({ ...quiz, answered: questions.map(q => q.id), phase: 'results' as const, round: 99 })),
      reviews: fc.array(reviewEntryArb, { minLength: 300, maxLength: 400 }),
      start: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
    })
    fc.assert(fc.property(adversarial, generated => checkFitted(textsOf(generated))), { numRuns: 40 })
    // The hand-made maximum of the earlier tests (every case the longest way, all answered, three reviews each).
    checkFitted(fullProgress())
  }, 240_000)

  it('reads the first format (omd1), which earlier packages left in LMSes', () => {
    const texts = fullProgress()
    const compact = Object.fromEntries(Object.entries(texts).map(([key, text]) => {
      const { version, kind, payload } = JSON.parse(text)
      return [key.replace(/^omd\./, ''), [version, kind, payload]]
    }))
    const packed = deflateSync(strToU8(JSON.stringify(compact)), { level: 9 })
    const omd1 = `omd1:${btoa(String.fromCharCode(...packed))}`
    expect(parsed(decodeSuspendData(omd1))).toEqual(parsed(texts))
  })

  it('ignores what is not its own: nothing, another course\'s data, a damaged string', () => {
    expect(decodeSuspendData('')).toBeNull()
    expect(decodeSuspendData('bookmark=12')).toBeNull()
    expect(decodeSuspendData('omd2:not-base64-@@@')).toBeNull()
    expect(encodeSuspendData({ 'omd.case.x.v1': 'not json' })).toBe(encodeSuspendData({}))
  })

  it('a string over the limit is never handed to the LMS: the adapter does not set it, the LMS keeps its copy', () => {
    const set: [string, string][] = []
    const api: Scorm12Api = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSGetValue: element => ({ 'cmi.core.lesson_mode': 'normal', 'cmi.core.credit': 'credit', 'cmi.suspend_data': 'omd2:earlier' } as Record<string, string>)[element] ?? '',
      LMSSetValue: (element, value) => { set.push([element, value]); return 'true' },
      LMSCommit: () => 'true',
      LMSGetLastError: () => '0',
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const adapter = scorm12Adapter(api)
    expect(adapter.setSuspendData(`omd2:${'A'.repeat(SCORM12_SUSPEND_LIMIT)}`)).toBe(false)
    expect(adapter.setSuspendData('omd2:\u00E9')).toBe(false)
    expect(set).toEqual([])
    expect(adapter.setSuspendData(`omd2:${'A'.repeat(SCORM12_SUSPEND_LIMIT - 5)}`)).toBe(true)
    expect(set.map(([element, value]) => [element, value.length])).toEqual([['cmi.suspend_data', SCORM12_SUSPEND_LIMIT]])
    warn.mockRestore()
  })
})

import type { Certainty } from '../../lib/learner/certainty'
import type { QuizAnswer, QuizPart, QuizQuestion } from './schema'
import { certaintyMark } from '../../lib/learner/certainty'
import { describeCorrect, withUnit } from './answers'
import { QUIZ_PARTS } from './parts'
import { formatPoints } from './scoring'

/**
 * What the quiz components show, computed without Vue: the answer-key flag, the learner's draft answer and what
 * is missing from it, the verdict and the right answer's text.
 */

/**
 * The answer key prints when the deck is opened with `?key` before the hash (what `npm run export -- --key`
 * does: `/?print=true&key#/print`), or with `answers` (or `key`) in the route query after it
 * (`#/quiz-part-1?answers`, handy for checking one slide by hand).
 */
export function isQuizKeyRequest(search: string, hash = ''): boolean {
  if (new URLSearchParams(search).has('key'))
    return true
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : ''
  const params = new URLSearchParams(query)
  return params.has('answers') || params.has('key')
}

/** `part="1"` or `part="definitions"` → the part; anything else → null (the component says so). */
export function partFromProp(value: string | number | undefined): QuizPart | null {
  if (value === 'definitions')
    return 'definitions'
  const number = Number(value)
  return QUIZ_PARTS.find(part => part === number) ?? null
}

/** A typed estimate → a number: accepts "83.1", "83,1", " 83 %"; null when it is not a number. */
export function parseEstimate(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(',', '.')
  if (!/^-?\d+(?:\.\d+)?$|^-?\.\d+$/.test(cleaned))
    return null
  return Number(cleaned)
}

/** What the learner has picked or typed before submitting. */
export interface AnswerDraft {
  choice: string
  choices: string[]
  estimate: string
}

const EMPTY_DRAFT: AnswerDraft = { choice: '', choices: [], estimate: '' }

/** The draft as an answer the machine accepts, or null while it is incomplete. */
export function draftToAnswer(question: QuizQuestion, draft: AnswerDraft): QuizAnswer | null {
  switch (question.type) {
    case 'single':
      return draft.choice || null
    case 'true-false':
      return draft.choice === 'true' ? true : draft.choice === 'false' ? false : null
    case 'multiple':
      return draft.choices.length > 0 ? [...draft.choices].sort() : null
    case 'numeric':
      return parseEstimate(draft.estimate)
  }
}

/** Why a draft cannot be submitted yet ('' when it can): no answer, or no certainty while certainty is asked. */
export function draftProblem(question: QuizQuestion, answer: QuizAnswer | null, certaintyMissing: boolean): string {
  if (answer === null)
    return question.type === 'numeric' ? 'Type a number first.' : 'Choose an answer first.'
  return certaintyMissing ? 'Say how sure you are first.' : ''
}

export const TYPE_HINTS: Record<QuizQuestion['type'], string> = {
  'single': 'Choose one answer.',
  'multiple': 'Choose every answer that applies (partial credit).',
  'true-false': 'True or false?',
  'numeric': 'Type your estimate.',
}

export function optionLetter(question: QuizQuestion, optionId: string): string {
  return question.type === 'true-false' ? '' : optionId.toUpperCase()
}

export function isCorrectOption(question: QuizQuestion, optionId: string): boolean {
  switch (question.type) {
    case 'single':
      return question.correct === optionId
    case 'multiple':
      return question.correct.includes(optionId)
    case 'true-false':
      return String(question.correct) === optionId
    case 'numeric':
      return false
  }
}

/** The accepted interval of a numeric question, as shown to the learner ("78.1 to 88.1"). */
export function acceptedRange(question: Extract<QuizQuestion, { type: 'numeric' }>): [number, number] {
  const round = (value: number) => Math.round(value * 1e6) / 1e6
  return [round(question.correct - question.tolerance), round(question.correct + question.tolerance)]
}

/**
 * The right answer as read after "Answer:", the same on the quiz slides and in the self-test. `short`: the options are
 * on screen and marked, so their letters suffice; in full, the options' text. A numeric answer says the interval accepted.
 */
export function correctAnswerText(question: QuizQuestion, short = false): string {
  if (short && question.type === 'single')
    return question.correct.toUpperCase()
  if (short && question.type === 'multiple')
    return question.correct.map(id => id.toUpperCase()).join(', ')
  if (question.type === 'numeric') {
    const [low, high] = acceptedRange(question)
    return `${withUnit(question.correct, question.unit)} (accepted ${low} to ${withUnit(high, question.unit)})`
  }
  return describeCorrect(question)
}

/** The verdict on a submitted answer, from its score (0 to 1). */
export function verdictText(score: number): string {
  if (score === 1)
    return 'Right.'
  return score > 0 ? `Partly right (${formatPoints(score)} point).` : 'Not right.'
}

/** What the certainty given with an answer earned: "Certainty high: −6.". */
export function certaintyText(right: boolean, level: Certainty): string {
  const mark = certaintyMark(right, level)
  return `Certainty ${level}: ${mark > 0 ? '+' : mark < 0 ? '−' : ''}${Math.abs(mark)}.`
}

/** How many of `questions` each part of the lecture has, in lecture order (the self-test's choice of questions). */
export function questionsPerPart(questions: readonly QuizQuestion[]): Array<{ part: QuizPart, count: number }> {
  return QUIZ_PARTS.map(part => ({ part, count: questions.filter(q => q.part === part).length }))
}

/** Link to the slide that teaches a question (hash routing: works on any static host). */
export function slideHref(alias: string): string {
  return `#/${alias}`
}

/** A submitted answer shown back in the inputs (feedback screen, also after a reload). */
export function answerToDraft(answer: QuizAnswer | undefined): AnswerDraft {
  if (answer === undefined)
    return { ...EMPTY_DRAFT, choices: [] }
  if (Array.isArray(answer))
    return { ...EMPTY_DRAFT, choices: [...answer] }
  if (typeof answer === 'number')
    return { ...EMPTY_DRAFT, choices: [], estimate: String(answer) }
  return { ...EMPTY_DRAFT, choices: [], choice: String(answer) }
}

interface SlideLike { meta?: { slide?: { frontmatter?: Record<string, unknown>; title?: string } | null } }

/** The teaching slide's title as the deck knows it (plain frontmatter title first), for the review's links. */
export function teachingSlideTitle(slides: readonly SlideLike[] | undefined, alias: string): string | null {
  const slide = slides?.find(route => route.meta?.slide?.frontmatter?.routeAlias === alias)?.meta?.slide
  const raw = typeof slide?.frontmatter?.title === 'string' ? slide.frontmatter.title : slide?.title
  if (!raw)
    return null
  const plain = raw.replace(/<[^>]*>/g, '').replace(/[*`]/g, '').replace(/\s+/g, ' ').trim()
  return plain || null
}

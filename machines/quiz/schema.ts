import { z } from 'zod'
import { LECTURE_SLIDES, type LectureSlide } from '../../data/outline'
import type { QuizPart } from './parts'

export { PART_TITLES, QUIZ_PARTS, type QuizPart } from './parts'

/**
 * The question bank's schema (cases/questions/*.yaml) and the shape of a question once its `{{data.path}}`
 * templates are resolved. The loader that applies it lives in machines/quiz/bank.ts.
 */

/** How many questions a part's quiz slide holds: enough to check the room, few enough to print legibly. */
export const POLL_QUESTIONS_PER_PART = { min: 4, max: 5 } as const

/** Route aliases of the teaching slides (data/outline.ts); `slide` must be one of them. */
export const SLIDE_ALIASES = LECTURE_SLIDES as [LectureSlide, ...LectureSlide[]]
export type SlideAlias = LectureSlide

/**
 * A `{{dotted.data.path}}` placeholder, resolved from data/ by lib/deck/lookup.ts; `{{path|1}}` fixes the decimals
 * ("0.0" as printed rather than "0").
 */
export const TEMPLATE_PATTERN = /\{\{\s*([^{}\s|]+)\s*(?:\|\s*(\d+)\s*)?\}\}/g

/** Counts sentences the way a reader would: "0.88", "et al." or the lecture's "..." do not end one. */
export function countSentences(text: string): number {
  const withoutAbbreviations = text.replace(/\.{2,}|…/g, ' ').replace(/\b(al|e\.g|i\.e|vs|approx|cf|Fig|mo|pts)\./g, '$1')
  return withoutAbbreviations.split(/[.!?](?:\s+|$)/).filter(part => part.trim().length > 0).length
}

const optionId = z.string().regex(/^[a-h]$/, { error: 'option ids are single letters a to h' })
const text = z.string().trim().min(1, { error: 'must not be empty' })
const options = z.record(optionId, text)
  .refine(record => Object.keys(record).length >= 3, { error: 'needs at least 3 options (plausible distractors)' })

const common = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'ids are kebab-case (a-z, 0-9, -)' }),
  part: z.union([z.literal('definitions'), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)],
    { error: 'part is "definitions" or a number from 1 to 5' }),
  stem: text,
  explanation: text.refine(value => [2, 3].includes(countSentences(value)), { error: 'the explanation has 2 or 3 sentences' }),
  slide: z.enum(SLIDE_ALIASES, { error: issue => `unknown slide alias ${JSON.stringify(issue.input)} (use a route alias from the slide outline)` }),
  /** Asked on the part's quiz slide (the room poll); every question is in the self-test. */
  poll: z.boolean().optional(),
}

const single = z.strictObject({
  ...common,
  type: z.literal('single'),
  options,
  correct: optionId,
}).refine(q => q.correct in q.options, { error: 'is not one of the options', path: ['correct'] })

const multiple = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  options,
  correct: z.array(optionId).min(2, { error: 'a multiple-answer question has at least 2 correct options' }),
})
  .refine(q => q.correct.every(id => id in q.options), { error: 'names an option that does not exist', path: ['correct'] })
  .refine(q => new Set(q.correct).size === q.correct.length, { error: 'lists an option twice', path: ['correct'] })
  .refine(q => q.correct.length < Object.keys(q.options).length, { error: 'at least one option must be wrong', path: ['correct'] })

const trueFalse = z.strictObject({
  ...common,
  type: z.literal('true-false'),
  correct: z.boolean({ error: 'is true or false' }),
})

const NUMERIC_CORRECT = 'is a single {{data.path}} template pointing at a number in data/ (answers are never typed in)'
const numeric = z.strictObject({
  ...common,
  type: z.literal('numeric'),
  /** Must be one data path, e.g. "{{jcog0603.os.hepatectomyAlone.fiveYearPct}}": the answer is never retyped. */
  correct: z.string({ error: NUMERIC_CORRECT }).regex(/^\{\{\s*[^{}\s|]+\s*\}\}$/, { error: NUMERIC_CORRECT }),
  /** Absolute, in the answer's unit; answers within ± tolerance (inclusive) score. */
  tolerance: z.number().nonnegative(),
  unit: z.string().optional(),
})

export const rawQuestionSchema = z.discriminatedUnion('type', [single, multiple, trueFalse, numeric])
export const quizFileSchema = z.strictObject({ questions: z.array(rawQuestionSchema).min(1) })

export type RawQuestion = z.infer<typeof rawQuestionSchema>

export interface QuizOption { id: string; text: string }

interface ResolvedCommon {
  id: string
  part: QuizPart
  stem: string
  explanation: string
  slide: SlideAlias
  /** Options as shown, in file order (true/false questions get True and False). Empty for numeric questions. */
  options: QuizOption[]
  /** Shown on the quiz slide closing its part (4 or 5 per part, so that the printed slide stays legible). */
  poll: boolean
  /** The file the question came from, for error messages. */
  file: string
}

export type QuizQuestion =
  | ResolvedCommon & { type: 'single'; correct: string }
  | ResolvedCommon & { type: 'multiple'; correct: string[] }
  | ResolvedCommon & { type: 'true-false'; correct: boolean }
  | ResolvedCommon & { type: 'numeric'; correct: number; tolerance: number; unit?: string; dataPath: string }

/** A learner's answer: an option id, option ids, true/false, or a number. */
export type QuizAnswer = string | string[] | boolean | number

import { agenda } from '../../data/agenda'

// The self-test's parts and their titles, without the question schema: the screens import these (no zod).

/** Sections of the lecture a question can belong to, in lecture order. */
export const QUIZ_PARTS = ['definitions', 1, 2, 3, 4, 5] as const
export type QuizPart = typeof QUIZ_PARTS[number]

/** "Definitions", then the lecture's agenda titles ("Part 1 · Is chemotherapy always indicated for OMD ?"). */
export const PART_TITLES = Object.fromEntries(QUIZ_PARTS.map(part => [part, part === 'definitions'
  ? 'Definitions'
  : `Part ${part} · ${agenda.parts[part - 1].title}`])) as Record<QuizPart, string>

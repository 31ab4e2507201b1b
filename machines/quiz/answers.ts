import type { QuizAnswer, QuizQuestion } from './schema'

// Answers as a learner reads them, for the screens and the key script (no YAML, no schema: the browser loads this).

export function withUnit(value: number, unit: string | undefined): string {
  if (!unit)
    return String(value)
  return unit === '%' ? `${value}%` : `${value} ${unit}`
}

/** "B. Surgical resection": an option as a learner reads it. */
export function describeOption(question: QuizQuestion, id: string): string {
  const option = question.options.find(o => o.id === id)
  return option ? `${id.toUpperCase()}. ${option.text}` : id
}

/** An answer as a learner would read it ("B. Surgical resection", "True", "83.1%"). */
export function describeAnswer(question: QuizQuestion, answer: QuizAnswer | undefined): string {
  if (answer === undefined)
    return 'no answer'
  switch (question.type) {
    case 'single':
      return describeOption(question, String(answer))
    case 'multiple':
      return Array.isArray(answer) && answer.length > 0 ? [...answer].sort().map(id => describeOption(question, id)).join('; ') : 'no option'
    case 'true-false':
      return answer === true ? 'True' : 'False'
    case 'numeric':
      return withUnit(Number(answer), question.unit)
  }
}

export function describeCorrect(question: QuizQuestion): string {
  return describeAnswer(question, question.correct)
}

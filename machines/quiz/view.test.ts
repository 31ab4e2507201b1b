import { describe, expect, it } from 'vitest'
import type { QuizQuestion } from './schema'
import { acceptedRange, answerToDraft, certaintyText, correctAnswerText, draftProblem, draftToAnswer, isQuizKeyRequest, parseEstimate, partFromProp, questionsPerPart, teachingSlideTitle, verdictText } from './view'

const common = { stem: 'Q', explanation: 'E. F.', slide: 'jcog0603-results' as const, file: 'test.yaml', poll: true }
const numeric: Extract<QuizQuestion, { type: 'numeric' }> = { ...common, id: 'n', part: 1, type: 'numeric', options: [], correct: 83.1, tolerance: 5, unit: '%', dataPath: 'jcog0603.os.hepatectomyAlone.fiveYearPct' }
const trueFalse: QuizQuestion = { ...common, id: 't', part: 1, type: 'true-false', options: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }], correct: false }
const multiple: QuizQuestion = { ...common, id: 'm', part: 1, type: 'multiple', options: ['a', 'b', 'c'].map(id => ({ id, text: id })), correct: ['a', 'b'] }
const single: QuizQuestion = { ...common, id: 's', part: 3, type: 'single', options: [{ id: 'a', text: 'Ablation' }, { id: 'b', text: 'Surgery' }, { id: 'c', text: 'SBRT' }], correct: 'b' }

describe('the answer-key flag of the printed deck', () => {
  it('is on with ?key before the hash (what the answer-key export sets)', () => {
    expect(isQuizKeyRequest('?print=true&range=12,30&key=', '#/print')).toBe(true)
  })
  it('is on with answers in the route query after the hash', () => {
    expect(isQuizKeyRequest('?print=true', '#/quiz-part-1?answers')).toBe(true)
  })
  it('is off for the ordinary PDF export', () => {
    expect(isQuizKeyRequest('?print=true&range=1-45', '#/print')).toBe(false)
    expect(isQuizKeyRequest('', '#/keys-of-the-lecture')).toBe(false)
  })
})

describe('a typed estimate', () => {
  it('accepts a decimal point, a decimal comma and a trailing %', () => {
    expect(parseEstimate('83.1')).toBe(83.1)
    expect(parseEstimate('83,1')).toBe(83.1)
    expect(parseEstimate(' 80 % ')).toBe(80)
  })
  it('refuses text that is not a number', () => {
    expect(parseEstimate('')).toBeNull()
    expect(parseEstimate('about 80')).toBeNull()
    expect(parseEstimate('8O')).toBeNull()
  })
  it('shows the accepted interval without floating-point noise (83.1 ± 5 → 78.1 to 88.1)', () => {
    expect(acceptedRange(numeric)).toEqual([78.1, 88.1])
  })
})

describe('the draft answer', () => {
  const empty = answerToDraft(undefined)
  it('stays incomplete until the learner has chosen or typed something', () => {
    expect(draftToAnswer(numeric, empty)).toBeNull()
    expect(draftToAnswer(multiple, empty)).toBeNull()
    expect(draftToAnswer(trueFalse, empty)).toBeNull()
  })
  it('turns the choice "false" into the boolean false, and a typed number into a number', () => {
    expect(draftToAnswer(trueFalse, { ...empty, choice: 'false' })).toBe(false)
    expect(draftToAnswer(numeric, { ...empty, estimate: '79,5' })).toBe(79.5)
  })
  it('says what is missing before it can be submitted: an answer (a number for an estimate), then a certainty', () => {
    expect(draftProblem(numeric, null, true)).toBe('Type a number first.')
    expect(draftProblem(single, null, true)).toBe('Choose an answer first.')
    expect(draftProblem(single, 'b', true)).toBe('Say how sure you are first.')
    expect(draftProblem(single, 'b', false)).toBe('')
  })
  it('shows a submitted answer back in the inputs', () => {
    expect(answerToDraft(false).choice).toBe('false')
    expect(answerToDraft(['b', 'a']).choices).toEqual(['b', 'a'])
    expect(answerToDraft(80).estimate).toBe('80')
  })
})

describe('the right answer, as the quiz slides and the self-test say it after "Answer:"', () => {
  it('gives the letters only while the options are on screen and marked', () => {
    expect(correctAnswerText(single, true)).toBe('B')
    expect(correctAnswerText(multiple, true)).toBe('A, B')
  })
  it('gives the options in full for the answer key and the review of wrong answers', () => {
    expect(correctAnswerText(single)).toBe('B. Surgery')
    expect(correctAnswerText(multiple)).toBe('A. a; B. b')
  })
  it('says True or False, and a number with its unit and the interval accepted, either way', () => {
    expect(correctAnswerText(trueFalse, true)).toBe('False')
    expect(correctAnswerText(numeric)).toBe('83.1% (accepted 78.1 to 88.1%)')
    expect(correctAnswerText({ ...numeric, unit: 'months' }, true)).toBe('83.1 months (accepted 78.1 to 88.1 months)')
    expect(correctAnswerText({ ...numeric, unit: undefined })).toBe('83.1 (accepted 78.1 to 88.1)')
  })
})

describe('the verdict on an answer', () => {
  it('says right, partly right with the points earned, or not right', () => {
    expect(verdictText(1)).toBe('Right.')
    expect(verdictText(0.5)).toBe('Partly right (0.5 point).')
    expect(verdictText(1 / 3)).toBe('Partly right (0.33 point).')
    expect(verdictText(0)).toBe('Not right.')
  })
  it('says what the certainty earned: right 1 / 2 / 3, wrong 0 / −2 / −6', () => {
    expect(certaintyText(true, 'medium')).toBe('Certainty medium: +2.')
    expect(certaintyText(false, 'high')).toBe('Certainty high: −6.')
    expect(certaintyText(false, 'low')).toBe('Certainty low: 0.')
  })
})

describe('the self-test\'s choice of questions', () => {
  it('counts the questions of every part, in lecture order, parts without questions included', () => {
    expect(questionsPerPart([numeric, trueFalse, single])).toEqual([
      { part: 'definitions', count: 0 }, { part: 1, count: 2 }, { part: 2, count: 0 }, { part: 3, count: 1 }, { part: 4, count: 0 }, { part: 5, count: 0 },
    ])
  })
})

describe('the quiz slide\'s part', () => {
  it('reads the part from the prop as written in markdown', () => {
    expect(partFromProp('1')).toBe(1)
    expect(partFromProp(5)).toBe(5)
    expect(partFromProp('definitions')).toBe('definitions')
    expect(partFromProp('6')).toBeNull()
    expect(partFromProp('part-1')).toBeNull()
  })
})

describe('the review links name the teaching slide', () => {
  const slides = [
    { meta: { slide: { frontmatter: { routeAlias: 'epoc-dfs', title: 'Perioperative chemotherapy improve DFS in resectable patients with ≤ 4 metastases' }, title: 'Perioperative chemotherapy improve DFS **with ≤ <Num v="epoc2008.maxMetastases" /> metastases**' } } },
    { meta: { slide: { frontmatter: { routeAlias: 'objectives' }, title: 'What is the objective when **treating** OMD ?' } } },
  ]
  it('prefers the plain frontmatter title, else the heading without markup', () => {
    expect(teachingSlideTitle(slides, 'epoc-dfs')).toBe('Perioperative chemotherapy improve DFS in resectable patients with ≤ 4 metastases')
    expect(teachingSlideTitle(slides, 'objectives')).toBe('What is the objective when treating OMD ?')
  })
  it('gives nothing for an alias the deck does not have', () => {
    expect(teachingSlideTitle(slides, 'sbrt')).toBeNull()
    expect(teachingSlideTitle(undefined, 'sbrt')).toBeNull()
  })
})

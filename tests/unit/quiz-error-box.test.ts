import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import QuizQuestion from '../../components/quiz/QuizQuestion.vue'
import SelfTest from '../../components/quiz/SelfTest.vue'

// A broken question file must show where it is broken, on the slide, instead of a blank slide.

vi.mock('../../components/composables/useQuizBank', async () => {
  const { loadQuizBank } = await import('../../machines/quiz/bank')
  const broken = `questions:
  - id: broken
    part: 1
    type: single
    stem: Which?
    options: { a: One, b: Two }
    correct: c
    explanation: One sentence only
    slide: jcog0603-results
`
  const error = loadQuizBank({ 'cases/questions/part-1.yaml': broken })
  return { useQuizBank: () => ({ questions: [], error }) }
})

describe('an invalid question bank', () => {
  it.each([['<SelfTest />', SelfTest, {}], ['<QuizQuestion part="1" />', QuizQuestion, { part: '1' }]])('%s shows an error box naming the file and the field', (_, component, props) => {
    const w = mount(component as any, { props })
    const box = w.find('[role="alert"]')
    expect(box.text()).toContain('The question bank cannot be shown.')
    expect(box.text()).toContain('cases/questions/part-1.yaml: questions[0].options (question "broken"): needs at least 3 options')
    expect(box.text()).toContain('cases/questions/part-1.yaml: questions[0].explanation (question "broken"): the explanation has 2 or 3 sentences')
    w.unmount()
  })
})

import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import QuizQuestion from '../../components/quiz/QuizQuestion.vue'
import SelfTest from '../../components/quiz/SelfTest.vue'
import TeachingSlideLink from '../../components/quiz/TeachingSlideLink.vue'
import { QUIZ_STORAGE_KEY } from '../../lib/learner/storage-keys'

// What a learner, a presenter and the room see on the quiz slides, mounted in jsdom with the real question bank.

const shared = vi.hoisted(() => ({
  store: {} as Record<string, unknown>,
  print: { value: false },
  go: null as null | ReturnType<typeof vi.fn>,
  /** The slide's click counter, as Slidev's → moves it (the audience window follows the same counter). */
  clicks: null as null | { value: number },
  registered: [] as { id: string, size: number }[],
}))

vi.mock('../../components/composables/useSharedState', async () => {
  const { computed, reactive } = await import('vue')
  shared.store = reactive<Record<string, unknown>>({})
  return {
    useSharedState: <T>(key: string, initial: T) => computed<T>({
      get: () => (key in shared.store! ? (shared.store![key] as T) : initial),
      set: (value: T) => { shared.store![key] = JSON.parse(JSON.stringify(value)) },
    }),
  }
})

vi.mock('@slidev/client', async () => {
  const { computed, ref } = await import('vue')
  const isPrintMode = ref(false)
  shared.print = isPrintMode
  const slides = ref([{ meta: { slide: { frontmatter: { routeAlias: 'objectives' }, title: 'What is the objective when treating Oligo-metastatic disease ?' } } }])
  const clicks = ref(0)
  shared.clicks = clicks
  // Slidev's go(slide, clicks) moves the click counter of the current slide.
  const go = vi.fn((_slide: number, to: number) => { clicks.value = to })
  shared.go = go
  // A slide's clicks context, as <v-switch> uses it: the component's steps start at click 1.
  const $clicksContext = {
    calculateSince: (_at: string | number, size: number) => ({ start: 1, end: 1 + size, delta: size, currentOffset: computed(() => clicks.value - 1) }),
    register: (id: string, info: { delta: number }) => shared.registered.push({ id, size: info.delta }),
    unregister: () => {},
  }
  return {
    useNav: () => ({ isPrintMode, slides, go, currentPage: ref(1), currentSlideNo: ref(7), clicks }),
    useSlideContext: () => ({ $clicksContext }),
  }
})

const mounted: VueWrapper[] = []
function mountIt<T>(component: T, props: Record<string, unknown> = {}) {
  const wrapper = mount(component as any, { props, attachTo: document.body })
  mounted.push(wrapper)
  return wrapper
}

const button = (w: VueWrapper, label: string | RegExp) => {
  const found = w.findAll('button').find(b => (typeof label === 'string' ? b.text() === label : label.test(b.text())))
  if (!found)
    throw new Error(`no button ${label} in: ${w.findAll('button').map(b => b.text()).join(' | ')}`)
  return found
}

/** Picks the first option (or types 1), says "medium" certainty, and submits with Enter, as a keyboard user does. */
async function answerFirstOption(w: VueWrapper) {
  const input = w.find('.quiz-self__fieldset input')
  await w.find('.quiz-certainty input[value="medium"]').setValue(true)
  if (input.attributes('type') === 'text') {
    await input.setValue('1')
    await w.find('form').trigger('submit')
  }
  else {
    await input.setValue(true)
    await input.trigger('keydown', { key: 'Enter' })
  }
  await flushPromises()
}

beforeEach(() => {
  localStorage.clear()
  for (const key of Object.keys(shared.store))
    delete shared.store[key]
  shared.clicks!.value = 0
  shared.registered.length = 0
  shared.print.value = false
  shared.go!.mockClear()
  window.history.replaceState({}, '', '/')
})

afterEach(() => {
  while (mounted.length)
    mounted.pop()!.unmount()
  vi.restoreAllMocks()
})

describe('<SelfTest />', () => {
  it('runs part 2 with end-of-quiz feedback: progress, score per part, review with links, retry wrong only, reset', async () => {
    const w = mountIt(SelfTest)
    await w.find('input[value="2"]').setValue(true)
    await w.find('input[value="end"]').setValue(true)
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.text()).toContain('Question 1 of 5')
    expect(w.find('progress').attributes('aria-label')).toBe('0 of 5 questions answered')

    // The fieldset's legend is the question; the inputs have labels.
    expect(w.find('fieldset legend').text()).toBe('Owing to the limited extension of the disease, which of these are objectives when treating OMD?')
    expect(w.findAll('.quiz-self__fieldset label input')).toHaveLength(6)

    for (let n = 0; n < 5; n++)
      await answerFirstOption(w)

    // First options: a wrong tick in a multiple question, then wrong, wrong, True (right), wrong.
    expect(w.find('h3').text()).toBe('Your score: 1 / 5')
    const rows = w.findAll('.quiz-self__table tbody tr').map(row => row.text())
    expect(rows).toEqual([expect.stringContaining('Part 2 · What are the objectives ?')])
    expect(rows[0]).toContain('1 / 5')
    // Certainty-based marks: one right at medium (+2), four wrong at medium (−2 each), out of 3 a question.
    expect(w.find('[data-testid="quiz-calibration"]').text()).toContain('Certainty-based score: -6 of 15')
    expect(w.find('[data-testid="quiz-calibration"]').text()).toContain('Sure and wrong: none.')

    await button(w, 'Review wrong answers (4)').trigger('click')
    await flushPromises()
    const links = w.findAll('.quiz-self__review a')
    expect(links).toHaveLength(4)
    expect(links.every(a => a.attributes('href') === '#/objectives')).toBe(true)
    expect(links[0].text()).toBe('Go to the teaching slide: What is the objective when treating Oligo-metastatic disease ?')
    // Through Slidev's router, so a presenter stays in presenter view.
    await links[0].trigger('click', { button: 0 })
    expect(shared.go).toHaveBeenCalledWith('objectives')

    await button(w, 'Retry wrong answers only').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('Question 1 of 4')
    expect(w.text()).toContain('retry of wrong answers')

    await button(w, 'Start over').trigger('click')
    await flushPromises()
    expect(w.find('button[type="submit"]').text()).toBe('Start the self-test')
  })

  it('shows the feedback right after each answer in immediate mode, in a live region reserved beforehand', async () => {
    const w = mountIt(SelfTest)
    await w.find('input[value="5"]').setValue(true)
    await w.find('form').trigger('submit')
    await flushPromises()
    const live = w.find('[aria-live="polite"]')
    expect(live.exists()).toBe(true)
    expect(live.text()).toBe('')
    await w.find('input[value="b"]').setValue(true)
    await w.find('form').trigger('submit')
    await flushPromises()
    // Not taken without a certainty.
    expect(w.find('[role="alert"]').text()).toBe('Say how sure you are first.')
    expect(w.find('[aria-live="polite"]').text()).toBe('')
    await w.find('.quiz-certainty input[value="high"]').setValue(true)
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[aria-live="polite"]').text()).toContain('Not right. Answer: A.')
    expect(w.find('[aria-live="polite"]').text()).toContain('Certainty high: −6.')
    expect(w.find('[aria-live="polite"] a').attributes('href')).toBe('#/take-home')
    expect(button(w, 'Next question').exists()).toBe(true)
  })

  it('refuses to submit without an answer and says why', async () => {
    const w = mountIt(SelfTest)
    await w.find('form').trigger('submit')
    await flushPromises()
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[role="alert"]').text()).toBe('Choose an answer first.')
    expect(w.text()).toContain('Question 1 of')
  })

  it('picks up where the learner left off after a reload', async () => {
    const first = mountIt(SelfTest)
    await first.find('input[value="definitions"]').setValue(true)
    await first.find('form').trigger('submit')
    await flushPromises()
    await answerFirstOption(first)
    first.unmount()
    mounted.length = 0

    const again = mountIt(SelfTest)
    expect(again.text()).toContain('Question 1 of 5')
    expect(again.find('[aria-live="polite"]').text()).toContain('Not right.')
    expect((again.find('.quiz-self__fieldset input[value="a"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('starts afresh with a notice when the saved progress is corrupt', async () => {
    localStorage.setItem(QUIZ_STORAGE_KEY, 'not json')
    const w = mountIt(SelfTest)
    expect(w.find('[role="status"]').text()).toContain('could not be read')
    expect(w.find('button[type="submit"]').text()).toBe('Start the self-test')
    await button(w, 'Dismiss').trigger('click')
    expect(w.find('[role="status"]').exists()).toBe(false)
  })

  it('still works, and says progress will not be kept, when the browser refuses storage', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError') })
    const w = mountIt(SelfTest)
    expect(w.text()).toContain('the quiz works, but your answers will not survive a reload')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.text()).toContain('Question 1 of')
  })

  it('with storage blocked behind index.html\'s in-memory stand-in, says progress cannot be saved and claims nothing', async () => {
    ;(window as { __omdStorageUnavailable?: boolean }).__omdStorageUnavailable = true
    try {
      const w = mountIt(SelfTest)
      expect(w.text()).toContain('Progress cannot be saved in this browser')
      expect(w.text()).not.toMatch(/kept in this browser|saved in this browser only/)
    }
    finally {
      delete (window as { __omdStorageUnavailable?: boolean }).__omdStorageUnavailable
    }
  })

  it('prints a summary of the bank, without answers', () => {
    shared.print.value = true
    const w = mountIt(SelfTest)
    expect(w.text()).toMatch(/Self-test: \d+ questions/)
    expect(w.find('form').exists()).toBe(false)
  })
})

describe('<QuizQuestion part="1" />', () => {
  it('steps with → like a reveal: question 1, its answer, question 2…; the audience window follows the same clicks', async () => {
    const presenter = mountIt(QuizQuestion, { part: '1' })
    const audience = mountIt(QuizQuestion, { part: '1' })
    await flushPromises()
    // five questions: two clicks each, less the first question shown with the slide
    expect(shared.registered.map(r => r.size)).toEqual([9, 9])
    expect(presenter.text()).toContain('Question 1 of 5')
    expect(audience.find('.quiz-slide__reveal').text()).toBe('')

    shared.clicks!.value = 1 // →
    await flushPromises()
    expect(audience.find('.quiz-slide__reveal').text()).toMatch(/^Answer: [A-D]/)
    expect(audience.find('.quiz-slide__reveal a').attributes('href')).toBe('#/jcog0603-results')
    expect(button(presenter, 'Hide the answer').attributes('aria-pressed')).toBe('true')

    shared.clicks!.value = 2 // →
    await flushPromises()
    expect(audience.text()).toContain('Question 2 of 5')
    expect(audience.find('.quiz-slide__reveal').text()).toBe('')

    // The buttons take the same steps, through Slidev's navigation.
    await button(presenter, 'Reveal the answer').trigger('click')
    await flushPromises()
    expect(shared.go).toHaveBeenLastCalledWith(7, 3)
    expect(audience.find('.quiz-slide__reveal').text()).toContain('Answer:')
    await button(presenter, 'Next question').trigger('click')
    await flushPromises()
    expect(audience.text()).toContain('Question 3 of 5')
    await button(presenter, 'Previous').trigger('click')
    await flushPromises()
    expect(audience.text()).toContain('Question 2 of 5')
    expect(audience.find('.quiz-slide__reveal').text()).toBe('')
  })

  it('marks the right options when revealed (multiple answers)', async () => {
    const w = mountIt(QuizQuestion, { part: 3 })
    await flushPromises()
    await button(w, 'Next question').trigger('click')
    await flushPromises()
    await button(w, 'Reveal the answer').trigger('click')
    await flushPromises()
    expect(w.findAll('li.is-correct').map(li => li.text().slice(0, 1))).toEqual(['B', 'D', 'E'])
    expect(w.find('.quiz-slide__reveal').text()).toContain('Answer: B, D, E')
  })

  it('prints the part\'s questions without answers for the handout', () => {
    shared.print.value = true
    const w = mountIt(QuizQuestion, { part: 'definitions' })
    expect(w.findAll('.quiz-slide__print > li')).toHaveLength(5)
    expect(w.text()).not.toContain('Answer:')
    expect(w.text()).toContain('☐ True')
  })

  it('prints answers and explanations for the answer key (?key)', () => {
    shared.print.value = true
    window.history.replaceState({}, '', '/?print=true&key=#/print')
    const w = mountIt(QuizQuestion, { part: 4 })
    expect(w.findAll('.quiz-slide__print-answer')).toHaveLength(5)
    expect(w.text()).toContain('Answer: B. Short chemotherapy first')
    expect(w.text()).toContain('(slide vigano2012)')
  })

  it('says what is wrong with a bad part instead of a blank slide', () => {
    const w = mountIt(QuizQuestion, { part: '7' })
    expect(w.find('[role="alert"]').text()).toContain('part must be "definitions" or 1 to 5')
  })
})

describe('<TeachingSlideLink alias="…" />', () => {
  it('names the teaching slide and opens it through Slidev\'s router on a plain click', async () => {
    const w = mountIt(TeachingSlideLink, { alias: 'objectives' })
    expect(w.text()).toBe('Go to the teaching slide: What is the objective when treating Oligo-metastatic disease ?')
    expect(w.attributes('href')).toBe('#/objectives')
    await w.trigger('click', { button: 0 })
    expect(shared.go).toHaveBeenCalledWith('objectives')
  })

  it('leaves a modified click (new tab) and a slide the deck does not have to the browser', async () => {
    const w = mountIt(TeachingSlideLink, { alias: 'objectives' })
    const ctrlClick = new MouseEvent('click', { button: 0, ctrlKey: true, cancelable: true })
    w.element.dispatchEvent(ctrlClick)
    expect(ctrlClick.defaultPrevented).toBe(false)
    const unknown = mountIt(TeachingSlideLink, { alias: 'sbrt' })
    expect(unknown.text()).toBe('Go to the teaching slide')
    await unknown.trigger('click', { button: 0 })
    expect(shared.go).not.toHaveBeenCalled()
  })
})

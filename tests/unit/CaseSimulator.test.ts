import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CaseSimulator from '../../components/case/CaseSimulator.vue'
import { caseStorageKey } from '../../lib/learner/storage-keys'

// What a learner (and the presenter's audience) sees on a case slide, mounted in jsdom.

const shared = vi.hoisted(() => ({ store: null as null | Record<string, unknown>, print: { value: false }, go: null as null | ((alias: string) => void) }))

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
  const { ref } = await import('vue')
  const isPrintMode = ref(false)
  shared.print = isPrintMode
  const go = vi.fn()
  shared.go = go
  return { useNav: () => ({ isPrintMode, go, currentPage: ref(1) }) }
})


const CASE = 'late-single-metachronous'
let wrapper: VueWrapper | undefined

function mountCase(caseId = CASE) {
  wrapper = mount(CaseSimulator, { props: { caseId }, attachTo: document.body })
  return wrapper
}

const button = (w: VueWrapper, label: string) => {
  const found = w.findAll('button').find(b => b.text().includes(label))
  if (!found)
    throw new Error(`no button "${label}" in: ${w.findAll('button').map(b => b.text()).join(' | ')}`)
  return found
}
const click = async (w: VueWrapper, label: string, detail = 0) => {
  await button(w, label).trigger('click', { detail })
  await flushPromises()
}

beforeEach(() => {
  localStorage.clear()
  for (const key of Object.keys(shared.store!))
    delete shared.store![key]
  shared.print.value = false
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('CaseSimulator', () => {
  it('plays the case: graded feedback with its evidence, a running score, the outcome and a debrief', async () => {
    const w = mountCase()
    expect(w.text()).toContain('Late single metachronous metastasis')
    expect(w.text()).toContain('Metachronous, 18 months after resection of the primary')
    await click(w, 'Start the case')
    expect(w.text()).toContain('What is your initial strategy?')

    await click(w, 'Systemic therapy only')
    const feedback = w.get('[data-testid="case-feedback"]')
    expect(feedback.text()).toContain('Incorrect')
    expect(feedback.text()).toContain('choose again')
    expect(feedback.text()).toContain('Cervantes et al, Ann Oncol 2022')
    expect(feedback.get('a').attributes('href')).toBe('#/surgery-standard')
    expect(w.get('[data-testid="case-score"]').text()).toBe('Score 0 / 2')

    await click(w, 'Surgery first')
    expect(w.get('[data-testid="case-feedback"]').text()).toContain('Best')
    expect(w.text()).toContain('Which local treatment?')
    expect(w.findAll('[data-option]').map(b => b.attributes('data-option'))).toEqual(['resection', 'ablation', 'resection-plus-ablation', 'sbrt'])

    await click(w, 'Thermal ablation')
    expect(w.text()).toContain('Outcome: Thermal ablation')
    // 25 mm is at the edge of ablation's "max 2-3 cm": acceptable (1 point), not best.
    expect(w.get('[data-testid="case-score"]').text()).toBe('Score 1 / 4')

    await click(w, 'Debrief')
    const rows = w.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()))
    expect(rows).toEqual([
      ['Strategy', expect.stringMatching(/✗ Systemic therapy only.*✓ Surgery first/s), 'Surgery first'],
      ['Local treatment', expect.stringContaining('≈ Thermal ablation'), 'Liver resection'],
    ])
    // The pathway diagram is loaded when the debrief shows it.
    await vi.waitUntil(() => w.findAll('.pathway__edge path').length > 0, { timeout: 20_000 })
    // The debrief's pathway: surgery first, then ablation where resection was best; the shared edges (presentation →
    // strategy → local treatment → outcome → debrief) in the colour of both paths, the rest plain.
    const strokes = w.findAll('.pathway__edge path').map(path => path.attributes('stroke'))
    expect(strokes.filter(stroke => stroke === '#1d4ed8')).toHaveLength(4)
    expect(strokes.filter(stroke => stroke === '#64748b')).toHaveLength(strokes.length - 4)
    expect(w.get('.pathway__legend').text()).toContain('your path')

    await click(w, 'Restart the case')
    expect(w.text()).toContain('Start the case')
  })

  it.each(['Surgery first', 'Chemotherapy first'])('an open question: "%s" is graded best, and the feedback says in one line, quoting the lecture, that it is open', async (choice) => {
    const w = mountCase('late-four-upfront')
    await click(w, 'Start the case')
    await click(w, choice)
    expect(w.get('[data-testid="case-feedback"]').text()).toContain('Best')
    expect(w.get('[data-testid="case-open"]').text()).toMatch(/Open question: .*Surgery upfront for easy-to-resect LM.*Neo adjuvant Chemo is usually indicated unless very limited CRLM.*the lecture leaves it open/)
  })

  it('a closed decision shows no open-question line; the metachronous factors and the deck\'s readings are one click away', async () => {
    const w = mountCase()
    await click(w, 'Start the case')
    await click(w, 'Surgery first')
    expect(w.find('[data-testid="case-open"]').exists()).toBe(false)
    const more = w.get('[data-testid="case-feedback"] details')
    expect(more.get('summary').text()).toContain('how this deck reads them')
    expect(more.text()).toContain('depends on timing, adjuvant chemotherapy received and aggressiveness of recurrence')
    expect(more.text()).toContain('this deck reads "very limited CRLM" as a single liver-only metastasis up to 30 mm')
  })

  it('after surgery first, the debrief says what the lecture says of chemotherapy after resection', async () => {
    const w = mountCase()
    await click(w, 'Start the case')
    await click(w, 'Surgery first')
    await click(w, 'Liver resection')
    await click(w, 'Debrief')
    const notes = w.findAll('[data-testid="case-debrief-note"]').map(note => note.text()).join(' ')
    expect(notes).toMatch(/JCOG0603.*severe AEs in approximately half of the patients.*No improvement of OS/)
    expect(notes).toContain('Nordlinger B et al., Lancet Oncol 2013;14:1208–15')
  })

  it('the evidence link opens the slide through Slidev\'s navigation', async () => {
    const w = mountCase()
    await click(w, 'Start the case')
    await click(w, 'Surgery first')
    await w.get('[data-testid="case-feedback"] a').trigger('click')
    expect(shared.go).toHaveBeenCalledWith('oligoprogression-definition')
  })

  it('keyboard: activating a choice moves the focus to the next step\'s first button', async () => {
    const w = mountCase()
    await click(w, 'Start the case', 0)
    await nextTick()
    expect(document.activeElement?.textContent?.trim()).toBe('Surgery first')
    await click(w, 'Chemotherapy first', 0)
    await nextTick()
    expect(document.activeElement?.textContent?.trim()).toBe('Restage after first-line chemotherapy')
  })

  it('a mouse click gives the focus back to the slide (the clicker keeps turning slides); a key press keeps it', async () => {
    const w = mountCase()
    await click(w, 'Start the case')
    const wrong = button(w, 'Systemic therapy only')
    ;(wrong.element as HTMLButtonElement).focus()
    await click(w, 'Systemic therapy only', 0)
    expect(document.activeElement).toBe(wrong.element)
    await click(w, 'Systemic therapy only', 1)
    expect(document.activeElement).not.toBe(wrong.element)
  })

  it('progress survives a reload: saved in localStorage under a versioned key and resumed', async () => {
    const w = mountCase()
    await click(w, 'Start the case')
    await click(w, 'Surgery first')
    expect(JSON.parse(localStorage.getItem(caseStorageKey(CASE))!).payload.events).toHaveLength(2)
    w.unmount()
    wrapper = undefined
    for (const key of Object.keys(shared.store!))
      delete shared.store![key]
    const reloaded = mountCase()
    expect(reloaded.text()).toContain('Which local treatment?')
    expect(reloaded.get('[data-testid="case-score"]').text()).toBe('Score 2 / 2')
  })

  it('corrupt saved progress starts the case afresh with a visible notice', async () => {
    localStorage.setItem(caseStorageKey(CASE), '{oops')
    const w = mountCase()
    expect(w.get('[role="status"]').text()).toContain('could not be read')
    expect(w.text()).toContain('Start the case')
    await click(w, 'Dismiss')
    expect(w.find('[role="status"]').exists()).toBe(false)
  })

  it('still works when the browser refuses storage', async () => {
    const spy = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => { throw new DOMException('denied', 'SecurityError') })
    try {
      const w = mountCase()
      expect(w.text()).toContain('Progress cannot be saved in this browser')
      await click(w, 'Start the case')
      await click(w, 'Surgery first')
      expect(w.text()).toContain('Which local treatment?')
    }
    finally {
      spy.mockRestore()
    }
  })

  it('mirrors the presenter: a journal written to the shared state by another window replays here', async () => {
    const w = mountCase()
    const { makeCaseProgress } = await import('../../machines/case/progress-codec')
    const { parseCaseFile } = await import('../../machines/case/load')
    const { readFileSync } = await import('node:fs')
    const file = parseCaseFile(`cases/${CASE}.yaml`, readFileSync(`${__dirname}/../../cases/${CASE}.yaml`, 'utf8'))
    shared.store![`case:${CASE}`] = makeCaseProgress(file, [{ type: 'learner.start' }, { type: 'learner.choose', option: 'chemo-first' }])
    await flushPromises()
    expect(w.text()).toContain('Restage after first-line chemotherapy')
    expect(w.get('[data-testid="case-feedback"]').text()).toContain('Acceptable')
  })

  it('a choice that is not best names the best option', async () => {
    const w = mountCase()
    await click(w, 'Start the case')
    await click(w, 'Systemic therapy only')
    expect(w.get('[data-testid="case-best"]').text()).toBe('Best here: Surgery first.')
    await click(w, 'Chemotherapy first')
    expect(w.get('[data-testid="case-feedback"]').text()).toContain('Acceptable')
    expect(w.get('[data-testid="case-best"]').text()).toBe('Best here: Surgery first.')
    await click(w, 'Restage after first-line chemotherapy')
    await click(w, 'Local treatment now')
    expect(w.find('[data-testid="case-best"]').exists()).toBe(false)
  })

  it('each restaging screen states what the grades rest on, from the case file: result, report, figures, completeness, the exception\'s conditions and the MDT', async () => {
    const w = mountCase('second-line-progression-incomplete')
    await click(w, 'Start the case')
    await click(w, 'Chemotherapy first')
    await click(w, 'Restage after first-line chemotherapy')
    const first = w.get('[data-testid="case-restaging"]').text()
    expect(first).toContain('Restaging after first-line chemotherapy')
    expect(first).toContain('Progression')
    expect(first).toContain('hilar plate')
    expect(first).toMatch(/Figures now\s*4 lesions, largest 48 mm, CEA 150 ng\/mL/)
    expect(first).toMatch(/At presentation \(Viganò's criteria read these\)\s*4 lesions, largest 45 mm, CEA 120 ng\/mL/)
    expect(first).toMatch(/Resection could be complete\s*No/)
    await click(w, 'Change to a second-line regimen')
    await click(w, 'Restage after second-line chemotherapy')
    // The restaging being decided on stands beside the question; the first one has gone back to the story.
    const shown = w.findAll('[data-testid="case-restaging"]').map(group => group.text())
    expect(shown).toHaveLength(2)
    const second = shown.find(text => text.includes('Restaging after second-line chemotherapy'))!
    expect(second).toMatch(/Exception 3 of 4\s*Resection complete: No/)
    expect(second).toMatch(/Exception 4 of 4\s*Consensus MDT decision: No, no consensus MDT decision to operate/)
    await click(w, 'Local treatment now')
    expect(w.get('[data-testid="case-best"]').text()).toBe('Best here: Change to a third-line regimen (the case ends).')
  })

  it('print mode: stem, facts and the decision points, without grades or buttons', () => {
    shared.print.value = true
    const w = mountCase()
    expect(w.text()).toContain('single 25 mm metastasis')
    expect(w.text()).toContain('What is your initial strategy?')
    expect(w.text()).toContain('Which local treatment?')
    expect(w.findAll('button')).toHaveLength(0)
    expect(w.text()).not.toMatch(/best|acceptable|incorrect|answer key/i)
    // What the restaging a learner can reach shows, in print too.
    expect(w.get('[data-testid="case-print-restaging"]').text()).toBe('At restaging: Response. Figures now: 1 lesion, largest 18 mm, CEA 4 ng/mL.')
  })

  it('answer-key print (?key): the best path and what is acceptable at each step', () => {
    shared.print.value = true
    window.history.replaceState(null, '', '/?print=true&key=')
    try {
      const w = mountCase()
      expect(w.text()).toContain('Answer key')
      expect(w.text()).toContain('Strategy: best Surgery first; acceptable Chemotherapy first')
      expect(w.text()).toContain('Local treatment: best Liver resection; acceptable Thermal ablation, Resection plus ablation')
      // Each step carries the reason and its citation: the metachronous lines, which the lecture prints without a
      // citation (issue #23: the 2015 consensus is cited for the synchronous line only).
      expect(w.text()).toContain('Late recurrence (> 6 months) : Surgery upfront for easy-to-resect LM')
      expect(w.text()).toContain('The lecture\'s slide on oligo-progressive disease (its metachronous lines carry no citation)')
      expect(w.text()).not.toContain('Expert Consensus, Adam et al')
    }
    finally {
      window.history.replaceState(null, '', '/')
    }
  })

  it('an unknown case shows an error box naming the file, never a blank slide', () => {
    const w = mountCase('no-such-case')
    expect(w.get('[role="alert"]').text()).toContain('cases/no-such-case.yaml')
  })
})

describe('CaseSimulator with an invalid case file', () => {
  it('shows the file and the field to fix', async () => {
    vi.resetModules()
    vi.doMock('../../components/composables/useCaseFile', () => ({
      useCaseFile: () => ({ ok: false, file: 'cases/bad.yaml', issues: [{ field: 'patient.liver.count', message: 'expected a whole number' }] }),
    }))
    const { default: Simulator } = await import('../../components/case/CaseSimulator.vue')
    const w = mount(Simulator, { props: { caseId: 'bad' } })
    expect(w.get('[role="alert"]').text()).toContain('cases/bad.yaml')
    expect(w.get('[role="alert"]').text()).toContain('patient.liver.count: expected a whole number')
    vi.doUnmock('../../components/composables/useCaseFile')
  })
})

import type { CaseEvent } from './caseMachine'
import { describe, expect, it } from 'vitest'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { initialSnapshot, step } from './walk'
import { buildCaseView, caseFacts, decisionPoints, isAnswerKeyRequest, scoreOf } from './view'

const play = (events: CaseEvent[], file = makeCase()) => events.reduce(step, initialSnapshot(file))
const choose = (option: string) => ({ type: 'learner.choose', option }) as CaseEvent

describe('buildCaseView', () => {
  it('the presentation shows the facts and no decision, feedback or score yet', () => {
    const view = buildCaseView(play([]))
    expect(view.stage).toBe('presentation')
    expect(view.decision).toBeNull()
    expect(view.feedback).toBeNull()
    expect(view.score).toEqual({ points: 0, max: 0, answered: 0 })
  })

  it('the strategy decision offers its four options by label', () => {
    const view = buildCaseView(play([{ type: 'learner.start' }]))
    expect(view.decision!.question).toBe('What is your initial strategy?')
    expect(view.decision!.options.map(o => o.label)).toEqual(['Surgery first', 'Chemotherapy first', 'Systemic therapy only', 'Non-surgical local treatment'])
  })

  it('an incorrect answer shows why, asks to choose again, and scores 0 of 2', () => {
    const view = buildCaseView(play([{ type: 'learner.start' }, choose('systemic-only')]))
    expect(view.feedback).toMatchObject({ grade: 'incorrect', label: 'Systemic therapy only', followed: false, slide: 'surgery-standard' })
    expect(view.feedback!.citation).toContain('ESMO')
    expect(view.score).toEqual({ points: 0, max: 2, answered: 1 })
  })

  it('only the first answer at a node counts: incorrect then best still scores 0 of 2; best then best scores 4 of 4', () => {
    expect(buildCaseView(play([{ type: 'learner.start' }, choose('systemic-only'), choose('surgery-first')])).score).toEqual({ points: 0, max: 2, answered: 1 })
    expect(buildCaseView(play([{ type: 'learner.start' }, choose('surgery-first'), choose('resection')])).score).toEqual({ points: 4, max: 4, answered: 2 })
  })

  it('after chemotherapy the restaging result joins the facts', () => {
    const file = makeCase({ course: { firstLine: 'progression', secondLine: 'response' } })
    const view = buildCaseView(play([{ type: 'learner.start' }, choose('chemo-first'), { type: 'case.restage' }], file))
    expect(view.stage).toBe('decision')
    expect(view.restaging).toEqual([{ label: 'After first-line chemotherapy', value: 'Progression' }])
  })

  it('the debrief puts the learner\'s choices beside the best path, node by node', () => {
    const view = buildCaseView(play([{ type: 'learner.start' }, choose('systemic-only'), choose('chemo-first'), { type: 'case.restage' }, choose('local-treatment'), choose('sbrt'), choose('ablation'), { type: 'learner.debrief' }]))
    expect(view.stage).toBe('debrief')
    expect(view.debrief.map(row => [row.node, row.learner.map(c => `${c.option}:${c.grade}`), row.best?.option])).toEqual([
      ['strategy', ['systemic-only:incorrect', 'chemo-first:acceptable'], 'surgery-first'],
      ['restaging-first-line', ['local-treatment:best'], undefined],
      ['modality', ['sbrt:incorrect', 'ablation:acceptable'], 'resection'],
    ])
    expect(view.bestPath.map(s => s.option)).toEqual(['surgery-first', 'resection'])
  })
})

describe('what the printed case shows', () => {
  it('facts as a clinician lists them', () => {
    expect(caseFacts(makeCase())).toContainEqual({ label: 'Presentation', value: 'Metachronous, 18 months after resection of the primary' })
    expect(caseFacts(makeCase())).toContainEqual({ label: 'Liver metastases', value: '1, largest 25 mm' })
  })

  it('decision points list questions and options, never a grade', () => {
    const points = decisionPoints(makeCase())
    expect(points.map(p => p.node)).toEqual(['strategy', 'restaging-first-line', 'restaging-second-line', 'modality'])
    expect(JSON.stringify(points)).not.toMatch(/best|acceptable|incorrect/i)
    expect(decisionPoints(makeCase({ presentation: 'synchronous' })).at(-1)!.options).toContain('Staged resection (liver and primary, two stages)')
  })

  it('the answer key appears only with ?key in the URL', () => {
    expect(isAnswerKeyRequest('?print=true&range=3&key=')).toBe(true)
    expect(isAnswerKeyRequest('?print=true')).toBe(false)
  })

  it('scoreOf counts an acceptable first answer as 1', () => {
    expect(scoreOf([{ node: 'strategy', option: 'chemo-first', grade: 'acceptable' }])).toEqual({ points: 1, max: 2, answered: 1 })
  })
})

describe('option labels', () => {
  it('after a second line, "second-line-chemo" reads as another line of chemotherapy', () => {
    const file = makeCase({ course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: true } })
    const view = buildCaseView(play([{ type: 'learner.start' }, choose('chemo-first'), { type: 'case.restage' }, choose('second-line-chemo'), { type: 'case.restage' }], file))
    expect(view.decision!.node).toBe('restaging-second-line')
    expect(view.decision!.options.map(o => o.label)).toEqual(['Local treatment now', 'Another line of chemotherapy', 'Continue systemic therapy'])
  })
})

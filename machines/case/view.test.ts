import type { CaseEvent } from './caseMachine'
import { describe, expect, it } from 'vitest'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { initialSnapshot, step } from './walk'
import { buildCaseView, decisionPoints, isAnswerKeyRequest, restagingView, scoreOf } from './view'

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

  it('after chemotherapy the restaging screen shows its result, the figures it measured and, at a colorectal progression, the figures Viganò\'s criteria read', () => {
    const file = makeCase({ course: { firstLine: 'progression', secondLine: 'response', completeResectionPossible: false, report: { firstLine: 'A new lesion at the hilum.' }, figures: { firstLine: { count: 2, largestMm: 28, ceaNgPerMl: 30 } } } })
    const view = buildCaseView(play([{ type: 'learner.start' }, choose('chemo-first'), { type: 'case.restage' }], file))
    expect(view.stage).toBe('decision')
    expect(view.restaging).toEqual([{
      line: 'firstLine',
      heading: 'Restaging after first-line chemotherapy',
      facts: [
        { label: 'Result', value: 'Progression' },
        { label: 'Report', value: 'A new lesion at the hilum.', wide: true },
        { label: 'Figures now', value: '2 lesions, largest 28 mm, CEA 30 ng/mL' },
        { label: 'At presentation (Viganò\'s criteria read these)', value: '1 lesion, largest 25 mm, CEA 8 ng/mL' },
        { label: 'Resection could be complete', value: 'No' },
      ],
    }])
  })

  it('a restaging the case file gives no figures for says whose figures it shows: the presentation\'s, or the first restaging\'s', () => {
    const figuresNow = (course: object, line: 'firstLine' | 'secondLine') => restagingView(makeCase({ course: { firstLine: 'response', secondLine: 'response', ...course } }), line).facts.find(f => f.label === 'Figures now')!.value
    expect(figuresNow({}, 'firstLine')).toBe('1 lesion, largest 25 mm, CEA 8 ng/mL (not measured again: the presentation\'s figures)')
    expect(figuresNow({}, 'secondLine')).toBe('1 lesion, largest 25 mm, CEA 8 ng/mL (not measured again: the presentation\'s figures)')
    expect(figuresNow({ figures: { firstLine: { count: 1, largestMm: 15, ceaNgPerMl: 3 } } }, 'secondLine')).toBe('1 lesion, largest 15 mm, CEA 3 ng/mL (not measured again: the first restaging\'s figures)')
    // After tumour control, no line for Viganò's figures: his criteria are read only at a progression.
    expect(restagingView(makeCase({ course: { firstLine: 'response' } }), 'firstLine').facts.map(f => f.label)).not.toContain('At presentation (Viganò\'s criteria read these)')
  })

  it('the two unresectable cases of the issue no longer look alike: the screen says whether the disease has become resectable', () => {
    const shown = (convertedToResectable: boolean) => restagingView(makeCase({ patient: { liver: { count: 5, largestMm: 60, resectability: 'unresectable' } }, course: { firstLine: 'response', convertedToResectable } }), 'firstLine').facts
    expect(shown(true)).toContainEqual({ label: 'Unresectable disease now resectable', value: 'Yes (converted)' })
    expect(shown(false)).toContainEqual({ label: 'Unresectable disease now resectable', value: 'No (a response is not a conversion)' })
  })

  it('marginal disease after a response: the screen says whether it is resectable now, the fact its grade rests on', () => {
    const shown = (convertedToResectable: boolean) => restagingView(makeCase({ patient: { liver: { count: 5, largestMm: 42, resectability: 'marginal' } }, course: { firstLine: 'response', convertedToResectable } }), 'firstLine').facts
    expect(shown(true)).toContainEqual({ label: 'Marginal disease now resectable', value: 'Yes' })
    expect(shown(false)).toContainEqual({ label: 'Marginal disease now resectable', value: 'No (still not resectable)' })
  })

  it('a primary not controlled and extrahepatic sites stay on the restaging screen, since the grades there read them', () => {
    const labels = (patient: object, course: object = {}) => restagingView(makeCase({ patient, course: { firstLine: 'response', ...course } }), 'firstLine').facts.map(f => `${f.label}: ${f.value}`)
    expect(labels({ primaryControlled: false })).toContain('Primary: Still not controlled')
    expect(labels({ extrahepaticSites: 1 })).toContain('Extrahepatic sites: 1')
    expect(labels({ extrahepaticSites: 1 }, { report: { firstLine: 'The lung nodule has shrunk.' } })).toContain('Extrahepatic sites: 1 (see the report)')
    expect(labels({}).filter(l => /^(Primary|Extrahepatic)/.test(l))).toEqual([])
  })

  it('after progression on the second line the screen shows the exception\'s four conditions and what the MDT decided', () => {
    const shown = (more: object) => restagingView(makeCase({ course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: true, ...more } }), 'secondLine').facts.map(f => `${f.label}: ${f.value}`)
    expect(shown({})).toEqual(expect.arrayContaining([
      'Resection could be complete: Yes',
      'Exception 1 of 4: Progression despite optimal therapy: Yes (this deck reads: two lines)',
      'Exception 2 of 4: Unlikely to obtain a response: Yes (this deck reads: progression on both lines)',
      'Exception 3 of 4: Resection complete: Yes',
      'Exception 4 of 4: Consensus MDT decision: Yes, the MDT decides by consensus to operate',
    ]))
    expect(shown({ completeResectionPossible: false, mdtConsensus: false })).toEqual(expect.arrayContaining([
      'Exception 3 of 4: Resection complete: No',
      'Exception 4 of 4: Consensus MDT decision: No, no consensus MDT decision to operate',
    ]))
  })

  it('a choice that is not best names the best option(s); a best choice does not', () => {
    const file = makeCase({ patient: { monthsFromPrimaryResection: 18, liver: { count: 2, largestMm: 20 } } })
    const acceptable = buildCaseView(play([{ type: 'learner.start' }, choose('systemic-only')], file))
    expect(acceptable.feedback!.best.map(b => b.label)).toEqual(['Surgery first', 'Chemotherapy first', 'Non-surgical local treatment'])
    expect(buildCaseView(play([{ type: 'learner.start' }, choose('surgery-first')], file)).feedback!.best).toEqual([])
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
  it('decision points list questions, options and what each reachable restaging shows, never a grade', () => {
    const points = decisionPoints(makeCase())
    expect(points.map(p => p.node)).toEqual(['strategy', 'restaging-first-line', 'restaging-second-line', 'modality'])
    expect(JSON.stringify(points)).not.toMatch(/best|acceptable|incorrect/i)
    expect(points[1].shows).toBe('Response. Figures now: 1 lesion, largest 25 mm, CEA 8 ng/mL (not measured again: the presentation\'s figures).')
    const progressing = decisionPoints(makeCase({ course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: false, mdtConsensus: false, report: { secondLine: 'Growth at the hilum.' }, figures: { secondLine: { count: 1, largestMm: 35, ceaNgPerMl: 20 } } } }))
    // The presentation's figures, which Viganò's criteria read, are printed with the patient's facts, not again here.
    expect(progressing[2].shows).toBe('Progression. Growth at the hilum. Figures now: 1 lesion, largest 35 mm, CEA 20 ng/mL. Resection could be complete: No. The exception\'s four conditions: Progression despite optimal therapy: Yes (this deck reads: two lines); Unlikely to obtain a response: Yes (this deck reads: progression on both lines); Resection complete: No; Consensus MDT decision: No, no consensus MDT decision to operate.')
    // A second line cannot follow a response: nothing to show there.
    expect(points[2].shows).toBeNull()
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

describe('option labels (issue #23: the restaging options say what they do)', () => {
  it('after the first line: a second-line regimen; after the second: a third-line regimen that ends the case; continuing says it is no local treatment', () => {
    const file = makeCase({ course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: true } })
    const first = buildCaseView(play([{ type: 'learner.start' }, choose('chemo-first'), { type: 'case.restage' }], file))
    expect(first.decision!.options.map(o => o.label)).toEqual(['Local treatment now', 'Change to a second-line regimen', 'No local treatment: continue systemic therapy (same regimen or maintenance)'])
    const second = buildCaseView(play([{ type: 'learner.start' }, choose('chemo-first'), { type: 'case.restage' }, choose('change-regimen'), { type: 'case.restage' }], file))
    expect(second.decision!.node).toBe('restaging-second-line')
    expect(second.decision!.options.map(o => o.label)).toEqual(['Local treatment now', 'Change to a third-line regimen (the case ends)', 'No local treatment: continue systemic therapy (same regimen or maintenance)'])
    const ended = buildCaseView(play([{ type: 'learner.start' }, choose('chemo-first'), { type: 'case.restage' }, choose('change-regimen'), { type: 'case.restage' }, choose('change-regimen')], file))
    expect(ended.outcome!.label).toBe('Change to a third-line regimen (the case ends)')
  })
})

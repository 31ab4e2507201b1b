import type { OptionId } from './ids'
import { describe, expect, it, vi } from 'vitest'
import { createActor } from 'xstate'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { caseMachine } from './caseMachine'
import { initialSnapshot, step, walkBest } from './walk'

const start = (file = makeCase()) => step(initialSnapshot(file), { type: 'learner.start' })
const choose = (option: OptionId) => ({ type: 'learner.choose', option }) as const

describe('caseMachine', () => {
  it('opens on the presentation and starts at the strategy decision', () => {
    expect(initialSnapshot(makeCase()).value).toBe('presentation')
    expect(start().value).toBe('strategy')
  })

  it('an incorrect choice is graded and recorded, and the learner stays to choose again', () => {
    const snapshot = step(start(), choose('systemic-only'))
    expect(snapshot.value).toBe('strategy')
    expect(snapshot.context.choices).toEqual([{ node: 'strategy', option: 'systemic-only', grade: 'incorrect' }])
  })

  it('an acceptable choice is followed: chemotherapy first in a late resectable case goes to first-line chemotherapy', () => {
    const snapshot = step(start(), choose('chemo-first'))
    expect(snapshot.value).toBe('firstLineChemotherapy')
    expect(snapshot.context.choices.at(-1)!.grade).toBe('acceptable')
  })

  it('restaging reveals what the case\'s course says, then asks what next', () => {
    const file = makeCase({ course: { firstLine: 'progression', secondLine: 'stable', completeResectionPossible: true } })
    let snapshot = step(step(start(file), choose('chemo-first')), { type: 'case.restage' })
    expect(snapshot.value).toBe('restagingFirstLine')
    expect(snapshot.context.restaging).toEqual({ firstLine: 'progression' })
    snapshot = step(step(snapshot, choose('change-regimen')), { type: 'case.restage' })
    expect(snapshot.value).toBe('restagingSecondLine')
    expect(snapshot.context.restaging).toEqual({ firstLine: 'progression', secondLine: 'stable' })
  })

  it('a change of regimen at the second-line restaging (a third line) ends the case; after tumour control it is never followed (issue #23)', () => {
    const progression = makeCase({ course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: false, mdtConsensus: false } })
    let snapshot = step(step(start(progression), choose('chemo-first')), { type: 'case.restage' })
    snapshot = step(step(snapshot, choose('change-regimen')), { type: 'case.restage' })
    const ended = step(snapshot, choose('change-regimen'))
    expect(ended.value).toBe('outcome')
    expect(ended.context.outcome).toMatchObject({ node: 'restaging-second-line', option: 'change-regimen', grade: 'best' })
    const controlled = makeCase({ course: { firstLine: 'progression', secondLine: 'response', completeResectionPossible: true } })
    let atSecond = step(step(start(controlled), choose('chemo-first')), { type: 'case.restage' })
    atSecond = step(step(atSecond, choose('change-regimen')), { type: 'case.restage' })
    expect(step(atSecond, choose('change-regimen')).value).toBe('restagingSecondLine')
  })

  it('the outcome carries the rationale, citation and slide of the last choice followed (an acceptable one too)', () => {
    const snapshot = step(step(start(), choose('surgery-first')), choose('ablation'))
    expect(snapshot.value).toBe('outcome')
    expect(snapshot.context.outcome).toMatchObject({ node: 'modality', option: 'ablation', grade: 'acceptable', slide: 'thermal-ablation' })
    expect(snapshot.context.outcome!.rationale).toContain('max 2-3 cm')
  })

  it('an option the node does not offer is ignored (staged resection in a metachronous case)', () => {
    const atModality = step(start(), choose('surgery-first'))
    const after = step(atModality, choose('staged-resection'))
    expect(after.value).toBe('modality')
    expect(after.context.choices).toHaveLength(1)
    expect(atModality.can(choose('staged-resection'))).toBe(false)
  })

  it('restart returns to the presentation with no choice, no restaging and an empty journal', () => {
    const played = step(step(start(), choose('chemo-first')), { type: 'case.restage' })
    const restarted = step(played, { type: 'learner.restart' })
    expect(restarted.value).toBe('presentation')
    expect(restarted.context).toMatchObject({ choices: [], restaging: {}, outcome: null, journal: [] })
  })

  it('journals every accepted event and hands it to the injected persistence', () => {
    const persist = vi.fn()
    const actor = createActor(caseMachine.provide({ actions: { persistProgress: ({ context }) => persist(context.journal) } }), { input: { caseFile: makeCase() } }).start()
    actor.send({ type: 'learner.start' })
    actor.send(choose('systemic-only'))
    actor.send(choose('surgery-first'))
    expect(persist).toHaveBeenLastCalledWith([{ type: 'learner.start' }, choose('systemic-only'), choose('surgery-first')])
    actor.send({ type: 'learner.restart' })
    expect(persist).toHaveBeenLastCalledWith([])
    actor.stop()
  })

  it('the best walk of a synchronous case goes chemotherapy → restaging → one- or two-stage resection', () => {
    const file = makeCase({ presentation: 'synchronous', course: { firstLine: 'response' } })
    expect(walkBest(file).path.map(s => s.option)).toEqual(['chemo-first', 'local-treatment', 'simultaneous-resection'])
  })
})

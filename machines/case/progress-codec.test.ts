import type { CaseEvent } from './caseMachine'
import { describe, expect, it } from 'vitest'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { caseFingerprint, makeCaseProgress, restoreCaseProgress } from './progress-codec'
import { caseStorageKey } from '../../lib/learner/storage-keys'

const file = makeCase({ id: 'late-single-metachronous' })
const played: CaseEvent[] = [{ type: 'learner.start' }, { type: 'learner.choose', option: 'systemic-only' }, { type: 'learner.choose', option: 'surgery-first' }]
const saved = JSON.stringify(makeCaseProgress(file, played))

describe('case progress storage', () => {
  it('is stored under a versioned key per case', () => {
    expect(caseStorageKey('late-single-metachronous')).toBe('omd.case.late-single-metachronous.v1')
  })

  it('nothing saved: a fresh case, no notice', () => {
    expect(restoreCaseProgress(null, file)).toEqual({ snapshot: null, events: [], notice: null })
  })

  it('resumes where the learner was, with their answers (the incorrect one too)', () => {
    const restored = restoreCaseProgress(saved, file)
    expect(restored.notice).toBeNull()
    expect(restored.snapshot!.value).toBe('modality')
    expect(restored.snapshot!.context.choices.map(c => c.grade)).toEqual(['incorrect', 'best'])
    expect(restored.events).toEqual(played)
  })

  it('accepts the shared object as well as the stored text', () => {
    expect(restoreCaseProgress(JSON.parse(saved), file).snapshot!.value).toBe('modality')
  })

  it('corrupt text or shape: fresh start with the "corrupt" notice', () => {
    expect(restoreCaseProgress('{not json', file).notice).toBe('corrupt')
    expect(restoreCaseProgress(JSON.stringify({ version: 2, kind: 'case', payload: { caseId: file.id, fingerprint: 'x', events: [{ type: 'learner.fly' }] } }), file).notice).toBe('corrupt')
    expect(restoreCaseProgress(JSON.stringify({ version: 2, kind: 'quiz', payload: {} }), file).notice).toBe('corrupt')
    expect(restoreCaseProgress(saved.replace(file.id, 'another-case'), file).notice).toBe('corrupt')
  })

  it('another format version, or a case file changed since: fresh start with the "outdated" notice', () => {
    expect(restoreCaseProgress(saved.replace('"version":2', '"version":0'), file).notice).toBe('outdated')
    // The format saved before the envelope.
    expect(restoreCaseProgress(JSON.stringify({ version: 1, caseId: file.id, fingerprint: caseFingerprint(file), events: played }), file).notice).toBe('outdated')
    const edited = makeCase({ id: file.id, patient: { liver: { count: 2 } } })
    expect(caseFingerprint(edited)).not.toBe(caseFingerprint(file))
    expect(restoreCaseProgress(saved, edited).notice).toBe('outdated')
  })

  it('a choice saved under a renamed option id (continue-systemic, second-line-chemo) is read as its new id', () => {
    const progressing = makeCase({ id: 'late-single-metachronous', course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: true } })
    const legacy = JSON.stringify(makeCaseProgress(progressing, [{ type: 'learner.start' }, { type: 'learner.choose', option: 'chemo-first' }, { type: 'case.restage' }]))
      .replace(/\]\}\}$/, ',{"type":"learner.choose","option":"continue-systemic"},{"type":"learner.choose","option":"second-line-chemo"}]}}')
    const restored = restoreCaseProgress(legacy, progressing)
    expect(restored.notice).toBeNull()
    expect(restored.snapshot!.value).toBe('secondLineChemotherapy')
    expect(restored.snapshot!.context.choices.map(c => `${c.option}:${c.grade}`)).toEqual(['chemo-first:acceptable', 'continue-regimen:incorrect', 'change-regimen:best'])
    expect(restored.events.at(-1)).toEqual({ type: 'learner.choose', option: 'change-regimen' })
  })

  it('renaming an option id in a case file does not discard the progress saved against it', () => {
    const renamed = makeCase({ id: file.id })
    renamed.expectedKey = [{ node: 'restaging-first-line', best: ['change-regimen'], acceptable: ['continue-regimen'] }]
    const before = JSON.parse(JSON.stringify(renamed).replace('"change-regimen"', '"second-line-chemo"').replace('"continue-regimen"', '"continue-systemic"'))
    expect(caseFingerprint(renamed)).toBe(caseFingerprint(before))
  })

  it('events the case no longer accepts (a restage before any chemotherapy): outdated', () => {
    const impossible = makeCaseProgress(file, [{ type: 'learner.start' }, { type: 'case.restage' }])
    expect(restoreCaseProgress(impossible, file)).toEqual({ snapshot: null, events: [], notice: 'outdated' })
  })
})

import type { CaseEvent } from './caseMachine'
import { describe, expect, it } from 'vitest'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { caseFingerprint, caseStorageKey, makeCaseProgress, restoreCaseProgress } from './storage'

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

  it('events the case no longer accepts (a restage before any chemotherapy): outdated', () => {
    const impossible = makeCaseProgress(file, [{ type: 'learner.start' }, { type: 'case.restage' }])
    expect(restoreCaseProgress(impossible, file)).toEqual({ snapshot: null, events: [], notice: 'outdated' })
  })
})

import { describe, expect, it } from 'vitest'
import { makeCase } from '../../tests/unit/support/caseFixture'
import { caseFacts } from './facts'

describe('caseFacts', () => {
  it('lists the patient as a clinician would', () => {
    expect(caseFacts(makeCase())).toContainEqual({ label: 'Presentation', value: 'Metachronous, 18 months after resection of the primary' })
    expect(caseFacts(makeCase())).toContainEqual({ label: 'Liver metastases', value: '1, largest 25 mm' })
  })

  it('leaves out what the case file does not say (no CEA, no adjuvant line), rather than guessing it', () => {
    const file = makeCase()
    const { ceaNgPerMl: _cea, adjuvantChemotherapy: _adjuvant, ...patient } = file.patient
    const labels = caseFacts({ ...file, patient }).map(fact => fact.label)
    expect(labels).not.toContain('CEA')
    expect(labels).not.toContain('Adjuvant chemotherapy')
    expect(labels).toContain('Fit for surgery')
  })
})

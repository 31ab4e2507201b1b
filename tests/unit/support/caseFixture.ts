import type { CaseFile } from '../../../machines/case/schema'

type PatientOverrides = Partial<Omit<CaseFile['patient'], 'liver'>> & { liver?: Partial<CaseFile['patient']['liver']> }

export interface CaseOverrides {
  id?: string
  presentation?: CaseFile['presentation']
  patient?: PatientOverrides
  course?: CaseFile['course']
}

/**
 * A valid case for rule tests: by default a late (18 months), single, small, upfront-resectable metachronous
 * metastasis in a fit patient, with every course field given (so any path can be walked).
 */
export function makeCase(overrides: CaseOverrides = {}): CaseFile {
  const presentation = overrides.presentation ?? 'metachronous'
  const base: CaseFile['patient'] = {
    age: 64,
    primarySite: 'colon',
    ...(presentation === 'metachronous' ? { monthsFromPrimaryResection: 18, adjuvantChemotherapy: true } : {}),
    fitForSurgery: true,
    primaryControlled: true,
    extrahepaticSites: 0,
    liver: { count: 1, largestMm: 25, resectability: 'upfront' },
    ceaNgPerMl: 8,
  }
  const { liver, ...patient } = overrides.patient ?? {}
  return {
    id: overrides.id ?? 'fixture',
    title: 'Fixture',
    presentation,
    stem: 'A patient.',
    patient: { ...base, ...patient, liver: { ...base.liver, ...liver } },
    course: overrides.course ?? { firstLine: 'response', secondLine: 'response', completeResectionPossible: true, mdtConsensus: true },
    expectedKey: [{ node: 'strategy', best: ['surgery-first'], acceptable: [] }],
  }
}

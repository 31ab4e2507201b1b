import type { CaseFile } from './schema'

// A case's patient as the story lists them: from the case file alone, without the machine or the lecture's rules.

export interface Fact {
  label: string
  value: string
  /** A sentence rather than a value (a restaging report): shown across the whole width. */
  wide?: true
}

const RESECTABILITY_LABELS = { upfront: 'Upfront resectable', marginal: 'Marginally resectable', unresectable: 'Definitely unresectable' }
const PRIMARY_LABELS = { colon: 'Colon', rectum: 'Rectum', breast: 'Breast' } as const
export const yesNo = (value: boolean) => (value ? 'Yes' : 'No')

/** The patient's facts as a clinician would list them (no grade, no hint). */
export function caseFacts(caseFile: CaseFile): Fact[] {
  const p = caseFile.patient
  const facts: Fact[] = [
    {
      label: 'Presentation',
      value: caseFile.presentation === 'synchronous'
        ? `Synchronous (primary ${p.primaryInPlace === false ? 'already resected' : 'in place'})`
        : `Metachronous, ${p.monthsFromPrimaryResection} months after resection of the primary`,
    },
    { label: 'Age', value: `${p.age} years` },
    { label: 'Primary', value: `${PRIMARY_LABELS[p.primarySite]}, ${p.primaryControlled ? 'controlled' : 'not controlled'}` },
  ]
  if (p.adjuvantChemotherapy !== undefined)
    facts.push({ label: 'Adjuvant chemotherapy', value: yesNo(p.adjuvantChemotherapy) })
  facts.push(
    { label: 'Fit for surgery', value: yesNo(p.fitForSurgery) },
    { label: 'Liver metastases', value: `${p.liver.count}, largest ${p.liver.largestMm} mm` },
    { label: 'Resectability', value: RESECTABILITY_LABELS[p.liver.resectability] },
    { label: 'Extrahepatic sites', value: p.extrahepaticSites === 0 ? 'None' : String(p.extrahepaticSites) },
  )
  if (p.ceaNgPerMl !== undefined)
    facts.push({ label: 'CEA', value: `${p.ceaNgPerMl} ng/mL` })
  return facts
}

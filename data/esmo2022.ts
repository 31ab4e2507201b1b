import { defineDataset } from './types'

/**
 * ESMO Clinical Practice Guideline 2022: the clinical definition of oligometastatic disease (OMD),
 * the two recommendations on perioperative chemotherapy and the statement that surgery remains the standard.
 */
export const esmo2022 = defineDataset({
  id: 'esmo2022',
  source: {
    citation: 'Cervantes et al, Ann Oncol 2022 (ESMO Clinical Practice Guideline)',
    slide: 'What is Oligo-metastatic disease ? / Is chemotherapy always indicated for Oligo-metastatic disease ? / What is the best treatment of Oligo-metastatic disease ?',
    caveats: [
      'The lecture quotes the guideline only in part: the full list of prognostic criteria behind "favorable prognostic criteria" is not given.',
      'The 3 categories (upfront resectable / marginally resectable / definitely unresectable) are the lecturer\'s proposal ("would it not be more clinically relevant..."), not part of the ESMO definition.',
    ],
  },
  measures: {
    'definition.minLesions': 'metastatic lesions, lower bound of the OMD definition (count)',
    'definition.maxLesions': 'metastatic lesions, upper bound of the OMD definition (count; occasionally more if complete eradication is possible)',
    'definition.maxSites': 'metastatic sites, upper bound of the OMD definition (count)',
    'recommendations[].grade': 'ESMO level of evidence (roman numeral) and grade of recommendation (letter)',
  },
  definition: {
    minLesions: 1,
    maxLesions: 5,
    maxSites: 2,
    criteria: [
      '1 to 5 metastatic lesions... occasionally more... if complete eradication is possible',
      'Up to 2 metastatic sites',
      'Controlled primary tumor (optionally resected)',
      'All metastatic sites must be safely treatable',
    ],
    moreLesionsIfCompleteEradicationPossible: true,
    primaryControlled: true,
    primaryOptionallyResected: true,
    allSitesSafelyTreatable: true,
  },
  /** The lecturer's proposal: rely on the usual 3 categories of patients. */
  categories: [
    { id: 'upfront-resectable', label: 'Upfront resectable (or locally treatable...)' },
    { id: 'marginally-resectable', label: 'Marginally resectable' },
    { id: 'definitely-unresectable', label: 'Definitely unresectable' },
  ],
  recommendations: [
    {
      id: 'no-periop-if-favorable',
      text: 'In patients with resectable metastases and with favorable prognostic criteria and a good surgical approach, perioperative systemic treatment may not be needed',
      grade: { levelOfEvidence: 'III', strength: 'B', printed: '[III,B]' },
    },
    {
      id: 'periop-oxaliplatin-if-unclear',
      text: 'In patients with resectable metastases, the use of perioperative oxaliplatin-based ChT is recommended where the prognostic situation is unclear',
      grade: { levelOfEvidence: 'II', strength: 'B', printed: '[II, B]' },
    },
  ],
  surgeryStandard:
    'For patients with resectable OMD, surgery remains the standard and best (potentially) curative treatment approach.',
})

import { defineDataset } from './types'

/** The lecture's title block and its five-part agenda (repeated before each part). */
export const agenda = defineDataset({
  id: 'agenda',
  source: {
    citation: 'René Adam, Management of Oligoprogressive Liver Metastases',
    slide: 'Management of Oligo-Progressive Colorectal Liver Metastases (agenda)',
  },
  measures: {},
  lecture: {
    title: 'Management of Oligoprogressive Liver Metastases',
    author: 'René Adam',
    affiliations: ['Hôpital Paul Brousse', 'Université Paris-Saclay'],
  },
  title: 'Management of Oligo-Progressive Colorectal Liver Metastases',
  parts: [
    { id: 'part-1', title: 'Is chemotherapy always indicated for OMD ?' },
    { id: 'part-2', title: 'What are the objectives ?' },
    { id: 'part-3', title: 'What is the best treatment ?' },
    { id: 'part-4', title: 'What impact of progression on the management' },
    { id: 'part-5', title: 'Take-Home messages' },
  ],
})

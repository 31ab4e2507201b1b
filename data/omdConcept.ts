import { defineDataset } from './types'

/** The concept of oligometastatic disease (OMD): first description and the heterogeneity of its definition. */
export const omdConcept = defineDataset({
  id: 'omdConcept',
  source: {
    citation: 'Hellman S., J Clin Oncol 1995; Kaneda Cancer Treat. Commun. 2015; Adnan et al, Br J Radiol 2022',
    slide: 'What is Oligo-metastatic disease ?',
    caveats: [
      'The lecture cites these three papers by first author, journal and year only.',
      'The metastasis counts (≤ 3, 4, 5) and site counts (1 to 3) are examples of the heterogeneity, not a definition.',
    ],
  },
  measures: {
    firstDescribedYear: 'year the OMD concept was first described',
    'heterogeneity.maxMetastasesUsed': 'upper bounds on the number of metastases used by different definitions ("≤ 3, 4, 5 metastases...")',
    'heterogeneity.sites.min': 'lower bound of the number of metastatic sites in some definitions',
    'heterogeneity.sites.max': 'upper bound of the number of metastatic sites in some definitions',
  },
  firstDescribedYear: 1995,
  statements: [
    { text: 'The concept of oligometastatic disease (OMD) was first described in 1995 as an intermediate state between locally confined and systemically metastasized cancer', citation: 'Hellman S., J Clin Oncol 1995' },
    { text: 'Entity potentially suitable for additional local or locoregional treatments with curative intent', citation: 'Kaneda Cancer Treat. Commun. 2015' },
    { text: 'Defining OMD has been a challenge, and heterogeneity surrounding the definition of OMD has been a barrier to the standardization of clinical study protocols', citation: 'Adnan et al, Br J Radiol 2022' },
  ],
  heterogeneity: {
    maxMetastasesUsed: [3, 4, 5],
    sites: { min: 1, max: 3 },
    printed: '≤ 3, 4, 5 metastases... 1 to 3 metastatic sites...',
  },
})

import { defineDataset } from './types'

/**
 * LiverMetSurvey: patients at risk after a 1st hepatectomy for a single metachronous colorectal metastasis,
 * with or without pre- or postoperative chemotherapy (four tables).
 */
const years = ['Total', '1 yr', '2 yrs', '3 yrs', '4 yrs', '5 yrs'] as const

export const lmsSingleMetachronous = defineDataset({
  id: 'lmsSingleMetachronous',
  source: {
    citation: 'LIVERMETSURVEY June 2021',
    slide: 'Is Chemotherapy useful for Single Metachronous Metastases ?',
    caveats: [
      '"LIVERMETSURVEY June 2021" is printed below the fourth (972-patient) table; the text does not say whether it dates all four tables.',
      'The text does not say how the 1355- and 972-patient tables differ from the 1450- and 1063-patient ones (different selection, extraction date or endpoint).',
      'Only numbers at risk are given: the survival curves and percentages are not in the text.',
      '"(2 months after)" in the postoperative titles is printed without saying what it selects (presumably patients alive 2 months after hepatectomy).',
    ],
  },
  measures: {
    years: 'time of each column in years (the "Total" column is time 0)',
    'tables.*.patients': 'patients in the table (count, as in the title)',
    'tables.*.arms.*.atRisk': 'patients at risk: Total, then at 1, 2, 3, 4 and 5 years',
  },
  columns: years,
  years: [0, 1, 2, 3, 4, 5],
  tables: {
    preop1450: {
      title: 'Patient Survival after a 1st hepatectomy for Colorectal Metastases : 1450 patients',
      patients: 1450,
      arms: {
        noChemo: { label: 'No preop chemo', atRisk: [1282, 861, 549, 335, 224, 148] },
        withChemo: { label: 'With preop chemo', atRisk: [168, 95, 56, 28, 13, 8] },
      },
    },
    postop1063: {
      title: 'Patient Survival after a 1st hepatectomy (2 months after) for Colorectal Metastases : 1063 patients',
      patients: 1063,
      arms: {
        noChemo: { label: 'No postop chemo', atRisk: [622, 434, 272, 151, 101, 64] },
        withChemo: { label: 'With postop chemo', atRisk: [441, 322, 211, 144, 94, 63] },
      },
    },
    preop1355: {
      title: 'Patient Survival after a 1st hepatectomy for Colorectal Metastases : 1355 patients',
      patients: 1355,
      arms: {
        noChemo: { label: 'No preop chemo', atRisk: [1198, 680, 383, 221, 154, 100] },
        withChemo: { label: 'With preop chemo', atRisk: [157, 68, 39, 20, 10, 6] },
      },
    },
    postop972: {
      title: 'Patient Survival after a 1st hepatectomy (2 months after) for Colorectal Metastases : 972 patients',
      patients: 972,
      arms: {
        noChemo: { label: 'No postop chemo', atRisk: [579, 318, 182, 94, 66, 42] },
        withChemo: { label: 'With postop chemo', atRisk: [393, 243, 146, 97, 65, 44] },
      },
    },
  },
})

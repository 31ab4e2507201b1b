import { defineDataset } from './types'

/** Survival after resection of breast cancer liver metastases at Paul Brousse Hospital (139 patients). */
export const blmPaulBrousse = defineDataset({
  id: 'blmPaulBrousse',
  source: {
    citation: 'Paul Brousse Hospital - 139 Pts (1985-2012)',
    slide: 'Survival after Resection of BLM',
    caveats: [
      'The title says 139 patients; the "Total" number exposed to risk is 137. The text does not explain the difference.',
      'Only panel "B. Since diagnosis" is in the text; panel A and the survival percentages are not.',
      'The median is printed in the same row as the numbers exposed to risk, but it is a median survival (months), not a count.',
    ],
  },
  measures: {
    patients: 'patients in the series (count)',
    'period.from': 'first year of the series',
    'period.to': 'last year of the series',
    years: 'time points of the numbers exposed to risk (years; 0 = Total)',
    exposedToRisk: 'number exposed to risk at Total, 3, 5 and 10 years',
    medianMonths: 'median survival since diagnosis (months)',
  },
  patients: 139,
  period: { from: 1985, to: 2012 },
  panel: 'B. Since diagnosis',
  columns: ['Total', '3 years', '5 years', '10 years'],
  years: [0, 3, 5, 10],
  exposedToRisk: [137, 76, 43, 7],
  medianMonths: 79,
})

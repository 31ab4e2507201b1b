import { defineDataset } from './types'

/** Ruiz ... Adam 2018: surgical resection versus systemic therapy for breast cancer liver metastases (case-matched). */
export const ruiz2018 = defineDataset({
  id: 'ruiz2018',
  source: {
    citation: 'A.Ruiz... R Adam (Eur J Cancer 2018)',
    slide: 'Surgical Resection versus Systemic therapy for Breast Cancer Liver Metastases. Results of a case matched comparison',
    caveats: [
      'The lecture text gives no number for this study: the "Unmatched" and "Matched" survival curves are images.',
      'Only the first and last authors are given.',
    ],
  },
  measures: {},
  title: 'Surgical Resection versus Systemic therapy for Breast Cancer Liver Metastases. Results of a case matched comparison',
  panels: ['Unmatched', 'Matched'],
  conclusion: 'Surgery combined to systemic treatment does better than sytemic treatment alone',
})

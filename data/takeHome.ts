import { defineDataset } from './types'

/** The lecture's seven take-home messages. */
export const takeHome = defineDataset({
  id: 'takeHome',
  source: {
    citation: 'René Adam, Management of Oligoprogressive Liver Metastases (take-home messages)',
    slide: 'Take Home messages',
    caveats: [
      'The survival ranges of message 4 (40-50% at 5 years, 25-30% at 10 years) are given without a citation; they are the lecturer\'s summary.',
    ],
  },
  measures: {
    'surgeryOs.fiveYearPct.min': 'overall survival at 5 years after surgery, lower end (%)',
    'surgeryOs.fiveYearPct.max': 'overall survival at 5 years after surgery, upper end (%)',
    'surgeryOs.tenYearPct.min': 'overall survival at 10 years after surgery, lower end (%)',
    'surgeryOs.tenYearPct.max': 'overall survival at 10 years after surgery, upper end (%)',
  },
  messages: [
    'Definition of OMD is heterogeneous but means limited disease ...',
    'Neo adjuvant Chemo is usually indicated unless very limited CRLM but no evidence-based data supporting the real benefit of periop chemo on OS in resectable disease',
    'Main objective is cure or prolonged survival...',
    'Surgery remains the standard of care with 40-50% OS at 5 and 25-30% at 10 years and a potential of cure...',
    'Thermo ablation could achieve equivalent results for small CRLM',
    'Other treatments (SBRT, TACE, TARE...) are not ranged as curative...',
    'Tumor Progression usually requires neo adjuvant chemotherapy before any local treatment to optimize outcome',
  ],
  surgeryOs: {
    fiveYearPct: { min: 40, max: 50 },
    tenYearPct: { min: 25, max: 30 },
  },
})

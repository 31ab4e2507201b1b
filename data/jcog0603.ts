import { defineDataset } from './types'

/** JCOG0603: hepatectomy followed by mFOLFOX6 versus hepatectomy alone (the abstract, as printed in the lecture). */
export const jcog0603 = defineDataset({
  id: 'jcog0603',
  source: {
    citation: 'Kanemitsu Y, Shimizu Y, Mizusawa J, et al. on behalf of the JCOG Colorectal Cancer Study Group (JCOG0603)',
    slide: 'Hepatectomy Followed by mFOLFOX6 Versus Hepatectomy Alone for Liver-Only Metastatic Colorectal Cancer (JCOG0603): A Phase II or III Randomized Controlled Trial',
    publication:
      'Kanemitsu Y, Shimizu Y, Mizusawa J, et al. Hepatectomy Followed by mFOLFOX6 Versus Hepatectomy Alone for Liver-Only Metastatic Colorectal Cancer (JCOG0603): A Phase II or III Randomized Controlled Trial. J Clin Oncol 2021;39(34):3789–3799. doi:10.1200/JCO.21.01032',
    caveats: [
      'The lecture prints the abstract but not the journal; the journal reference was added from the literature.',
      'No hazard ratio or p value is given for overall survival; only the 5-year rates with their 95% CIs.',
      'The p value of the DFS comparison is one-sided.',
      'The adverse-event percentages concern the chemotherapy arm only (grade 3 or higher).',
    ],
  },
  measures: {
    'design.ageMin': 'minimum age at entry (years)',
    'design.ageMax': 'maximum age at entry (years)',
    'design.courses': 'planned courses of adjuvant mFOLFOX6',
    'randomized.total': 'patients randomly assigned',
    'randomized.hepatectomyAlone': 'patients assigned to hepatectomy alone',
    'randomized.chemotherapy': 'patients assigned to hepatectomy followed by chemotherapy',
    'followUp.interimMonths': 'median follow-up at the third interim analysis (months)',
    'followUp.updatedMonths': 'median follow-up of the updated analysis (months)',
    'dfs.*.fiveYearPct': '5-year disease-free survival (%)',
    'dfs.*.ci95': '95% confidence interval of the 5-year DFS (%)',
    'dfs.hr': 'hazard ratio for DFS (chemotherapy vs hepatectomy alone)',
    'dfs.hrCi95': '95% confidence interval of the DFS hazard ratio',
    'dfs.pOneSided': 'one-sided p value of the DFS comparison',
    'os.*.fiveYearPct': '5-year overall survival (%)',
    'os.*.ci95': '95% confidence interval of the 5-year OS (%)',
    'adverseEvents.*': 'percent of patients in the chemotherapy arm with that grade ≥ 3 adverse event',
    'deaths.unknownCause': 'patients who died of unknown cause (count)',
    'deaths.afterCourses': 'courses of mFOLFOX6 received before that death',
  },
  title: 'Hepatectomy Followed by mFOLFOX6 Versus Hepatectomy Alone for Liver-Only Metastatic Colorectal Cancer (JCOG0603): A Phase II or III Randomized Controlled Trial',
  design: {
    phase: 'II or III',
    ageMin: 20,
    ageMax: 75,
    metastases: 'an unlimited number of liver metastatic lesions',
    courses: 12,
    regimen: 'mFOLFOX6 (modified infusional fluorouracil, leucovorin, and oxaliplatin)',
    primaryEndpoint: 'disease-free survival (DFS) in intention-to-treat analysis (phase III)',
  },
  accrual: { from: 'March 2007', to: 'January 2019' },
  randomized: { total: 300, hepatectomyAlone: 149, chemotherapy: 151 },
  followUp: { interimMonths: 53.6, updatedMonths: 59.2 },
  terminatedEarly: true,
  dfs: {
    hepatectomyAlone: { fiveYearPct: 38.7, ci95: [30.4, 46.8] },
    chemotherapy: { fiveYearPct: 49.8, ci95: [41.0, 58.0] },
    hr: 0.67,
    hrCi95: [0.50, 0.92],
    pOneSided: 0.006,
  },
  os: {
    hepatectomyAlone: { fiveYearPct: 83.1, ci95: [74.9, 88.9] },
    chemotherapy: { fiveYearPct: 71.2, ci95: [61.7, 78.8] },
  },
  adverseEvents: { neutropeniaPct: 50, sensoryNeuropathyPct: 10, allergicReactionPct: 4 },
  deaths: { unknownCause: 1, afterCourses: 3, printed: 'One patient died of unknown cause after three courses of mFOLFOX6 administration.' },
  conclusion:
    'DFS did not correlate with OS for liver-only metastatic CRC. Adjuvant chemotherapy with mFOLFOX6 improves DFS among patients treated with hepatectomy for CRC liver metastasis. It remains unclear whether chemotherapy improves OS.',
  lecturerConclusion:
    'In conclusion, adjuvant chemotherapy with mFOLFOX6 improves DFS compared with hepatectomy alone but causes severe AEs in approximately half of the patients. It remains unclear whether chemotherapy improves OS.',
})

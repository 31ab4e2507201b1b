import { defineDataset } from './types'

/**
 * Selected prospective stereotactic body radiotherapy (SBRT) series for liver metastases, as tabulated by
 * Arabiah, Liao, Shen et al. 2022 (J Natl Cancer Cent) and shown in the lecture.
 * `cells` keeps every cell as printed; the numeric fields are parsed from those cells.
 */
interface SbrtRow {
  cells: {
    study: string
    design: string
    caseAndLesions: string
    doseFractions: string
    followUp: string
    localControl: string
    overallSurvival: string
    pfs: string
    toxicity: string
  }
  author: string
  year: number
  patients: number
  lesions: number | null
  fractions: number
  /** 1-year local control (%), null when the cell gives none. */
  localControl1yPct: number | null
}

const rows: SbrtRow[] = [
  {
    cells: { study: 'Hoyer M 2006', design: 'Phase II', caseAndLesions: '64 patients 141 lesions', doseFractions: '45/3', followUp: '4.3 (0.2-6.3) years', localControl: '1-year: 86%', overallSurvival: '1-year: 67% 5-year: 13%', pfs: 'Median: 6.5 Mo 2-year: 19%', toxicity: 'Grade 2: 48%' },
    author: 'Hoyer M', year: 2006, patients: 64, lesions: 141, fractions: 3, localControl1yPct: 86,
  },
  {
    cells: { study: 'Kavanagh B 2006', design: 'Phase III', caseAndLesions: '21 patients', doseFractions: '60/3', followUp: '19 (6-29) Mo', localControl: 'Median: 18 Mo 1-year: 93%', overallSurvival: 'NA', pfs: 'NA', toxicity: 'Grade 3: 1' },
    author: 'Kavanagh B', year: 2006, patients: 21, lesions: null, fractions: 3, localControl1yPct: 93,
  },
  {
    cells: { study: 'Rusthoven K 2009', design: 'Phase I/II', caseAndLesions: '47 patients 63 lesions', doseFractions: '36-60/3', followUp: '16 (6-54) Mo', localControl: '1-year: 95% 2-year: 92%', overallSurvival: 'Median: 20.5 Mo 2-year: 30%', pfs: 'NA', toxicity: 'Grade 3: 2%' },
    author: 'Rusthoven K', year: 2009, patients: 47, lesions: 63, fractions: 3, localControl1yPct: 95,
  },
  {
    cells: { study: 'Lee M 2009', design: 'Phase I', caseAndLesions: '68 patients', doseFractions: '54-60/6', followUp: '10.8 Mo', localControl: '1-year: 71%', overallSurvival: 'Median: 17.6 Mo 1-year: 63%', pfs: 'NA', toxicity: 'Grade 3: 10%' },
    author: 'Lee M', year: 2009, patients: 68, lesions: null, fractions: 6, localControl1yPct: 71,
  },
  {
    cells: { study: 'Rule W 2011', design: 'Phase I', caseAndLesions: '27 patients 37 lesions', doseFractions: '30-60/5', followUp: '20 (4-53) Mo', localControl: '1-year: 72%', overallSurvival: 'Median: 37 Mo 2-year: 57.6%', pfs: 'NA', toxicity: 'Grade 3: 1' },
    author: 'Rule W', year: 2011, patients: 27, lesions: 37, fractions: 5, localControl1yPct: 72,
  },
  {
    cells: { study: 'Scorsetti M 2012', design: 'Phase II', caseAndLesions: '61 patients 76 lesions', doseFractions: '75/3', followUp: '6.1 years', localControl: '1-year: 95%', overallSurvival: 'Median: 27.6 Mo 1-year: 85% 5-year: 18%', pfs: 'Median: 12 Mo', toxicity: 'No grade 3' },
    author: 'Scorsetti M', year: 2012, patients: 61, lesions: 76, fractions: 3, localControl1yPct: 95,
  },
  {
    cells: { study: 'Hong T 2017', design: 'Phase II', caseAndLesions: '89 patients 143 lesions', doseFractions: '40 GyE/5', followUp: '30.1 (14.7-53.8) Mo', localControl: '1-year: 71.9% 3-year: 61.2%', overallSurvival: '1-year: 66.3% 2-year: 35.9% 3-year: 20.8%', pfs: 'NA', toxicity: 'No Grade ≥ 3' },
    author: 'Hong T', year: 2017, patients: 89, lesions: 143, fractions: 5, localControl1yPct: 71.9,
  },
  {
    cells: { study: 'Folkert M 2021', design: 'Phase I', caseAndLesions: '33 patients 39 lesions', doseFractions: '35-40/1', followUp: '25.9 Mo', localControl: '4-year: 96.6%', overallSurvival: '2-year: 82%', pfs: 'NA', toxicity: 'No Grade ≥ 3' },
    author: 'Folkert M', year: 2021, patients: 33, lesions: 39, fractions: 1, localControl1yPct: null,
  },
]

export const sbrt2022 = defineDataset({
  id: 'sbrt2022',
  source: {
    citation: 'K. Arabiah, G. Liao, Q. Shen et al. 2022, Journal of the National Cancer Center',
    slide: 'The evolving role of radiation therapy as treatment for liver metastases',
    caveats: [
      'Every cell is kept as printed; NA means "not available" (the table\'s own abbreviation) and is never turned into a number.',
      '"Grade 3: 1" (Kavanagh 2006, Rule 2011) gives no unit: probably one patient, but the text does not say.',
      'Follow-up is a median with a range in some rows and a single value in others; the text does not say whether single values are medians.',
      'The primary tumours of these series are not given in the text (not all are colorectal).',
      'Doses are in Gy (GyE for Hong 2017) / number of fractions; ranges (36-60) are kept as printed.',
    ],
  },
  measures: {
    'rows[].year': 'year of the series',
    'rows[].patients': 'patients in the series (count)',
    'rows[].lesions': 'lesions treated (count), null when not given',
    'rows[].fractions': 'number of fractions',
    'rows[].localControl1yPct': '1-year local control (%), null when the cell gives none',
  },
  columns: [
    { key: 'study', label: 'Study' },
    { key: 'design', label: 'Design' },
    { key: 'caseAndLesions', label: 'Case and lesions' },
    { key: 'doseFractions', label: 'Dose (Gy) /fractions' },
    { key: 'followUp', label: 'Follow-up' },
    { key: 'localControl', label: 'Local control' },
    { key: 'overallSurvival', label: 'Overall survival' },
    { key: 'pfs', label: 'PFS' },
    { key: 'toxicity', label: 'Toxicity' },
  ],
  caption: 'Summary of some selected prospective stereotactic body radiotherapy series.',
  abbreviations: 'Abbreviations: Mo, months; NA, not available; PFS, progression-free survival.',
  rows,
  conclusion: 'No randomised and No large prospective trials...A treatment option for inoperable pts',
})

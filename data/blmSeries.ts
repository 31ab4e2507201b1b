import { defineDataset } from './types'

/** Resection of breast cancer liver metastases (BLM): the ten published series shown in the lecture. */
type Reported = number | 'NR'

interface BlmSeriesRow {
  author: string
  year: number
  period: string
  patients: number
  medianMonths: Reported
  threeYearPct: Reported
  fiveYearPct: Reported
}

const rows: BlmSeriesRow[] = [
  { author: 'Pocard', year: 2000, period: '1988-1997', patients: 52, medianMonths: 42, threeYearPct: 49, fiveYearPct: 'NR' },
  { author: 'Elias', year: 2003, period: '1986-2000', patients: 54, medianMonths: 34, threeYearPct: 50, fiveYearPct: 34 },
  { author: 'Adam', year: 2006, period: '1984-2004', patients: 85, medianMonths: 32, threeYearPct: 'NR', fiveYearPct: 37 },
  { author: 'Adam', year: 2006, period: '1983-2004', patients: 454, medianMonths: 45, threeYearPct: 'NR', fiveYearPct: 41 },
  { author: 'Hoffmann', year: 2010, period: '1999-2008', patients: 41, medianMonths: 58, threeYearPct: 68, fiveYearPct: 48 },
  { author: 'Abbot', year: 2012, period: '1997-2010', patients: 86, medianMonths: 57, threeYearPct: 'NR', fiveYearPct: 44 },
  { author: 'Groeschl', year: 2012, period: '1990-2009', patients: 115, medianMonths: 52, threeYearPct: 52, fiveYearPct: 27 },
  { author: 'Mariani', year: 2013, period: '1988-2007', patients: 51, medianMonths: 91, threeYearPct: 'NR', fiveYearPct: 'NR' },
  { author: 'Hoffmann', year: 2015, period: '2001-2012', patients: 42, medianMonths: 63, threeYearPct: 'NR', fiveYearPct: 53 },
  { author: 'Sadot', year: 2016, period: '1991-2014', patients: 69, medianMonths: 50, threeYearPct: 'NR', fiveYearPct: 38 },
]

export const blmSeries = defineDataset({
  id: 'blmSeries',
  source: {
    citation: 'Published series of resection of breast cancer liver metastases (table in the lecture)',
    slide: 'Resection of Breast Cancer Liver Metastases',
    caveats: [
      'NR means "not reported" and is kept as text, never as a number.',
      'The summary printed below the table reads "Median: 41 – 115mo", but the table\'s medians span 32–91 months; the text does not explain the difference.',
      'The full references of the ten series are not given in the text (only first author and year).',
      'The "Period" column is a range of years, kept as printed.',
    ],
  },
  measures: {
    'rows[].year': 'year of publication',
    'rows[].patients': 'patients in the series (No)',
    'rows[].medianMonths': 'median overall survival (months), or "NR" (not reported)',
    'rows[].threeYearPct': '3-year survival (%), or "NR"',
    'rows[].fiveYearPct': '5-year survival (%), or "NR"',
    'printedRanges.fiveYearOsPct': '5-year overall survival range printed below the table (%)',
    'printedRanges.medianMonths': 'median survival range printed below the table (months)',
  },
  columns: ['AUTHOR', 'DATE', 'Period', 'No', 'Median (mo)', '3-yr Survival (%)', '5-yr Survival (%)'],
  rows,
  printedRanges: {
    fiveYearOsPct: { min: 27, max: 53, printed: '5y OS: 27 – 53%' },
    medianMonths: { min: 41, max: 115, printed: 'Median: 41 – 115mo' },
  },
})

import { defineDataset } from './types'

/**
 * Viganò et al, Ann Surg Oncol 2012: survival after resection of colorectal liver metastases that progressed
 * on preoperative chemotherapy, by the number of adverse factors (>3 metastases, size ≥ 50 mm, CEA ≥ 200 ng/mL).
 */
export const vigano2012 = defineDataset({
  id: 'vigano2012',
  source: {
    citation: 'L. Viganò et al., Ann Surg Oncol (2012)',
    slide: 'Progression while Receiving Preoperative Chemotherapy Should Not Be an Absolute Contraindication to Liver Resection for Colorectal Metastases',
    caveats: [
      'The "No. of factors" column prints only three labels (0, 1, 2), on rows 1, 2 and 6; the grouping of the other rows is ambiguous: row 5 (>3 metastases + size ≥ 50 mm) has two factors but sits above the "2" label, and row 8 has all three factors.',
      'The footnote "a" on the CEA column is not given in the text.',
      'The text does not give the number of patients per row, nor whether the survival figures are observed or model-predicted.',
      'The conclusion speaks of "large (≥ 5 cm)" metastases; the table header says "Size ≥ 50 mm" (the same threshold).',
    ],
  },
  measures: {
    moreThanMetastases: 'number of metastases: a factor is present when there are more than this many (">3 metastases")',
    sizeMm: 'largest metastasis size in mm: a factor is present at or above it ("Size ≥ 50 mm")',
    ceaNgPerMl: 'serum CEA in ng/mL: a factor is present at or above it ("CEA ≥ 200 ng/mL")',
    'rows[].factors': 'presence (1) or absence (0) of each factor, as printed',
    'rows[].threeYearPct': 'survival at 3 years (%)',
    'rows[].fiveYearPct': 'survival at 5 years (%)',
    'rows[].factorsLabel': 'the "No. of factors" label as printed on that row (null when the cell is empty)',
  },
  moreThanMetastases: 3,
  sizeMm: 50,
  ceaNgPerMl: 200,
  rows: [
    { factorsLabel: 0, factors: { moreThan3Metastases: 0, sizeAtLeast50mm: 0, ceaAtLeast200: 0 }, threeYearPct: 60.5, fiveYearPct: 53.3 },
    { factorsLabel: 1, factors: { moreThan3Metastases: 1, sizeAtLeast50mm: 0, ceaAtLeast200: 0 }, threeYearPct: 38.2, fiveYearPct: 29.9 },
    { factorsLabel: null, factors: { moreThan3Metastases: 0, sizeAtLeast50mm: 1, ceaAtLeast200: 0 }, threeYearPct: 26.7, fiveYearPct: 19.1 },
    { factorsLabel: null, factors: { moreThan3Metastases: 0, sizeAtLeast50mm: 0, ceaAtLeast200: 1 }, threeYearPct: 7.9, fiveYearPct: 4.1 },
    { factorsLabel: null, factors: { moreThan3Metastases: 1, sizeAtLeast50mm: 1, ceaAtLeast200: 0 }, threeYearPct: 8.0, fiveYearPct: 4.2 },
    { factorsLabel: 2, factors: { moreThan3Metastases: 1, sizeAtLeast50mm: 0, ceaAtLeast200: 1 }, threeYearPct: 0.8, fiveYearPct: 0.2 },
    { factorsLabel: null, factors: { moreThan3Metastases: 0, sizeAtLeast50mm: 1, ceaAtLeast200: 1 }, threeYearPct: 0.1, fiveYearPct: 0 },
    { factorsLabel: null, factors: { moreThan3Metastases: 1, sizeAtLeast50mm: 1, ceaAtLeast200: 1 }, threeYearPct: 0, fiveYearPct: 0 },
  ],
  /** Decimals as printed, per column (8.0 keeps its decimal; the last rows print "0"). */
  printedDigits: { threeYearPct: [1, 1, 1, 1, 1, 1, 1, 0], fiveYearPct: [1, 1, 1, 1, 1, 1, 0, 0] },
  lastLineResponseLegend: ['Complete response', 'Partial response', 'No change', 'Disease progression'],
  conclusion:
    'Liver resection is contraindicated only in patients with >3 and large (≥ 5 cm) metastases, or whenever the CEA value is ≥ 200 ng/mL, for whom further chemotherapy is recommended.',
})

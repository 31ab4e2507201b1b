import { defineDataset } from './types'

/** Mariani et al. 2013: case-matched control study of liver surgery for breast cancer liver metastases. */
export const mariani2013 = defineDataset({
  id: 'mariani2013',
  source: {
    citation: 'P. Mariani et al. / EJSO 39 (2013) 1377–1383',
    slide: 'Liver metastases from breast cancer: Surgical resection or not? A case-matched control study in highly selected patients',
    caveats: [
      'The number of patients in each group is not given in the text.',
      'RR is printed as a "fold higher risk of death"; the text does not say which model produced it.',
      'The survival curves of Figure 2 are not in the text, only their log-rank p value.',
    ],
  },
  measures: {
    'noSurgery.rr': 'relative risk of death when liver surgery was not performed',
    'noSurgery.ci': 'confidence interval of that relative risk',
    'noSurgery.p': 'p value (printed as p < 0.0001)',
    'boneMetastases.rr': 'relative risk of death if the patients had bone metastases',
    'boneMetastases.ci': 'confidence interval of that relative risk',
    'boneMetastases.p': 'p value',
    'logRankP': 'log-rank p value of Figure 2 (printed as p < 0.0001)',
  },
  title: 'Liver metastases from breast cancer: Surgical resection or not? A case-matched control study in highly selected patients',
  noSurgery: { rr: 3.04, ci: [1.87, 4.92], p: 0.0001, pOperator: '<', digits: 2 },
  boneMetastases: { rr: 2.324, ci: [1.229, 4.395], p: 0.009, pOperator: '=', digits: 3 },
  logRankP: 0.0001,
  logRankPOperator: '<',
  figure: 'Figure 2. Comparison of survival according to liver surgery. A statistically significant difference was demonstrated using the log-rank test (p < 0.0001).',
})

import { defineDataset } from './types'

/**
 * Meijerink et al. 2018 (CVIR): systematic review and meta-analysis of RFA/MWA versus chemotherapy and partial
 * hepatectomy; the forest plot (10 studies, random effects) shown on the "Surgery versus ablation" slide.
 */
export const meijerink2018 = defineDataset({
  id: 'meijerink2018',
  source: {
    citation: 'Meijerink MR, Puijk RS, van Tilborg AAJM, et al. Cardiovasc Intervent Radiol (2018) 41:1189–1204',
    slide: 'SURGERY VERSUS ABLATION — COMPLICATIONS & OVERALL SURVIVAL',
    publication:
      'Meijerink MR, Puijk RS, van Tilborg AAJM, et al. Radiofrequency and Microwave Ablation Compared to Systemic Chemotherapy and to Partial Hepatectomy in the Treatment of Colorectal Liver Metastases: A Systematic Review and Meta-Analysis. Cardiovasc Intervent Radiol 2018;41(8):1189–1204. https://doi.org/10.1007/s00270-018-1959-3',
    caveats: [
      'The text does not say which comparison or outcome the forest plot shows, nor which arm is the reference (HR > 1 favours which side); the slide heading speaks of overall survival, surgery versus ablation.',
      'The complication data named in the slide heading are not in the text.',
    ],
  },
  measures: {
    'studies[].year': 'year of the study',
    'studies[].logHr': 'log[Hazard Ratio]',
    'studies[].se': 'standard error of the log hazard ratio',
    'studies[].weightPct': 'weight in the random-effects pooled estimate (%)',
    'studies[].hr': 'hazard ratio (IV, random)',
    'studies[].ci95': '95% confidence interval of the hazard ratio',
    'total.weightPct': 'total weight (%)',
    'total.hr': 'pooled hazard ratio (IV, random)',
    'total.ci95': '95% confidence interval of the pooled hazard ratio',
    'heterogeneity.tau2': 'Tau² (between-study variance)',
    'heterogeneity.chi2': 'Chi² (Cochran Q)',
    'heterogeneity.df': 'degrees of freedom',
    'heterogeneity.p': 'p value of the heterogeneity test',
    'heterogeneity.i2Pct': 'I² (%)',
    'overallEffect.z': 'Z statistic of the test for overall effect',
    'overallEffect.p': 'p value of the test for overall effect (printed as P < 0.0001)',
  },
  title:
    'Radiofrequency and Microwave Ablation Compared to Systemic Chemotherapy and to Partial Hepatectomy in the Treatment of Colorectal Liver Metastases: A Systematic Review and Meta-Analysis',
  doi: 'https://doi.org/10.1007/s00270-018-1959-3',
  model: 'IV, Random, 95% CI',
  studies: [
    { study: 'Abdalla', year: 2004, logHr: 1.026, se: 0.2588, weightPct: 11.5, hr: 2.79, ci95: [1.68, 4.63] },
    { study: 'Gleisner', year: 2008, logHr: 0.571, se: 0.4381, weightPct: 6.6, hr: 1.77, ci95: [0.75, 4.18] },
    { study: 'Berber', year: 2008, logHr: 0.2151, se: 0.1579, weightPct: 15.3, hr: 1.24, ci95: [0.91, 1.69] },
    { study: 'Hur', year: 2009, logHr: 0.9746, se: 0.4304, weightPct: 6.7, hr: 2.65, ci95: [1.14, 6.16] },
    { study: 'McKay', year: 2009, logHr: 1.0217, se: 0.3261, weightPct: 9.3, hr: 2.78, ci95: [1.47, 5.26] },
    { study: 'Lee KH', year: 2012, logHr: 1.2845, se: 0.4758, weightPct: 5.9, hr: 3.61, ci95: [1.42, 9.18] },
    { study: 'Aliyev', year: 2013, logHr: 0.0953, se: 0.4023, weightPct: 7.3, hr: 1.10, ci95: [0.50, 2.42] },
    { study: 'Agcaoglu', year: 2013, logHr: 0.3365, se: 0.1923, weightPct: 14.0, hr: 1.40, ci95: [0.96, 2.04] },
    { study: 'Jasarovic', year: 2014, logHr: 0.9163, se: 0.3336, weightPct: 9.1, hr: 2.50, ci95: [1.30, 4.81] },
    { study: 'Hof', year: 2016, logHr: 0.0953, se: 0.1817, weightPct: 14.4, hr: 1.10, ci95: [0.77, 1.57] },
  ],
  total: { weightPct: 100.0, hr: 1.78, ci95: [1.35, 2.33] },
  heterogeneity: { tau2: 0.10, chi2: 21.77, df: 9, p: 0.010, i2Pct: 59 },
  overallEffect: { z: 4.15, p: 0.0001, pOperator: '<' },
})

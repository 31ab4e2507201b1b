import { defineDataset } from './types'

/**
 * COLLISION: phase III randomized non-inferiority trial of thermal ablation versus surgical resection
 * for small-size colorectal liver metastases (CRLM), as presented in the lecture.
 */
export const collision = defineDataset({
  id: 'collision',
  source: {
    citation: 'COLLISION trial (as presented in the lecture)',
    slide: 'COLLISION: design / population / overall survival / summary / comments',
    publication:
      'van der Lei S, Puijk RS, Dijkstra M, et al. Thermal ablation versus surgical resection of small-size colorectal liver metastases (COLLISION): an international, randomised, controlled, phase 3 non-inferiority trial. Lancet Oncol 2025;26(2):187–199. doi:10.1016/S1470-2045(24)00660-0',
    caveats: [
      'The lecture gives no author or journal for COLLISION (the publication above was added from the literature).',
      'Mean CRLM size is printed as 14 mm on the population slide and as 13mm on the comments slide.',
      'The limited-burden rule is printed as "max 3 CRLM ≤ 3 cm" on the design slide and as "(< 3, ≤ 3cm)" on the comments slide.',
      'The numbers of events under "Number at risk (number of events)" rise over time and are read as cumulative; the text does not say so.',
      'Hazard ratios for overall survival are not given in the text; only the conditional probability (91%) is.',
      'The slide says COLLISION stopped "for showing benefit of the experimental arm (ablation)"; the text gives no number for that benefit.',
    ],
  },
  measures: {
    'design.limitedBurden.maxLesions': 'number of CRLM: at most this many for the limited-burden route',
    'design.limitedBurden.maxSizeCm': 'CRLM size in cm: each at most this for the limited-burden route',
    months: 'months from randomization',
    'arms.*.atRisk': 'patients at risk at each time point',
    'arms.*.events': 'number of events (deaths, cumulative) at each time point',
    'safety.*.resectionPct': 'percent of patients, resection arm',
    'safety.*.ablationPct': 'percent of patients, ablation arm',
    'localControl.*.hr': 'hazard ratio, ablation vs resection',
    'localControl.*.ci95': '95% confidence interval of the hazard ratio',
    'localControl.*.p': 'p value',
    'population.lowBurdenPct': 'percent of patients with low disease burden',
    'population.chemoFirstPct': 'percent of patients given chemotherapy first',
    'population.medianLesions': 'median number of CRLM per patient',
    'population.meanSizeMm': 'mean CRLM size (mm)',
    'population.laparoscopicResectionsLowBurdenPct': 'percent of resections in the low-burden group done by (robot) laparoscopy',
    'population.percutaneousAblationsLowBurdenPct': 'percent of ablations in the low-burden group done percutaneously',
    conditionalProbabilityPct: 'conditional probability (%) to eventually prove non-inferiority',
    'comments.medianLesions': 'median number of CRLM',
    'comments.sizeMm': 'CRLM size (mm) as printed on the comments slide',
    'comments.ablationWithResectionPct': 'percent of cases where thermal ablation was associated to surgical resection',
  },
  design: {
    phase: 'III',
    hypothesis: 'non-inferiority of thermal ablation compared to partial hepatectomy for small resectable colorectal liver metastases',
    blinding: 'partially single-blind',
    approach: 'percutaneous, laparoscopic or open, according to local expertise',
    limitedBurden: { maxLesions: 3, maxSizeCm: 3, printed: 'max 3 CRLM ≤ 3 cm', route: 'consider percutaneous / laparoscopic approach' },
    intermediateOrHighBurden: 'randomize after eligibility check (after IOUS) during OR (single-blind)',
  },
  population: {
    lowBurdenPct: 62,
    chemoFirstPct: 22,
    medianLesions: 2,
    meanSizeMm: 14,
    laparoscopicResectionsLowBurdenPct: 64,
    percutaneousAblationsLowBurdenPct: 83,
  },
  months: [0, 12, 24, 36, 48, 60, 72],
  arms: {
    resection: { label: 'Resection', atRisk: [148, 124, 84, 54, 37, 15, 3], events: [0, 10, 26, 35, 42, 43, 43] },
    ablation: { label: 'Ablation', atRisk: [148, 124, 89, 61, 36, 15, 5], events: [0, 10, 27, 37, 42, 47, 47] },
  },
  conditionalProbabilityPct: 91,
  stoppedAtHalftime: true,
  safety: {
    treatmentRelatedMortality: { label: 'treatment related mortality', resectionPct: 2.1, ablationPct: 0.0, digits: 1 },
    ninetyDayMortality: { label: 'all-cause 90-day mortality', resectionPct: 2.1, ablationPct: 0.7, digits: 1 },
    adverseEvents: { label: 'AEs rate', resectionPct: 56, ablationPct: 19, digits: 0 },
    seriousAdverseEvents: { label: 'SAE rate', resectionPct: 20, ablationPct: 7, digits: 0 },
  },
  localControl: {
    perPatient: { label: 'per-patient local control', finding: 'no difference', hr: 0.131, ci95: [0.016, 1.064], p: 0.057, pPrinted: 'p = 0.057' },
    perTumor: { label: 'per-tumor local control', finding: 'superior', hr: 0.092, ci95: [0.011, 0.735], p: 0.024, pPrinted: 'p = 0.024' },
  },
  comments: {
    medianLesions: 2,
    sizeMm: 13,
    ablationWithResectionPct: 18,
    conclusion: 'Equal results with less risk for a very limited subset of patients',
  },
})

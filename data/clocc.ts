import { defineDataset } from './types'

/** CLOCC (EORTC 40004): chemotherapy plus radiofrequency ablation ± resection versus chemotherapy alone. */
export const clocc = defineDataset({
  id: 'clocc',
  source: {
    citation: 'Ruers et al; Ann Oncol 2012 (Phase II EORTC-NCRI CCSG-ALM Intergroup 40004, CLOCC)',
    slide: 'What is the best treatment of Oligo-metastatic disease ? (thermal ablation) / CLOCC : Results',
    /** The lecture shows the long-term (10-year) results under "Ann Oncol 2012"; a 2012 paper cannot hold them. */
    publication:
      'Ruers T, Van Coevorden F, Punt CJA, et al. Local treatment of unresectable colorectal liver metastases: results of a randomized phase II trial. J Natl Cancer Inst 2017;109(9):djx015. doi:10.1093/jnci/djx015',
    caveats: [
      'The numbers at risk are printed without time points ("Nombre de patients à risque"); no time axis is drawn from them.',
      'O is read as observed events (deaths) and N as patients per arm; the text does not spell it out.',
      'The long-term (10-year) results are shown as a survival curve image; no survival percentage or hazard ratio is in the text.',
      '"max 2-3 cm", printed in the sentence before the trial, is the size range the lecture gives for thermal ablation in general (data/thermalAblation.ts), not a CLOCC eligibility criterion.',
    ],
  },
  measures: {
    medianLesions: 'median number of colorectal liver metastases per patient in CLOCC',
    longTermYears: 'follow-up of the long-term results (years)',
    'arms.*.observedEvents': 'O: observed events in the arm (count)',
    'arms.*.patients': 'N: patients in the arm (count)',
    'arms.*.atRisk': 'patients at risk at the 5 later (unlabelled) time points',
  },
  trial: 'Phase II EORTC-NCRI CCSG-ALM Intergroup 40004',
  design: 'ChT plus RFA ± surgical resection versus ChT alone',
  medianLesions: 4,
  findings: 'an improvement in PFS and in OS was reported',
  /** Short form of the long-term report, printed next to the lecture's citation. */
  longTermCitation: 'Ruers T et al., J Natl Cancer Inst 2017;109:djx015',
  longTermYears: 10,
  outcome: 'Overall Survival',
  arms: {
    systemic: { label: 'Systemic', observedEvents: 53, patients: 59, atRisk: [43, 21, 11, 4, 2] },
    rfPlusSystemic: { label: 'RF + Systemic', observedEvents: 39, patients: 60, atRisk: [44, 28, 21, 19, 9] },
  },
})

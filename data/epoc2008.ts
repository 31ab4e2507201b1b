import { defineDataset } from './types'

/**
 * EORTC 40983 (EPOC): perioperative FOLFOX4 versus surgery alone for resectable colorectal liver metastases
 * (≤ 4 metastases): the numbers-at-risk line of the 2008 Kaplan–Meier plot and the long-term (8.5-year) update.
 */
export const epoc2008 = defineDataset({
  id: 'epoc2008',
  source: {
    citation: 'Nordlinger Lancet 2008',
    slide: 'Perioperative chemotherapy improve DFS in resectable patients with ≤ 4 metastases / EORTC/EPOC news : long term survival !',
    publication:
      'Nordlinger B, Sorbye H, Glimelius B, et al. Perioperative chemotherapy with FOLFOX4 and surgery versus surgery alone for resectable liver metastases from colorectal cancer (EORTC Intergroup trial 40983): a randomised controlled trial. Lancet 2008;371(9617):1007–16. doi:10.1016/S0140-6736(08)60455-9',
    caveats: [
      'The lecture prints the numbers at risk without time points and without arm labels; the arms are labelled here from the publication, which reports 152 resected patients in the surgery-alone group and 151 in the perioperative chemotherapy group.',
      'The time points of the 4 at-risk counts after N are not given in the text, so no time axis is drawn from them.',
      'The slide title says DFS; the 2008 publication reports progression-free survival (the long-term slide says "Improvement of PFS (Lancet 2008)").',
      'O is read as the observed number of events and N as the number of patients (the usual header of such tables); the text does not spell it out.',
      'The long-term update (8.5-year follow-up) is not cited in the text; it does not say which arm each of the paired values (61 vs 54 months, 51.2 vs 47.8%...) belongs to, so they are kept in printed order.',
    ],
  },
  measures: {
    maxMetastases: 'number of liver metastases: eligible patients had at most this many ("≤ 4 metastases")',
    'atRisk.arms.*.observedEvents': 'O: observed events in the arm (count)',
    'atRisk.arms.*.patients': 'N: patients in the arm (count)',
    'atRisk.arms.*.atRisk': 'patients at risk at the 4 later (unlabelled) time points',
    'longTerm.followUpYears': 'follow-up of the update (years)',
    'longTerm.osHr': 'hazard ratio for overall survival',
    'longTerm.osP': 'p value of the overall-survival comparison',
    'longTerm.itt.medianMonths': 'median overall survival (months), intention to treat, in printed order',
    'longTerm.itt.fiveYearPct': 'overall survival at 5 years (%), intention to treat, in printed order',
    'longTerm.perProtocol.medianMonths': 'median overall survival (months), per protocol, in printed order',
    'longTerm.perProtocol.fiveYearPct': 'overall survival at 5 years (%), per protocol, in printed order',
  },
  maxMetastases: 4,
  atRisk: {
    header: 'O	N	Number of patients at risk :',
    arms: {
      surgeryAlone: { label: 'Surgery alone', observedEvents: 104, patients: 152, atRisk: [85, 59, 39, 24] },
      perioperativeFolfox4: { label: 'Perioperative FOLFOX4', observedEvents: 93, patients: 151, atRisk: [118, 76, 45, 23] },
    },
  },
  longTerm: {
    followUpYears: 8.5,
    pfsImproved: true,
    osImproved: false,
    osHr: 0.88,
    osP: 0.34,
    itt: { medianMonths: [61, 54], fiveYearPct: [51.2, 47.8] },
    perProtocol: { medianMonths: [64, 55], fiveYearPct: [52.4, 48.3] },
    longTermPublication:
      'Nordlinger B, Sorbye H, Glimelius B, et al. Perioperative FOLFOX4 chemotherapy and surgery versus surgery alone for resectable liver metastases from colorectal cancer (EORTC 40983): long-term results of a randomised, controlled, phase 3 trial. Lancet Oncol 2013;14(12):1208–15. doi:10.1016/S1470-2045(13)70447-9',
  },
})

import { defineDataset } from './types'

/**
 * Public facts this deck adds beside the lecture, for the case simulator's feedback and the case atlas: each with
 * the short citation the feedback prints and the full reference. None of them is printed in the lecture; a
 * number here is checked against its own statement (tests/unit/data-lecture.test.ts), not against the lecture.
 */
export const addedEvidence = defineDataset({
  id: 'addedEvidence',
  source: {
    citation: 'Public literature added by this deck (not printed in the lecture)',
    slide: 'Case simulator feedback and the case atlas',
    caveats: [
      'Each statement is this deck\'s one-line summary of the publication, not a quotation of the lecture; the feedback cites the publication beside it.',
      'CLOCC\'s eligibility (fewer than 10 metastases, no extrahepatic disease) is taken from the long-term publication as the project\'s issue gives it; the stored pages searched for this deck confirmed the publication (J Natl Cancer Inst 2017;109:djx015), not the eligibility wording.',
    ],
  },
  measures: {
    'ruers2017.fewerThanLesions': 'liver metastases: CLOCC randomised patients with fewer than this many (count)',
    'vanDerLei2025.maxLesions': 'colorectal liver metastases: COLLISION randomised patients with at most this many (count)',
    'vanDerLei2025.maxSizeCm': 'size of each metastasis in COLLISION: at most this (cm)',
  },
  ruers2017: {
    citation: 'Ruers T et al., J Natl Cancer Inst 2017;109:djx015',
    publication: 'Ruers T, Van Coevorden F, Punt CJA, et al. Local treatment of unresectable colorectal liver metastases: results of a randomized phase II trial. J Natl Cancer Inst 2017;109(9):djx015. doi:10.1093/jnci/djx015',
    statement: 'CLOCC randomised patients with unresectable colorectal liver metastases, fewer than 10 of them, and no extrahepatic disease',
    fewerThanLesions: 10,
    extrahepaticDisease: false,
  },
  guckenberger2020: {
    citation: 'Guckenberger M et al., Lancet Oncol 2020;21:e18–e28',
    publication: 'Guckenberger M, Lievens Y, Bouma AB, et al. Characterisation and classification of oligometastatic disease: a European Society for Radiotherapy and Oncology and European Organisation for Research and Treatment of Cancer consensus recommendation. Lancet Oncol 2020;21(1):e18–e28. doi:10.1016/S1470-2045(19)30718-1',
    statement: 'In the ESTRO/EORTC classification of oligometastatic disease, oligoprogression is the progression of a few metastases while the others stay controlled on systemic therapy, the setting in which the progressing lesions are treated locally and the regimen is continued',
  },
  vanDerLei2025: {
    citation: 'van der Lei S et al., Lancet Oncol 2025;26:187–99',
    publication: 'van der Lei S, Puijk RS, Dijkstra M, et al. Thermal ablation versus surgical resection of small-size colorectal liver metastases (COLLISION): an international, randomised, controlled, phase 3 non-inferiority trial. Lancet Oncol 2025;26(2):187–199. doi:10.1016/S1470-2045(24)00660-0',
    statement: 'COLLISION randomised patients with up to 10 colorectal liver metastases of at most 3 cm; with an intermediate or high burden, after the intraoperative ultrasound check in the operating room',
    maxLesions: 10,
    maxSizeCm: 3,
  },
  nordlinger2013: {
    citation: 'Nordlinger B et al., Lancet Oncol 2013;14:1208–15',
    publication: 'Nordlinger B, Sorbye H, Glimelius B, et al. Perioperative FOLFOX4 chemotherapy and surgery versus surgery alone for resectable liver metastases from colorectal cancer (EORTC 40983): long-term results of a randomised, controlled, phase 3 trial. Lancet Oncol 2013;14(12):1208–15. doi:10.1016/S1470-2045(13)70447-9',
    statement: 'The long-term results of EPOC (EORTC 40983), the update the lecture shows: no improvement of overall survival',
  },
  meijerink2018: {
    citation: 'Meijerink MR et al., Cardiovasc Intervent Radiol 2018;41:1189–1204',
    publication: 'Meijerink MR, Puijk RS, van Tilborg AAJM, et al. Radiofrequency and Microwave Ablation Compared to Systemic Chemotherapy and to Partial Hepatectomy in the Treatment of Colorectal Liver Metastases: A Systematic Review and Meta-Analysis. Cardiovasc Intervent Radiol 2018;41(8):1189–1204. https://doi.org/10.1007/s00270-018-1959-3',
    statement: 'The studies pooled were not randomised: ablation was used where resection was not possible, so the comparison with resection is confounded, which is why a randomised trial was needed',
  },
})

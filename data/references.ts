import { defineDataset } from './types'

/**
 * Every citation of the lecture, for the references slide: `citation` is the lecture's own wording;
 * `publication` is a full reference only where it was checked against the literature.
 */
export interface Reference {
  id: string
  citation: string
  /** Route aliases of the slides that use it. */
  slides: string[]
  /** Dataset in data/ holding its numbers, if any. */
  dataset?: string
  publication?: string
}

const items: Reference[] = [
  { id: 'hellman1995', citation: 'Hellman S., J Clin Oncol 1995', slides: ['omd-concept'], dataset: 'omdConcept' },
  { id: 'kaneda2015', citation: 'Kaneda Cancer Treat. Commun. 2015', slides: ['omd-concept'], dataset: 'omdConcept' },
  { id: 'adnan2022', citation: 'Adnan et al, Br J Radiol 2022', slides: ['omd-concept'], dataset: 'omdConcept' },
  {
    id: 'cervantes2022',
    citation: 'Cervantes et al, Ann Oncol 2022 (ESMO Clinical Practice Guideline)',
    slides: ['omd-esmo', 'esmo-chemo', 'surgery-standard', 'thermal-ablation'],
    dataset: 'esmo2022',
  },
  {
    id: 'nordlinger2008',
    citation: 'Nordlinger Lancet 2008',
    slides: ['epoc-dfs', 'epoc-long-term'],
    dataset: 'epoc2008',
    publication:
      'Nordlinger B, Sorbye H, Glimelius B, et al. Perioperative chemotherapy with FOLFOX4 and surgery versus surgery alone for resectable liver metastases from colorectal cancer (EORTC Intergroup trial 40983): a randomised controlled trial. Lancet 2008;371(9617):1007–16. doi:10.1016/S0140-6736(08)60455-9',
  },
  {
    id: 'nordlinger2013',
    citation: 'EORTC/EPOC long-term update (follow-up 8.5 yrs; not cited by name in the lecture)',
    slides: ['epoc-long-term'],
    dataset: 'epoc2008',
    publication:
      'Nordlinger B, Sorbye H, Glimelius B, et al. Perioperative FOLFOX4 chemotherapy and surgery versus surgery alone for resectable liver metastases from colorectal cancer (EORTC 40983): long-term results of a randomised, controlled, phase 3 trial. Lancet Oncol 2013;14(12):1208–15. doi:10.1016/S1470-2045(13)70447-9',
  },
  {
    id: 'livermetsurvey',
    citation: 'LIVERMETSURVEY (www.livermetsurvey-arcad.org): June 2020, June 2021, Dec 2023',
    slides: ['lms-single-1', 'lms-single-2', 'lms-2023-first-operation', 'lms-2023-first-hepatectomy', 'lms-2020-os'],
    dataset: 'liverMetSurvey',
  },
  {
    id: 'kanemitsu2021',
    citation: 'Kanemitsu Y, Shimizu Y, Mizusawa J, et al. (JCOG0603)',
    slides: ['jcog0603', 'jcog0603-results'],
    dataset: 'jcog0603',
    publication:
      'Kanemitsu Y, Shimizu Y, Mizusawa J, et al. Hepatectomy Followed by mFOLFOX6 Versus Hepatectomy Alone for Liver-Only Metastatic Colorectal Cancer (JCOG0603): A Phase II or III Randomized Controlled Trial. J Clin Oncol 2021;39(34):3789–3799. doi:10.1200/JCO.21.01032',
  },
  { id: 'mariani2013', citation: 'P. Mariani et al. / EJSO 39 (2013) 1377–1383', slides: ['mariani2013', 'blm-series'], dataset: 'mariani2013' },
  { id: 'ruiz2018', citation: 'A.Ruiz... R Adam (Eur J Cancer 2018)', slides: ['ruiz2018'], dataset: 'ruiz2018' },
  { id: 'ruers2012', citation: 'Ruers et al; Ann Oncol 2012 (CLOCC, EORTC-NCRI CCSG-ALM Intergroup 40004)', slides: ['thermal-ablation', 'clocc-results'], dataset: 'clocc' },
  {
    id: 'meijerink2018',
    citation: 'Meijerink MR, Puijk RS, van Tilborg AAJM, et al. Cardiovasc Intervent Radiol (2018) 41:1189–1204',
    slides: ['meta-analysis', 'surgery-vs-ablation'],
    dataset: 'meijerink2018',
    publication:
      'Meijerink MR, Puijk RS, van Tilborg AAJM, et al. Radiofrequency and Microwave Ablation Compared to Systemic Chemotherapy and to Partial Hepatectomy in the Treatment of Colorectal Liver Metastases: A Systematic Review and Meta-Analysis. Cardiovasc Intervent Radiol 2018;41(8):1189–1204. https://doi.org/10.1007/s00270-018-1959-3',
  },
  {
    id: 'collision',
    citation: 'COLLISION trial (no citation printed in the lecture)',
    slides: ['collision-design', 'collision-population', 'collision-os', 'collision-summary', 'collision-comments'],
    dataset: 'collision',
    publication:
      'van der Lei S, Puijk RS, Dijkstra M, et al. Thermal ablation versus surgical resection of small-size colorectal liver metastases (COLLISION): an international, randomised, controlled, phase 3 non-inferiority trial. Lancet Oncol 2025;26(2):187–199. doi:10.1016/S1470-2045(24)00660-0',
  },
  { id: 'arabiah2022', citation: 'K. Arabiah, G. Liao, Q. Shen et al. 2022, Journal of the National Cancer Center', slides: ['sbrt'], dataset: 'sbrt2022' },
  { id: 'adam2015', citation: 'Expert Consensus, Adam et al, Cancer treatment Reviews 2015', slides: ['oligoprogression-definition'], dataset: 'consensus2015' },
  { id: 'adam2017', citation: 'R. Adam et al. / European Journal of Cancer 78 (2017)', slides: ['adam2017'], dataset: 'adam2017' },
  { id: 'vigano2012', citation: 'L. Viganò et al., Ann Surg Oncol (2012)', slides: ['vigano2012'], dataset: 'vigano2012' },
  { id: 'paulBrousseBlm', citation: 'Paul Brousse Hospital - 139 Pts (1985-2012)', slides: ['blm-paul-brousse'], dataset: 'blmPaulBrousse' },
  { id: 'blmSeries', citation: 'Ten published BLM series (Pocard 2000 … Sadot 2016; first author and year only)', slides: ['blm-series'], dataset: 'blmSeries' },
]

export const references = defineDataset({
  id: 'references',
  source: {
    citation: 'All citations of the lecture',
    slide: 'References',
    caveats: [
      'Only references marked with a publication were checked against the literature; the others are given exactly as the lecture cites them.',
    ],
  },
  measures: {},
  items,
})

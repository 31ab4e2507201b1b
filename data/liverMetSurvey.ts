import { defineDataset } from './types'

/** LiverMetSurvey international registry: the counts printed on the lecture's registry slides. */
export const liverMetSurvey = defineDataset({
  id: 'liverMetSurvey',
  source: {
    citation: 'LIVERMETSURVEY (www.livermetsurvey-arcad.org)',
    slide: 'LIVERMETSURVEY : SURVIVAL AFTER LIVER RESECTION / LIVERMETSURVEY : Overall Survival after Liver resection',
    caveats: [
      'The survival curves of these slides are images: no survival percentage or number at risk is in the text.',
      'The text does not say how the 28895 (first liver operation) and 26746 (first hepatectomy) cohorts are drawn from the 31,536 patients.',
    ],
  },
  measures: {
    'dec2023.patients': 'patients in the registry, December 2023',
    'dec2023.centers': 'contributing centers, December 2023',
    'dec2023.countries': 'contributing countries, December 2023',
    'dec2023.firstLiverOperationPatients': 'patients with a 1st liver operation for colorectal metastases (survival curve population)',
    'dec2023.firstHepatectomyPatients': 'patients with a 1st hepatectomy for colorectal metastases (survival curve population)',
    'june2020.patients': 'patients in the registry, June 2020',
    'june2020.centers': 'contributing centers, June 2020',
    'june2020.countries': 'contributing countries, June 2020',
  },
  website: 'www.livermetsurvey-arcad.org',
  dec2023: {
    label: 'Dec 2023',
    patients: 31536,
    centers: 374,
    countries: 64,
    firstLiverOperationPatients: 28895,
    firstHepatectomyPatients: 26746,
  },
  june2020: { label: 'June 2020', patients: 28081, centers: 366, countries: 63 },
  /** Date printed with the single-metachronous tables (see lmsSingleMetachronous). */
  june2021: { label: 'June 2021' },
})

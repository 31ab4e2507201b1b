import { defineDataset } from './types'

/** Adam et al. 2017: resection of colorectal liver metastases after second-line chemotherapy (LiverMetSurvey). */
export const adam2017 = defineDataset({
  id: 'adam2017',
  source: {
    citation: 'R. Adam et al. / European Journal of Cancer 78 (2017)',
    slide: 'Resection of colorectal liver metastases after second-line chemotherapy: is it worthwhile? A LiverMetSurvey analysis of 6415 patients',
    caveats: [
      'The survival curves ("Survival after Diagnosis", "Survival after Hepatectomy") are images: no survival percentage, group size or hazard ratio is in the text.',
      'The text does not say how many of the 6415 patients had second-line chemotherapy.',
    ],
  },
  measures: {
    patients: 'patients analysed in LiverMetSurvey (count)',
  },
  title: 'Resection of colorectal liver metastases after second-line chemotherapy: is it worthwhile? A LiverMetSurvey analysis of 6415 patients',
  journal: 'European Journal of Cancer 78 (2017)',
  patients: 6415,
  panels: ['Survival after Diagnosis', 'Survival after Hepatectomy'],
  conclusion: 'Surgery should not be denied after the failure Of 1st line chemotherapy',
})

import { defineDataset } from './types'

/** The lecture's message on preoperative chemotherapy by number and size of metastases (its figure has no values). */
export const preopChemotherapy = defineDataset({
  id: 'preopChemotherapy',
  source: {
    citation: 'The lecture\'s slide "Role of Preop Chemotherapy vs Number and Size" (no citation given)',
    slide: 'Role of Preop Chemotherapy vs Number and Size',
    caveats: [
      'The figure\'s values are not in the text, and no source is printed for it: only its message is.',
    ],
  },
  measures: {},
  message: 'The more extended the disease, the most useful the chemo',
})

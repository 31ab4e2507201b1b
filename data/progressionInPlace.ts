import { defineDataset } from './types'

/**
 * The lecture's own lines on progression of liver metastases in place (part 4). The slide prints no citation:
 * the case simulator's open question after a second line quotes the exception from here.
 */
export const progressionInPlace = defineDataset({
  id: 'progressionInPlace',
  source: {
    citation: 'The lecture\'s own slide (no citation given)',
    slide: 'What definition for progressive disease ? (Progression of liver metastases in place ?)',
    caveats: [
      'The exception is printed as a question ("Surgery at some conditions ?"): the lecture leaves the decision to a complete resection and a consensus MDT decision.',
    ],
  },
  measures: {},
  relativeContraindication: 'Relative contraindication to surgery because poor long-term outcome',
  controlFirst: 'Control of the disease by chemotherapy, even with a 2nd line regimen and then surgery...',
  exception: 'Exception : progression despite optimal therapy and unlikely to obtain a response... Surgery at some conditions ? if complete and consensus MDT decision',
})

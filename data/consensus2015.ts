import { defineDataset } from './types'

/**
 * Expert consensus (Adam et al, 2015) as the lecture uses it to define oligo-progressive disease:
 * synchronous → short chemotherapy first ("test of time"); metachronous → depends on the timing of recurrence.
 */
export const consensus2015 = defineDataset({
  id: 'consensus2015',
  source: {
    citation: 'Expert Consensus, Adam et al, Cancer treatment Reviews 2015',
    slide: 'What definition for oligo progressive disease ?',
    caveats: [
      'The lecture cites the consensus for the synchronous case only; the metachronous rules (early < 6 months / late > 6 months) are printed on the same slide without a separate citation.',
      'The text does not say from which event the 6 months are counted (resection of the primary, end of adjuvant chemotherapy...).',
      'Exactly 6 months is neither "< 6" nor "> 6" in the text.',
    ],
  },
  measures: {
    earlyRecurrenceMonths: 'months: recurrence earlier than this is "early" (< 6 months), later is "late" (> 6 months)',
  },
  earlyRecurrenceMonths: 6,
  synchronous: {
    rule: 'Short chemotherapy first to have the « test of time » and one or two stage surgery (Liver + Colon) in case of tumor control by chemotherapy',
    chemotherapyFirst: true,
    evenForLimitedDisease: true,
  },
  metachronous: {
    /** What a rationale built on the metachronous lines cites: the lecture attaches the consensus to the synchronous line only. */
    citation: 'The lecture\'s slide on oligo-progressive disease (its metachronous lines carry no citation)',
    dependsOn: ['timing', 'adjuvant chemotherapy received', 'aggressiveness of recurrence'],
    early: { printed: 'Early recurrence (< 6 months)', treatment: 'Chemotherapy and surgery' },
    late: { printed: 'Late recurrence (> 6 months)', treatment: 'Surgery upfront for easy-to-resect LM' },
  },
})

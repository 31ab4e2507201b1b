import { defineDataset } from './types'

/**
 * The lecture's lines on thermal ablation itself (size range and safety margin), printed on the slide that then
 * turns to CLOCC. They carry no citation of their own: CLOCC's "(Ruers et al; Ann Oncol 2012)" closes the
 * sentence on the trial only, so the size range is not a CLOCC criterion.
 */
export const thermalAblation = defineDataset({
  id: 'thermalAblation',
  source: {
    citation: 'The lecture\'s slide on thermal ablation (no citation beside these lines)',
    slide: 'What is the best treatment of Oligo-metastatic disease ? (thermal ablation)',
    caveats: [
      'The size range "max 2-3 cm" and the safety-margin line are printed without a citation; the slide opens with the ESMO 2022 statement on surgery and closes with CLOCC (Ruers et al; Ann Oncol 2012), neither of which the text attaches to them.',
      'The text does not say what "max 2-3 cm" separates: this deck reads up to 2 cm as within the range and 2-3 cm as its edge (the reading is said where it is used).',
    ],
  },
  measures: {
    'sizeLimitCm.min': 'lower end of the size range of thermal ablation (cm; "max 2-3 cm")',
    'sizeLimitCm.max': 'upper end of the size range of thermal ablation (cm; "max 2-3 cm")',
  },
  sizeLimitCm: { min: 2, max: 3, printed: 'max 2-3 cm' },
  sizeLine: 'Thermal ablation such as radiofrequency ablation (RFA) has a limitation inherent to size range of max 2-3 cm',
  safetyMargin: 'Safety margin of ablation is a strong predictor of complete eradication',
})

import { adam2017 } from '../../data/adam2017'
import { clocc } from '../../data/clocc'
import { collision } from '../../data/collision'
import { consensus2015 } from '../../data/consensus2015'
import { epoc2008 } from '../../data/epoc2008'
import { esmo2022 } from '../../data/esmo2022'
import { jcog0603 } from '../../data/jcog0603'
import { mariani2013 } from '../../data/mariani2013'
import { progressionInPlace } from '../../data/progressionInPlace'
import { ruiz2018 } from '../../data/ruiz2018'
import { sbrt2022 } from '../../data/sbrt2022'
import { takeHome } from '../../data/takeHome'
import { vigano2012 } from '../../data/vigano2012'
import type { LectureSlide } from '../../data/outline'

/**
 * What a graded choice rests on: the citation as the lecture prints it (read from the dataset's provenance,
 * never retyped) and the route alias of the slide that teaches it (`#/<slide>`).
 */
export interface Evidence {
  citation: string
  slide: LectureSlide
}

export const EVIDENCE = {
  'esmo2022-definition': { citation: esmo2022.source.citation, slide: 'omd-esmo' },
  'esmo2022-chemotherapy': { citation: esmo2022.source.citation, slide: 'esmo-chemo' },
  'esmo2022-surgery': { citation: esmo2022.source.citation, slide: 'surgery-standard' },
  'consensus2015': { citation: consensus2015.source.citation, slide: 'oligoprogression-definition' },
  'epoc': { citation: epoc2008.source.citation, slide: 'epoc-long-term' },
  'jcog0603': { citation: jcog0603.source.citation, slide: 'jcog0603-results' },
  'clocc': { citation: clocc.source.citation, slide: 'thermal-ablation' },
  'clocc-long-term': { citation: `${clocc.source.citation}; long-term results: ${clocc.longTermCitation}`, slide: 'clocc-results' },
  'collision': { citation: collision.source.citation, slide: 'collision-comments' },
  'sbrt': { citation: sbrt2022.source.citation, slide: 'sbrt' },
  'adam2017': { citation: adam2017.source.citation, slide: 'adam2017' },
  'vigano2012': { citation: vigano2012.source.citation, slide: 'vigano2012' },
  // The exception ("progression despite optimal therapy... Surgery at some conditions ? if complete and consensus
  // MDT decision") is printed without a citation: it cites the lecture's own slide, nothing else.
  'progression-in-place': { citation: progressionInPlace.source.citation, slide: 'progression-in-place' },
  'breast-surgery': { citation: ruiz2018.source.citation, slide: 'ruiz2018' },
  'breast-selected': { citation: mariani2013.source.citation, slide: 'mariani2013' },
  'take-home': { citation: takeHome.source.citation, slide: 'take-home' },
} as const satisfies Record<string, Evidence>

export type EvidenceId = keyof typeof EVIDENCE

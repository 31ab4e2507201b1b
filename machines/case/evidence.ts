import { adam2017 } from '../../data/adam2017'
import { addedEvidence } from '../../data/addedEvidence'
import { clocc } from '../../data/clocc'
import { collision } from '../../data/collision'
import { consensus2015 } from '../../data/consensus2015'
import { epoc2008 } from '../../data/epoc2008'
import { esmo2022 } from '../../data/esmo2022'
import { jcog0603 } from '../../data/jcog0603'
import { mariani2013 } from '../../data/mariani2013'
import { preopChemotherapy } from '../../data/preopChemotherapy'
import { progressionInPlace } from '../../data/progressionInPlace'
import { ruiz2018 } from '../../data/ruiz2018'
import { sbrt2022 } from '../../data/sbrt2022'
import { takeHome } from '../../data/takeHome'
import { thermalAblation } from '../../data/thermalAblation'
import { vigano2012 } from '../../data/vigano2012'
import type { LectureSlide } from '../../data/outline'

/**
 * What a graded choice rests on: the citation as the lecture prints it, or the full short citation of a public
 * fact the deck adds (read from the dataset's provenance, never retyped), and the route alias of the slide that
 * teaches it (`#/<slide>`).
 */
export interface Evidence {
  citation: string
  slide: LectureSlide
}

/**
 * Where the words a rationale quotes may come from, for the consistency check "a rationale cites the source its
 * words come from": the part of the lecture's text the source covers (first words, words that start the next part),
 * and for a public fact the deck's statement of it.
 */
export interface EvidenceSource extends Evidence {
  /** From the first words (included) to the words that start the next part (excluded; null: to the lecture's end). */
  passage: readonly [from: string, to: string | null]
  statement?: string
}

const ESMO_DEFINITION = ['A traditional clinical definition of OMD', 'Owing to the heterogeneity'] as const
const CLOCC = ['In the randomized phase II', 'SURGERY VERSUS ABLATION'] as const
// The trial as the lecture presents it, up to its closing line, which is the lecture's own comment.
const COLLISION = ['Phase III multicenter partially single-blind', 'Equal results with less risk'] as const
const EPOC = ['Perioperative chemotherapy improve DFS', 'Is Chemotherapy useful for Single'] as const
const PROGRESSION = ['**Progression of liver metastases in place ?**', 'LIVERMETSURVEY : Overall Survival'] as const

export const EVIDENCE = {
  'esmo2022-definition': { citation: esmo2022.source.citation, slide: 'omd-esmo', passage: ESMO_DEFINITION },
  // Beside ESMO's definition the lecture proposes its own three categories: its words, not ESMO's.
  'three-categories': { citation: 'The lecture\'s own proposal beside ESMO\'s definition (no citation given)', slide: 'omd-esmo', passage: ['Owing to the heterogeneity', 'Management of Oligo-Progressive'] },
  'esmo2022-chemotherapy': { citation: esmo2022.source.citation, slide: 'esmo-chemo', passage: ['Is chemotherapy always indicated for Oligo-metastatic disease ?\n', 'Hepatectomy Followed by'] },
  'esmo2022-surgery': { citation: esmo2022.source.citation, slide: 'surgery-standard', passage: ['For patients with resectable OMD, **surgery remains', 'LIVERMETSURVEY : SURVIVAL AFTER'] },
  'preop-chemotherapy': { citation: preopChemotherapy.source.citation, slide: 'preop-number-size', passage: ['Role of Preop Chemotherapy vs Number and Size', 'Is chemotherapy always indicated'] },
  // The lecture cites the Expert Consensus for the synchronous line only; its metachronous lines carry no citation.
  'consensus2015': { citation: consensus2015.source.citation, slide: 'oligoprogression-definition', passage: ['Synchronous : even for limited disease', 'Metachronous : depends'] },
  'metachronous': { citation: consensus2015.metachronous.citation, slide: 'oligoprogression-definition', passage: ['Metachronous : depends', 'What definition for progressive disease'] },
  'epoc-2008': { citation: epoc2008.source.citation, slide: 'epoc-long-term', passage: EPOC },
  'epoc-long-term': { citation: addedEvidence.nordlinger2013.citation, slide: 'epoc-long-term', passage: EPOC, statement: addedEvidence.nordlinger2013.statement },
  'jcog0603': { citation: jcog0603.source.citation, slide: 'jcog0603-results', passage: ['Hepatectomy Followed by mFOLFOX6', 'What is the objective'] },
  // "max 2-3 cm" and the safety margin are printed before CLOCC without a citation: they are not CLOCC's.
  'thermal-ablation': { citation: thermalAblation.source.citation, slide: 'thermal-ablation', passage: ['Thermal ablation such as', 'In the randomized phase II'] },
  'clocc': { citation: clocc.source.citation, slide: 'thermal-ablation', passage: CLOCC },
  'clocc-long-term': { citation: `${clocc.source.citation}; long-term results: ${clocc.longTermCitation}`, slide: 'clocc-results', passage: CLOCC },
  'clocc-population': { citation: addedEvidence.ruers2017.citation, slide: 'clocc-results', passage: CLOCC, statement: addedEvidence.ruers2017.statement },
  'collision-design': { citation: collision.source.citation, slide: 'collision-design', passage: COLLISION },
  'collision': { citation: collision.source.citation, slide: 'collision-comments', passage: COLLISION },
  // "Equal results with less risk for a very limited subset of patients" closes the lecture's comments on COLLISION:
  // the lecturer's conclusion, not the trial's.
  'collision-comment': { citation: 'The lecture\'s comment on COLLISION (its own conclusion, no citation given)', slide: 'collision-comments', passage: ['Equal results with less risk', 'The evolving role of radiation therapy'] },
  'collision-trial': { citation: addedEvidence.vanDerLei2025.citation, slide: 'collision-design', passage: COLLISION, statement: addedEvidence.vanDerLei2025.statement },
  // The table is Arabiah et al.'s; the line under it ("No randomised and No large prospective trials...A treatment
  // option for inoperable pts") is the lecturer's comment on it.
  'sbrt': { citation: sbrt2022.source.citation, slide: 'sbrt', passage: ['The evolving role of radiation therapy', 'No randomised and No large'] },
  'sbrt-comment': { citation: `The lecture's comment under its SBRT table (table from ${sbrt2022.source.citation})`, slide: 'sbrt', passage: ['No randomised and No large', 'Management of Oligo-Progressive'] },
  'adam2017': { citation: adam2017.source.citation, slide: 'adam2017', passage: ['Resection of colorectal liver metastases after second-line', 'Progression while Receiving'] },
  'vigano2012': { citation: vigano2012.source.citation, slide: 'vigano2012', passage: ['Progression while Receiving Preoperative', 'Management of Oligo-Progressive'] },
  // The exception ("progression despite optimal therapy... Surgery at some conditions ? if complete and consensus
  // MDT decision") is printed without a citation: it cites the lecture's own slide, nothing else.
  'progression-in-place': { citation: progressionInPlace.source.citation, slide: 'progression-in-place', passage: PROGRESSION },
  'oligoprogression-radiotherapy': { citation: addedEvidence.guckenberger2020.citation, slide: 'progression-in-place', passage: PROGRESSION, statement: addedEvidence.guckenberger2020.statement },
  'breast-surgery': { citation: ruiz2018.source.citation, slide: 'ruiz2018', passage: ['Surgical Resection versus Systemic therapy for Breast', 'What is the best treatment of Oligo-metastatic disease ?'] },
  'breast-selected': { citation: mariani2013.source.citation, slide: 'mariani2013', passage: ['Liver metastases from breast cancer: Surgical resection or not?', 'Surgical Resection versus Systemic'] },
  'take-home': { citation: takeHome.source.citation, slide: 'take-home', passage: ['Take Home messages', null] },
} as const satisfies Record<string, EvidenceSource>

export type EvidenceId = keyof typeof EVIDENCE

/** The citation and slide of a source (what a grade carries), without the passage the tests read. */
export function evidenceOf(id: EvidenceId): Evidence {
  const { citation, slide } = EVIDENCE[id]
  return { citation, slide }
}

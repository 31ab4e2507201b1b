/** Where a dataset comes from: the lecture is the source of truth for every number. */
export interface Provenance {
  /** The citation as the lecture gives it (author, journal, year). */
  citation: string
  /** Title of the lecture slide the numbers belong to. */
  slide: string
  /** Full reference from the public literature, when it adds to what the lecture prints. */
  publication?: string
  /** Anything the lecture's text leaves unsaid (missing time axis, unlabelled arms, ...). */
  caveats?: string[]
}

export interface DatasetBase {
  /** Stable id, also the key in `data/index.ts`. */
  id: string
  source: Provenance
  /** What each number measures, keyed by field name (e.g. atRisk: 'patients at risk'). */
  measures: Record<string, string>
}

/** Identity helper that checks a dataset's shape and keeps its literal types. */
export function defineDataset<const T extends DatasetBase>(dataset: T): T {
  return dataset
}

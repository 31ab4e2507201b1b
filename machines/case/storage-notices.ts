import type { ProgressNotice } from '../../lib/learner/progress-envelope'

// Apart from the progress codec: the case player shows these lines and must load without the codec's code.

export type CaseStorageNotice = ProgressNotice

export const CASE_NOTICES: Record<CaseStorageNotice, string> = {
  corrupt: 'Saved progress for this case could not be read: the case starts afresh.',
  outdated: 'Saved progress was for an earlier version of this case: the case starts afresh.',
}

import type { CaseFile } from './schema'
import type { CaseView } from './view'
import { caseFacts } from './facts'

/**
 * The case as it opens, before any step: what `buildCaseView` shows at the presentation, computed without the case
 * machine, so that a phone shows the story while the machine's code (most of a case's code) is still on its way.
 */
export function introView(caseFile: CaseFile): CaseView {
  return {
    stage: 'presentation',
    facts: caseFacts(caseFile),
    restaging: [],
    currentRestaging: null,
    decision: null,
    chemotherapyLine: null,
    feedback: null,
    score: { points: 0, max: 0, answered: 0 },
    outcome: null,
    learnerPath: [],
    bestPath: [],
    debrief: [],
    debriefNotes: [],
  }
}

/**
 * What the deck may write in this launch, from the mode and credit the LMS launched it with (SCORM 1.2
 * cmi.core.lesson_mode / cmi.core.credit, SCORM 2004 cmi.mode / cmi.credit, cmi5 launchMode), and what the learner
 * page says about it. Moodle relaunches a finished attempt (status completed, passed or failed) in review mode
 * with no-credit, and stores whatever the content writes then, so the content must hold back itself:
 * - normal with credit: everything (progress, answers, score and status, session time);
 * - normal without credit: progress, answers and time, never a score or a status;
 * - review or browse: nothing at all (the progress the LMS kept is still shown).
 * Pure.
 */

export type LmsRecording = 'everything' | 'progress' | 'nothing'

export interface LmsSessionMode {
  recording: LmsRecording
  /** The line the learner page shows, or null in a normal launch for credit. */
  notice: string | null
}

export const REVIEW_NOTICE = 'Review mode: your answers are not recorded'
export const BROWSE_NOTICE = 'Browse mode: your answers are not recorded'
export const NO_CREDIT_NOTICE = 'No credit: your score is not recorded'

/** SCORM 1.2 and 2004: `mode` normal / review / browse, `credit` credit / no-credit (empty: the defaults). */
export function scormSessionMode(mode: string, credit: string): LmsSessionMode {
  if (mode === 'review')
    return { recording: 'nothing', notice: REVIEW_NOTICE }
  if (mode === 'browse')
    return { recording: 'nothing', notice: BROWSE_NOTICE }
  if (credit === 'no-credit')
    return { recording: 'progress', notice: NO_CREDIT_NOTICE }
  return { recording: 'everything', notice: null }
}

/** cmi5 launch data's launchMode: Normal, Browse or Review (cmi5 section 10.2.2). */
export function cmi5SessionMode(launchMode: string): LmsSessionMode {
  if (launchMode === 'Review')
    return { recording: 'nothing', notice: REVIEW_NOTICE }
  if (launchMode === 'Browse')
    return { recording: 'nothing', notice: BROWSE_NOTICE }
  return { recording: 'everything', notice: null }
}

import type { InteractionRecord } from '../../lib/lms/scorm-values'
import type { LmsReport } from '../../lib/lms/report'
import type { LmsSessionMode } from '../../lib/lms/session-mode'

/** One LMS standard as the runtime (lmsRuntime.ts) drives it. */
export interface LmsAdapter {
  standard: 'scorm12' | 'scorm2004' | 'cmi5'
  /** What this launch may record (its mode and credit) and what the learner page says about it. */
  session: LmsSessionMode
  /** The LMS's mastery score, 0..1, or null (the deck's 80% applies). */
  mastery: number | null
  /** The progress the LMS kept from an earlier session (lib/lms/suspend-data.ts), or null. */
  suspendData: string | null
  /** Hands the LMS the progress; a string it must not take (over the limit) is not written: false. */
  setSuspendData: (text: string) => boolean
  /** Score and status, as this standard receives them. */
  report: (report: LmsReport) => void
  interaction: (record: InteractionRecord) => void
  /** Sends what was set; false (or a rejection) when the LMS did not take it: it is retried. */
  commit: () => Promise<boolean> | boolean
  /** The session ends (the page is hidden for good): session time and suspend when given, last commit, terminate. */
  finish: (sessionMs: number | null) => void
}

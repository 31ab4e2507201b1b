import type { InteractionRecord } from '../../../lib/lms/scorm-values'
import type { LmsReport } from '../../../lib/lms/report'

/** One LMS standard as the runtime (lmsRuntime.ts) drives it. */
export interface LmsAdapter {
  standard: 'scorm12' | 'scorm2004' | 'cmi5'
  /** The LMS's mastery score, 0..1, or null (the deck's 80% applies). */
  mastery: number | null
  /** The progress the LMS kept from an earlier session (lib/lms/suspend-data.ts), or null. */
  suspendData: string | null
  setSuspendData: (text: string) => void
  report: (report: LmsReport) => void
  interaction: (record: InteractionRecord) => void
  /** Sends what was set; false (or a rejection) when the LMS did not take it: it is retried. */
  commit: () => Promise<boolean> | boolean
  /** The session ends (the page is hidden for good): session time, suspend, last commit, terminate. */
  finish: (sessionMs: number) => void
}

import type { InteractionRecord } from '../../../lib/lms/scorm-values'
import type { LmsReport } from '../../../lib/lms/report'
import type { Scorm12Api, Scorm2004Api } from '../../../lib/lms/find-api'
import type { LmsAdapter } from './adapter'
import { duration2004, interaction12, interaction2004, timespan12 } from '../../../lib/lms/scorm-values'

const truthy = (value: string) => value === 'true'

/** SCORM 1.2 (the `API` object): cmi.core.* and cmi.suspend_data; status passed/failed once complete. */
export function scorm12Adapter(api: Scorm12Api): LmsAdapter {
  api.LMSInitialize('')
  const mastery = Number.parseFloat(api.LMSGetValue('cmi.student_data.mastery_score'))
  let interactions = Number.parseInt(api.LMSGetValue('cmi.interactions._count'), 10) || 0
  const set = (element: string, value: string) => api.LMSSetValue(element, value)
  return {
    standard: 'scorm12',
    mastery: Number.isFinite(mastery) ? mastery / 100 : null,
    suspendData: api.LMSGetValue('cmi.suspend_data') || null,
    setSuspendData: text => set('cmi.suspend_data', text),
    report(report: LmsReport) {
      set('cmi.core.score.min', '0')
      set('cmi.core.score.max', String(report.score.max))
      set('cmi.core.score.raw', String(report.score.raw))
      set('cmi.core.lesson_status', report.completed ? (report.success === 'passed' ? 'passed' : 'failed') : 'incomplete')
    },
    interaction(record: InteractionRecord) {
      for (const [element, value] of interaction12(interactions, record))
        set(element, value)
      interactions++
    },
    commit: () => truthy(api.LMSCommit('')),
    finish(sessionMs: number) {
      set('cmi.core.session_time', timespan12(sessionMs))
      set('cmi.core.exit', 'suspend')
      api.LMSCommit('')
      api.LMSFinish('')
    },
  }
}

/** SCORM 2004 4th Edition (`API_1484_11`): completion and success apart, scaled score, the LMS's passing score. */
export function scorm2004Adapter(api: Scorm2004Api): LmsAdapter {
  api.Initialize('')
  const mastery = Number.parseFloat(api.GetValue('cmi.scaled_passing_score'))
  let interactions = Number.parseInt(api.GetValue('cmi.interactions._count'), 10) || 0
  const set = (element: string, value: string) => api.SetValue(element, value)
  return {
    standard: 'scorm2004',
    mastery: Number.isFinite(mastery) ? mastery : null,
    suspendData: api.GetValue('cmi.suspend_data') || null,
    setSuspendData: text => set('cmi.suspend_data', text),
    report(report: LmsReport) {
      set('cmi.score.min', '0')
      set('cmi.score.max', String(report.score.max))
      set('cmi.score.raw', String(report.score.raw))
      set('cmi.score.scaled', String(report.score.scaled))
      set('cmi.progress_measure', String(report.progress))
      set('cmi.completion_status', report.completed ? 'completed' : 'incomplete')
      set('cmi.success_status', report.success)
    },
    interaction(record: InteractionRecord) {
      for (const [element, value] of interaction2004(interactions, record))
        set(element, value)
      interactions++
    },
    commit: () => truthy(api.Commit('')),
    finish(sessionMs: number) {
      set('cmi.session_time', duration2004(sessionMs))
      set('cmi.exit', 'suspend')
      api.Commit('')
      api.Terminate('')
    },
  }
}

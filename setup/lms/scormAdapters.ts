import type { InteractionRecord } from '../../lib/lms/scorm-values'
import type { LmsReport } from '../../lib/lms/report'
import type { Scorm12Api, Scorm2004Api } from '../../lib/lms/find-api'
import type { LmsAdapter } from './adapter'
import { duration2004, interaction12, interaction2004, scorm12Report, scorm2004Report, timespan12 } from '../../lib/lms/scorm-values'
import { scormSessionMode } from '../../lib/lms/session-mode'
import { isWritableSuspendData } from '../../lib/lms/suspend-data'

const truthy = (value: string) => value === 'true'

function guarded(text: string, set: (text: string) => void): boolean {
  if (!isWritableSuspendData(text)) {
    console.warn(`suspend_data of ${text.length} characters not written (the limit is 4,096): the LMS keeps its last copy.`)
    return false
  }
  set(text)
  return true
}

/**
 * SCORM 1.2 (the `API` object): cmi.core.* and cmi.suspend_data. The launch's cmi.core.lesson_mode and
 * cmi.core.credit say what may be written (lib/lms/session-mode.ts); the runtime writes nothing else.
 */
export function scorm12Adapter(api: Scorm12Api): LmsAdapter {
  api.LMSInitialize('')
  const mastery = Number.parseFloat(api.LMSGetValue('cmi.student_data.mastery_score'))
  const session = scormSessionMode(api.LMSGetValue('cmi.core.lesson_mode'), api.LMSGetValue('cmi.core.credit'))
  let interactions = Number.parseInt(api.LMSGetValue('cmi.interactions._count'), 10) || 0
  const set = (element: string, value: string) => api.LMSSetValue(element, value)
  return {
    standard: 'scorm12',
    session,
    mastery: Number.isFinite(mastery) ? mastery / 100 : null,
    suspendData: api.LMSGetValue('cmi.suspend_data') || null,
    setSuspendData: text => guarded(text, value => set('cmi.suspend_data', value)),
    report(report: LmsReport) {
      for (const [element, value] of scorm12Report(report))
        set(element, value)
    },
    interaction(record: InteractionRecord) {
      for (const [element, value] of interaction12(interactions, record))
        set(element, value)
      interactions++
    },
    commit: () => truthy(api.LMSCommit('')),
    finish(sessionMs: number | null) {
      if (sessionMs !== null) {
        set('cmi.core.session_time', timespan12(sessionMs))
        set('cmi.core.exit', 'suspend')
        api.LMSCommit('')
      }
      api.LMSFinish('')
    },
  }
}

/** SCORM 2004 4th Edition (`API_1484_11`): completion and success apart, cmi.mode and cmi.credit, the passing score. */
export function scorm2004Adapter(api: Scorm2004Api): LmsAdapter {
  api.Initialize('')
  const mastery = Number.parseFloat(api.GetValue('cmi.scaled_passing_score'))
  const session = scormSessionMode(api.GetValue('cmi.mode'), api.GetValue('cmi.credit'))
  let interactions = Number.parseInt(api.GetValue('cmi.interactions._count'), 10) || 0
  const set = (element: string, value: string) => api.SetValue(element, value)
  return {
    standard: 'scorm2004',
    session,
    mastery: Number.isFinite(mastery) ? mastery : null,
    suspendData: api.GetValue('cmi.suspend_data') || null,
    setSuspendData: text => guarded(text, value => set('cmi.suspend_data', value)),
    report(report: LmsReport) {
      for (const [element, value] of scorm2004Report(report))
        set(element, value)
    },
    interaction(record: InteractionRecord) {
      for (const [element, value] of interaction2004(interactions, record))
        set(element, value)
      interactions++
    },
    commit: () => truthy(api.Commit('')),
    finish(sessionMs: number | null) {
      if (sessionMs !== null) {
        set('cmi.session_time', duration2004(sessionMs))
        set('cmi.exit', 'suspend')
        api.Commit('')
      }
      api.Terminate('')
    },
  }
}

import type { InteractionRecord } from '../../lib/lms/scorm-values'
import type { LmsReport } from '../../lib/lms/report'
import type { LmsAdapter } from './adapter'
import { cmi5SessionMode } from '../../lib/lms/session-mode'
import { isWritableSuspendData } from '../../lib/lms/suspend-data'

/** The state document under which the deck keeps the learner's progress in the LRS (per registration). */
export const CMI5_PROGRESS_STATE_ID = 'https://omd-deck.example/xapi/state/progress'
const SELF_TEST_ID = 'self-test'

/**
 * cmi5 through @xapi/cmi5 (loaded only when the LMS launched the deck with cmi5's launch parameters):
 * initialized on start (the library fetches the auth token and the launch data, then sends "initialized"),
 * "answered" per self-test answer, "passed" or "failed" (with the self-test's scaled score) once the self-test is
 * done, "completed" once the whole course is, "terminated" at the end; statements go out in that order, each
 * retried until the LRS takes it. In Browse or Review launch mode the runtime records nothing (no answer, no
 * verdict, no state: lib/lms/session-mode.ts); the session still opens with "initialized" and closes with
 * "terminated", as cmi5 requires of every session.
 */
export async function cmi5Adapter(): Promise<LmsAdapter> {
  const { default: Cmi5 } = await import('@xapi/cmi5')
  const cmi5 = new Cmi5()
  await cmi5.initialize()
  const launch = cmi5.getLaunchParameters()
  const data = cmi5.getLaunchData()
  const state = { agent: launch.actor, activityId: launch.activityId, registration: launch.registration, stateId: CMI5_PROGRESS_STATE_ID }
  let suspendData: string | null = null
  try {
    const response = await cmi5.xapi!.getState(state)
    const saved = (response.data as { suspendData?: unknown } | null)?.suspendData
    suspendData = typeof saved === 'string' ? saved : null
  }
  catch {
    // No state yet (404 on a first launch), or the LRS refused: start from nothing.
  }

  const queue: Array<() => Promise<unknown>> = []
  let pendingState: string | null = null
  let judged: 'passed' | 'failed' | null = null
  let completed = false

  async function flush(): Promise<boolean> {
    while (queue.length) {
      try {
        await queue[0]()
        queue.shift()
      }
      catch (error) {
        console.warn('cmi5: a statement was not taken, it will be retried:', error)
        return false
      }
    }
    if (pendingState !== null) {
      const text = pendingState
      try {
        await cmi5.xapi!.setState({ ...state, state: { suspendData: text } })
        if (pendingState === text)
          pendingState = null
      }
      catch {
        return false
      }
    }
    return true
  }

  return {
    standard: 'cmi5',
    session: cmi5SessionMode(String(data.launchMode)),
    mastery: typeof data.masteryScore === 'number' ? data.masteryScore : null,
    suspendData,
    setSuspendData: (text) => {
      if (!isWritableSuspendData(text))
        return false
      pendingState = text
      return true
    },
    report(report: LmsReport) {
      // One verdict per session; a later pass after a fail is still reported.
      if (report.success !== 'unknown' && report.success !== judged && judged !== 'passed') {
        judged = report.success
        const score = report.scaled
        queue.push(() => (report.success === 'passed' ? cmi5.pass(score) : cmi5.fail(score)))
      }
      if (report.completed && !completed) {
        completed = true
        queue.push(() => cmi5.complete())
      }
    },
    interaction(record: InteractionRecord) {
      const response = typeof record.answer === 'boolean' ? String(record.answer) : Array.isArray(record.answer) ? record.answer.join('[,]') : String(record.answer)
      const interactionType = record.kind === 'true-false' ? 'true-false' : record.kind === 'numeric' ? 'numeric' : 'choice'
      // The library takes the time spent as a period and writes its ISO 8601 duration itself.
      const period = record.latencyMs !== null ? { start: new Date(record.at.getTime() - record.latencyMs), end: record.at } : undefined
      const definition = { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType } as const
      queue.push(() => cmi5.interaction(SELF_TEST_ID, record.id, response, definition, record.correct, period))
    },
    commit: flush,
    finish() {
      // cmi5 has no session time to set: "terminated" carries the session's duration, written by the library.
      void flush().finally(() => cmi5.terminate())
    },
  }
}

import type { LmsRecording } from '../../../lib/lms/session-mode'
import { readonly, ref } from 'vue'

/** The LMS that launched the deck, as the learner pages show it (null outside an LMS). Set by lmsRuntime.ts. */
export interface LmsSessionState {
  standard: 'scorm12' | 'scorm2004' | 'cmi5'
  recording: LmsRecording
  /** "Review mode: your answers are not recorded", or null in a normal launch for credit. */
  notice: string | null
}

const state = ref<LmsSessionState | null>(null)

export const lmsSession = readonly(state)

export function setLmsSession(session: LmsSessionState): void {
  state.value = session
}

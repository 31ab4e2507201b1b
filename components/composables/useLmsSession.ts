import type { LmsRecording } from '../../lib/lms/session-mode'
import { readonly, ref, type Ref } from 'vue'

/** The LMS that launched the deck, as the learner pages show it (null outside an LMS). Set by setup/lms/lmsRuntime.ts. */
export interface LmsSessionState {
  standard: 'scorm12' | 'scorm2004' | 'cmi5'
  recording: LmsRecording
  /** "Review mode: your answers are not recorded", or null in a normal launch for credit. */
  notice: string | null
}

const state = ref<LmsSessionState | null>(null)
const session = readonly(state)

/** The LMS session, read-only: null until the LMS runtime (setup/lms) has found the LMS that launched the deck. */
export function useLmsSession(): Readonly<Ref<LmsSessionState | null>> {
  return session
}

export function setLmsSession(session: LmsSessionState): void {
  state.value = session
}

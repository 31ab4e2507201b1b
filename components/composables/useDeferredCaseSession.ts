import type { Ref, ShallowRef } from 'vue'
import type { CaseFile } from '../../machines/case/schema'
import type { CaseSession } from './useCaseSession'
import { effectScope, onScopeDispose, ref, shallowRef } from 'vue'
import { nextTask } from '../../lib/deck/scheduling'

export interface DeferredCaseSession {
  /** Null until the case machine's code has loaded and the session started. */
  session: ShallowRef<CaseSession | null>
  /** True when that code could not be loaded (offline without the app's offline copy, a failed deploy). */
  failed: Ref<boolean>
}

/**
 * A case's session (`useCaseSession`) started once `ready` resolves, its code loaded then: the learner's page shows
 * the story first and fetches the case machine, most of a case's code, after it. The session ends with the caller's
 * component, as if made in its setup.
 */
export function useDeferredCaseSession(caseFile: CaseFile, ready: Promise<unknown>): DeferredCaseSession {
  const session = shallowRef<CaseSession | null>(null)
  const failed = ref(false)
  const scope = effectScope()
  let ended = false
  onScopeDispose(() => {
    ended = true
    scope.stop()
  })
  ready
    .then(() => import('./useCaseSession'))
    // The code is run in one task and the session started in the next: two shorter tasks on a slow phone.
    .then(async (module) => {
      await nextTask()
      return module
    })
    .then(({ useCaseSession }) => {
      if (!ended)
        session.value = scope.run(() => useCaseSession(caseFile)) ?? null
    })
    .catch((error: unknown) => {
      console.error(`The case "${caseFile.id}" could not be started.`, error)
      failed.value = true
    })
  return { session, failed }
}

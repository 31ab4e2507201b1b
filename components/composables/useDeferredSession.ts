import type { Ref, ShallowRef } from 'vue'
import { effectScope, onScopeDispose, ref, shallowRef } from 'vue'
import { nextTask } from '../../lib/deck/scheduling'

export interface DeferredSession<T> {
  /** Null until the session's code has loaded and the session started. */
  session: ShallowRef<T | null>
  /** True when that code could not be loaded (offline without the app's offline copy, a failed deploy). */
  failed: Ref<boolean>
}

/**
 * A session whose code is loaded once `ready` resolves: a learner's page shows what it can without it first (a case's
 * story) and fetches the machine, most of its code, after.
 * `load` imports the code and returns the session's maker, run as if in the caller's setup: the session ends with the
 * caller's component. Must not use inject() (no component is current when it runs).
 */
export function useDeferredSession<T>(ready: Promise<unknown>, load: () => Promise<() => T>): DeferredSession<T> {
  const session = shallowRef<T | null>(null)
  const failed = ref(false)
  const scope = effectScope()
  let ended = false
  onScopeDispose(() => {
    ended = true
    scope.stop()
  })
  ready
    .then(load)
    // The code is run in one task and the session started in the next: two shorter tasks on a slow phone.
    .then(async (make) => {
      await nextTask()
      if (!ended)
        session.value = scope.run(make) ?? null
    })
    .catch((error: unknown) => {
      console.error('This page\'s code could not be loaded.', error)
      failed.value = true
    })
  return { session, failed }
}

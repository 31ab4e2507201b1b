import type { Ref } from 'vue'
import { readonly, ref } from 'vue'
import { nextTask } from '../../lib/deck/scheduling'

/** A flag that turns true in the next task: what it shows renders after the rest, as a task of its own. */
export function useNextTask(): Readonly<Ref<boolean>> {
  const reached = ref(false)
  void nextTask().then(() => {
    reached.value = true
  })
  return readonly(reached)
}

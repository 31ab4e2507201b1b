import { onBeforeUnmount, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { nextTask } from '../../lib/deck/scheduling'
import { onProgressWritten, useProgressStorage } from './useProgressStorage'

interface StepState { key: string, saved: string | null }

const stepOf = (state: unknown): StepState | undefined => (state as { omdStep?: StepState } | null)?.omdStep

/**
 * The steps of a case or of the self-test as entries of the browser's history, so that a learner on a phone can
 * go back (and forward) a step with the browser's own button. Every new progress written under `key` pushes
 * `?step=<n>` with that progress in the entry's state (history state survives a reload); arriving on an entry by
 * back or forward hands its progress to `restore`. The first progress of a fresh page replaces the entry instead
 * of adding one, so that one back from the first step leaves the page.
 */
export function useStepHistory(key: string, restore: (saved: string) => void) {
  const router = useRouter()
  const route = useRoute()
  let last = useProgressStorage(key).read()
  let step = Number(route.query.step ?? 0) || 0
  let unmounted = false
  // The page's entry holds the progress it opened with; written a task after the page renders (a history write is
  // slow on a phone), or before the first step's, whichever comes first.
  let marked = false
  const markEntry = () => {
    if (marked || unmounted)
      return
    marked = true
    window.history.replaceState({ ...window.history.state, omdStep: { key, saved: last } satisfies StepState }, '')
  }
  const entry = stepOf(window.history.state)
  if (entry?.key === key && entry.saved !== null && entry.saved !== last) {
    marked = true
    last = entry.saved
    restore(entry.saved)
  }
  else {
    void nextTask().then(markEntry)
  }

  const stop = onProgressWritten(key, (text) => {
    if (text === last)
      return
    markEntry()
    const current = stepOf(window.history.state)
    last = text
    const state = { omdStep: { key, saved: text } satisfies StepState }
    if (current?.key === key && current.saved === null) {
      window.history.replaceState({ ...window.history.state, ...state }, '')
      return
    }
    step++
    void router.push({ path: route.path, query: { ...route.query, step: String(step) }, state })
  })

  watch(() => route.query.step, () => {
    step = Number(route.query.step ?? 0) || 0
    const arrived = stepOf(window.history.state)
    if (arrived?.key !== key || arrived.saved === null || arrived.saved === last)
      return
    last = arrived.saved
    restore(arrived.saved)
  })

  onBeforeUnmount(() => {
    unmounted = true
    stop()
  })
}

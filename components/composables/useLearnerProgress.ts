import type { LearnerSummary } from '../../machines/learner/summary'
import newLearner from 'virtual:omd-content/new-learner'
import { ref } from 'vue'
import { progressKeys } from '../../lib/learner/storage-keys'
import { clearProgress, progressReader } from './useProgressStorage'

/**
 * Everything this browser keeps of the learner: cases by part, the self-test (scores by part, certainty
 * calibration, best score), the questions due for review, and the way to erase it all. A new learner's view is
 * computed at build time; only when something is saved are the cases, the rules and the bank loaded to read it
 * (`known` is false meanwhile), so the home opens fast on a phone.
 */
export function useLearnerProgress() {
  const keys = progressKeys(newLearner.caseIds)
  const catalog = ref(newLearner.summary.catalog)
  const selfTest = ref(newLearner.summary.selfTest)
  const due = ref(newLearner.summary.due)
  const known = ref(true)
  const failed = ref(false)
  const show = (summary: LearnerSummary) => {
    catalog.value = summary.catalog
    selfTest.value = summary.selfTest
    due.value = summary.due
    known.value = true
  }
  let reading = 0
  const refresh = () => {
    const read = progressReader()
    const current = ++reading
    if (keys.every(key => read(key) === null))
      return show(newLearner.summary)
    known.value = false
    void Promise.all([import('../../machines/learner/summary'), import('virtual:omd-content/cases'), import('virtual:omd-content/quiz')])
      .then(([{ learnerSummary }, { default: loaded }, { default: bank }]) => {
        if (current !== reading)
          return
        const cases = loaded.flatMap(c => (c.ok ? [c.caseFile] : []))
        show(learnerSummary(cases, bank.questions, read, new Date()))
      })
      .catch((error) => {
        console.error('The saved progress could not be read.', error)
        if (current === reading)
          failed.value = true
      })
  }
  refresh()
  return {
    catalog,
    selfTest,
    due,
    /** False while saved progress is being read: statuses and scores are not shown yet. */
    known,
    /** The code that reads saved progress could not be loaded (offline before the app was kept): say so. */
    failed,
    /** Erases every case's and the self-test's saved progress in this browser. */
    reset: () => {
      const done = clearProgress(keys)
      refresh()
      return done
    },
  }
}

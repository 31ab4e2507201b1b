import type { CatalogPart } from '../../machines/case/catalog'
import type { PartScore } from '../../machines/quiz/scoring'
import { ref } from 'vue'
import { caseCatalog } from '../../machines/case/catalog'
import { caseStorageKey } from '../../machines/case/storage'
import { QUIZ_STORAGE_KEY } from '../../machines/quiz/storage'
import { selfTestSummary } from '../../machines/quiz/summary'
import { loadedCases } from './useCaseFile'
import { clearProgress, useProgressStorage } from './useProgressStorage'
import { useQuizBank } from './useQuizBank'

/** Everything this browser keeps of the learner: cases by part, self-test scores by part, and the way to erase it. */
export function useLearnerProgress() {
  const cases = loadedCases.flatMap(loaded => (loaded.ok ? [loaded.caseFile] : []))
  const { questions } = useQuizBank()
  const read = (key: string) => useProgressStorage(key).read()
  const catalog = ref<CatalogPart[]>([])
  const selfTest = ref<PartScore[]>([])
  const refresh = () => {
    catalog.value = caseCatalog(cases, id => read(caseStorageKey(id)))
    selfTest.value = selfTestSummary(questions, read(QUIZ_STORAGE_KEY))
  }
  refresh()
  return {
    catalog,
    selfTest,
    /** Erases every case's and the self-test's saved progress in this browser. */
    reset: () => {
      const done = clearProgress([...cases.map(c => caseStorageKey(c.id)), QUIZ_STORAGE_KEY])
      refresh()
      return done
    },
  }
}

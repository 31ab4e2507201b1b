/** The deck's content, checked at build time (scripts/checked-content.ts). */
declare module 'virtual:omd-content/cases' {
  const cases: import('./case/load').CheckedCase[]
  export default cases
}
declare module 'virtual:omd-content/quiz' {
  const bank: import('./quiz/bank').CheckedQuizBank
  export default bank
}
declare module 'virtual:omd-content/slides' {
  const slides: { no: number, alias: string | null, title: string }[]
  export default slides
}
declare module 'virtual:omd-content/new-learner' {
  const newLearner: { caseIds: string[], summary: import('./learner/summary').LearnerSummary }
  export default newLearner
}

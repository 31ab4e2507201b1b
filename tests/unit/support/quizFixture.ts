import type { QuizAnswer, QuizQuestion } from '../../../machines/quiz/schema'

const common = { explanation: 'E. F.', slide: 'jcog0603-results' as const, file: 'test.yaml', poll: false }

/** A small bank over two parts, one question of each answer kind that matters for the quiz's flow. */
export const smallBank: QuizQuestion[] = [
  { ...common, id: 'os', part: 1, stem: 'JCOG0603 5-year OS, hepatectomy alone?', type: 'numeric', options: [], correct: 83.1, tolerance: 5, unit: '%', dataPath: 'jcog0603.os.hepatectomyAlone.fiveYearPct' },
  { ...common, id: 'std', part: 3, stem: 'Standard for resectable OMD?', type: 'single', options: [{ id: 'a', text: 'Ablation' }, { id: 'b', text: 'Surgery' }, { id: 'c', text: 'SBRT' }], correct: 'b' },
  { ...common, id: 'sbrt', part: 3, stem: 'SBRT is curative.', type: 'true-false', options: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }], correct: false },
]

/** A right and a wrong answer per question of `smallBank`: the tests' own oracle, not the scoring code. */
export const smallBankAnswers: Record<string, { right: QuizAnswer; wrong: QuizAnswer }> = {
  os: { right: 80, wrong: 71.2 },
  std: { right: 'b', wrong: 'a' },
  sbrt: { right: false, wrong: true },
}

/**
 * What learners' browsers hold: the self-test's progress over `smallBank` exactly as the deck wrote it to
 * localStorage (`omd.quiz.v1`) at commit 0dc30ef, before resume went through XState's resolveState, after:
 * - feedback: start; os 80 (high); next; std a (low)
 * - endAnswering: feedback at the end; part 3; start; std b (medium)
 * - results: feedback at the end; start; os 80 (high), std a (high), sbrt false (medium)
 * - review: feedback at the end; start; os 80 (high), std a (high), sbrt true (low); review
 * - retry: as review, then retry wrong answers; std b (medium)
 * - idle: part 1; certainty off
 */
export const SAVED_AT_0DC30EF = {
  feedback: "{\"version\":2,\"kind\":\"quiz\",\"payload\":{\"phase\":\"feedback\",\"scope\":\"all\",\"feedback\":\"immediate\",\"queue\":[\"os\",\"std\",\"sbrt\"],\"index\":1,\"answers\":{\"os\":80,\"std\":\"a\"},\"round\":1,\"certaintyOn\":true,\"certainties\":{\"os\":\"high\",\"std\":\"low\"},\"best\":{}}}",
  endAnswering: "{\"version\":2,\"kind\":\"quiz\",\"payload\":{\"phase\":\"answering\",\"scope\":3,\"feedback\":\"end\",\"queue\":[\"std\",\"sbrt\"],\"index\":1,\"answers\":{\"std\":\"b\"},\"round\":1,\"certaintyOn\":true,\"certainties\":{\"std\":\"medium\"},\"best\":{}}}",
  results: "{\"version\":2,\"kind\":\"quiz\",\"payload\":{\"phase\":\"results\",\"scope\":\"all\",\"feedback\":\"end\",\"queue\":[\"os\",\"std\",\"sbrt\"],\"index\":2,\"answers\":{\"os\":80,\"std\":\"a\",\"sbrt\":false},\"round\":1,\"certaintyOn\":true,\"certainties\":{\"os\":\"high\",\"std\":\"high\",\"sbrt\":\"medium\"},\"best\":{\"all\":{\"points\":2,\"total\":3}}}}",
  review: "{\"version\":2,\"kind\":\"quiz\",\"payload\":{\"phase\":\"review\",\"scope\":\"all\",\"feedback\":\"end\",\"queue\":[\"os\",\"std\",\"sbrt\"],\"index\":2,\"answers\":{\"os\":80,\"std\":\"a\",\"sbrt\":true},\"round\":1,\"certaintyOn\":true,\"certainties\":{\"os\":\"high\",\"std\":\"high\",\"sbrt\":\"low\"},\"best\":{\"all\":{\"points\":1,\"total\":3}}}}",
  retry: "{\"version\":2,\"kind\":\"quiz\",\"payload\":{\"phase\":\"answering\",\"scope\":\"all\",\"feedback\":\"end\",\"queue\":[\"std\",\"sbrt\"],\"index\":1,\"answers\":{\"os\":80,\"std\":\"b\",\"sbrt\":true},\"round\":2,\"certaintyOn\":true,\"certainties\":{\"os\":\"high\",\"sbrt\":\"low\",\"std\":\"medium\"},\"best\":{\"all\":{\"points\":1,\"total\":3}}}}",
  idle: "{\"version\":2,\"kind\":\"quiz\",\"payload\":{\"phase\":\"idle\",\"scope\":1,\"feedback\":\"immediate\",\"queue\":[],\"index\":0,\"answers\":{},\"round\":1,\"certaintyOn\":false,\"certainties\":{},\"best\":{}}}",
} as const

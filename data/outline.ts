/**
 * The lecture's slides by part, as stable route aliases (`/#/<alias>`), in presentation order. Quiz
 * questions and case feedback point at these; tests/unit/deck-structure.test.ts checks that pages/ follows
 * them. The deck's own interactive slides (cases, quizzes, pathway, self-test) are not part of the lecture.
 */
export const LECTURE_OUTLINE = {
  'definitions': ['cover', 'disclaimer', 'omd-concept', 'omd-esmo'],
  '1': ['part-1', 'epoc-dfs', 'epoc-long-term', 'lms-single-1', 'lms-single-2', 'preop-number-size', 'esmo-chemo', 'jcog0603', 'jcog0603-results'],
  '2': ['part-2', 'objectives'],
  '3': [
    'part-3', 'surgery-standard', 'lms-2023-first-operation', 'lms-2023-first-hepatectomy', 'blm-series', 'blm-paul-brousse',
    'mariani2013', 'ruiz2018', 'thermal-ablation', 'clocc-results', 'surgery-vs-ablation', 'meta-analysis', 'collision-design',
    'collision-population', 'collision-os', 'collision-summary', 'collision-comments', 'sbrt', 'sbrt-chart',
  ],
  '4': ['part-4', 'oligoprogression-definition', 'progression-in-place', 'lms-2020-os', 'adam2017', 'vigano2012'],
  '5': ['part-5', 'take-home'],
  'references': ['references'],
} as const

export type LectureSlide = typeof LECTURE_OUTLINE[keyof typeof LECTURE_OUTLINE][number]

export const LECTURE_SLIDES = Object.values(LECTURE_OUTLINE).flat() as LectureSlide[]

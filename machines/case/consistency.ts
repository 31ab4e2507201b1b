import type { CaseFile } from './schema'
import type { CaseAtlas, AtlasNode } from './atlas'
import type { EvidenceSource } from './evidence'
import { isBreast, THRESHOLDS } from '../../lib/clinical/facts'
import { EVIDENCE } from './evidence'
import { figuresAt, gradesAt } from './rules'

// Properties that must hold at every decision a learner can reach (issue #23), checked over the atlas of every
// shipped case and of a generated grid of patients by the tests. Each problem names the case, the decision and the
// path that reaches it. Pure: the lecture's text is passed in.

export interface Problem {
  property: string
  case: string
  where: string
  detail: string
}

export const PROPERTIES = {
  best: 'every reachable node has a best option',
  keepWorkingRegimen: 'after tumour control, changing the regimen is never best',
  failedRegimen: 'after progression, continuing the regimen is always incorrect',
  ablationBothWays: 'metachronous colorectal, fit, at most 3 lesions, surgery first viable: non-surgical local at strategy is incorrect only if ablation is incorrect at the modality through surgery',
  breastNotCurative: 'no breast-cancer feedback says "curative"',
  quotesTheirSource: 'a rationale cites the source its words come from',
  figuresAgree: 'a restaging\'s figures agree with its result: a response measures no more lesions and a smaller size, a progression more lesions or a larger size, stable disease the same count',
  figuresShown: 'every restaging a learner can reach shows figures measured at that restaging (a shipped case never shows the presentation\'s as if new)',
} as const

export interface ConsistencyOptions {
  /** Shipped cases: every reachable restaging must give its own figures. */
  requireFigures?: boolean
}

/** The lecture's text as the deck quotes it: Markdown emphasis and LaTeX gone, one space between words. */
export function normalizeQuoted(text: string): string {
  return text
    .replace(/\\geq/g, '≥')
    .replace(/\\leq/g, '≤')
    .replace(/\\pm/g, '±')
    .replace(/\\rightarrow/g, '→')
    .replace(/\\text\{([^}]*)\}/g, '$1')
    .replace(/[*$]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The words between double quotes in a line of feedback. */
export function quotesIn(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"/g)].map(match => normalizeQuoted(match[1]))
}

/** A source's part of the lecture: from its first words up to (not including) the words that start the next part. */
export function passageOf(lecture: string, [from, to]: readonly [string, string | null]): string {
  const start = lecture.indexOf(from)
  if (start < 0)
    throw new Error(`evidence passage start not found in the lecture: "${from}"`)
  if (to === null)
    return lecture.slice(start)
  const end = lecture.indexOf(to, start + from.length)
  if (end < 0)
    throw new Error(`evidence passage end not found in the lecture after "${from}": "${to}"`)
  return lecture.slice(start, end)
}

/** The source a grade carries, found by its citation and slide (each pair names one source in EVIDENCE). */
export function sourceOf(citation: string, slide: string): EvidenceSource | undefined {
  return (Object.values(EVIDENCE) as EvidenceSource[]).find(source => source.citation === citation && source.slide === slide)
}

/** The quoted words of a line that its source does not contain (in the lecture's passage or the public fact's statement). */
export function misquoted(lecture: string, line: { text: string, citation: string, slide: string }): string[] {
  const source = sourceOf(line.citation, line.slide)
  if (!source)
    return [`no source is known for "${line.citation}" on #/${line.slide}`]
  const where = normalizeQuoted([passageOf(lecture, source.passage), source.statement ?? ''].join('\n'))
  return quotesIn(line.text).filter(quote => !where.includes(quote))
}

function allText(node: AtlasNode): string[] {
  return [
    ...node.options.flatMap(option => [option.rationale, ...option.remarks.map(remark => remark.text)]),
    ...node.notes.map(note => note.text),
    ...node.readings,
    ...(node.open ? [node.open] : []),
    ...(node.rightCourse ? [node.rightCourse.text] : []),
  ]
}

/** Every problem of one case's atlas (an empty list when every property holds). */
export function consistencyProblems(caseFile: CaseFile, atlas: CaseAtlas, lecture: string, options: ConsistencyOptions = {}): Problem[] {
  const problems: Problem[] = []
  const p = caseFile.patient
  const at = (node: AtlasNode) => `${node.node} after [${node.path.join(', ')}]`
  const problem = (property: keyof typeof PROPERTIES, node: AtlasNode | null, detail: string) =>
    problems.push({ property: PROPERTIES[property], case: caseFile.id, where: node ? at(node) : 'strategy', detail })
  const gradeOf = (node: AtlasNode, option: string) => node.options.find(o => o.option === option)?.grade

  for (const node of atlas.nodes) {
    if (!node.options.some(option => option.grade === 'best'))
      problem('best', node, 'no option is graded best')
    if (node.node === 'restaging-first-line' || node.node === 'restaging-second-line') {
      const result = caseFile.course[node.node === 'restaging-first-line' ? 'firstLine' : 'secondLine']
      if (result !== 'progression' && gradeOf(node, 'change-regimen') === 'best')
        problem('keepWorkingRegimen', node, `${result}: change-regimen is graded best`)
      if (result === 'progression' && gradeOf(node, 'continue-regimen') !== 'incorrect')
        problem('failedRegimen', node, `continue-regimen is graded ${gradeOf(node, 'continue-regimen')}`)
    }
    if (isBreast(p)) {
      for (const text of allText(node).filter(line => /curative/i.test(line)))
        problem('breastNotCurative', node, text)
    }
    const lines = [
      ...node.options.flatMap(option => [{ text: option.rationale, citation: option.citation, slide: option.slide }, ...option.remarks]),
      ...node.notes,
      ...(node.rightCourse ? [node.rightCourse] : []),
    ]
    for (const line of lines) {
      for (const quote of misquoted(lecture, line))
        problem('quotesTheirSource', node, `"${quote}" is not in ${line.citation} (#/${line.slide})`)
    }
    const lectureText = normalizeQuoted(lecture)
    for (const text of [...node.readings, ...(node.open ? [node.open] : [])]) {
      for (const quote of quotesIn(text).filter(quote => !lectureText.includes(quote)))
        problem('quotesTheirSource', node, `"${quote}" (an open question or a reading) is not in the lecture`)
    }
  }

  for (const line of ['firstLine', 'secondLine'] as const) {
    const result = caseFile.course[line]
    const now = figuresAt(caseFile, line)
    if (result === undefined || !now.measured)
      continue
    const before = figuresAt(caseFile, line === 'firstLine' ? null : 'firstLine')
    const agrees = result === 'response'
      ? now.count <= before.count && now.largestMm <= before.largestMm && (now.count < before.count || now.largestMm < before.largestMm)
      : result === 'progression' ? now.count > before.count || now.largestMm > before.largestMm : now.count === before.count
    if (!agrees)
      problems.push({ property: PROPERTIES.figuresAgree, case: caseFile.id, where: `course.figures.${line}`, detail: `${result}: ${before.count} lesions, largest ${before.largestMm} mm before; ${now.count}, largest ${now.largestMm} mm now` })
  }
  if (options.requireFigures) {
    for (const node of atlas.nodes.filter(n => n.node === 'restaging-first-line' || n.node === 'restaging-second-line')) {
      const line = node.node === 'restaging-first-line' ? 'firstLine' : 'secondLine'
      if (!figuresAt(caseFile, line).measured)
        problem('figuresShown', node, `course.figures.${line} is missing`)
    }
  }

  const strategy = atlas.nodes.find(node => node.node === 'strategy')
  const metachronousColorectalFit = caseFile.presentation === 'metachronous' && !isBreast(p) && p.fitForSurgery
  if (strategy && metachronousColorectalFit && p.liver.count <= THRESHOLDS.limitedBurdenMaxLesions && gradeOf(strategy, 'surgery-first') !== 'incorrect') {
    const ablationThroughSurgery = gradesAt(caseFile, 'modality', [{ node: 'strategy', option: 'surgery-first' }]).options.find(o => o.option === 'ablation')!.grade
    if (gradeOf(strategy, 'non-surgical-local') === 'incorrect' && ablationThroughSurgery !== 'incorrect')
      problem('ablationBothWays', strategy, `non-surgical-local is incorrect at strategy, but ablation is ${ablationThroughSurgery} at the modality after surgery first`)
  }
  return problems
}

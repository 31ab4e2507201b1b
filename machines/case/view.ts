import type { CaseFile, RestagingResult } from './schema'
import type { CaseOutcome, ChoiceRecord } from './caseMachine'
import type { CaseSnapshot } from './walk'
import type { Grade, NodeId, OptionId } from './ids'
import type { OptionGrade, PathStep } from './rules'
import { gradesFor } from './caseMachine'
import { stateMetaOf, walkBest } from './walk'
import { GRADE_POINTS, NODE_IDS, NODE_LABELS, OPTION_LABELS, optionLabel, RESTAGING_OPTIONS, STRATEGY_OPTIONS } from './ids'
import { debriefNotes, modalityOptions } from './rules'

// What the case simulator shows, computed from a machine snapshot: the component only renders this.

export interface Fact {
  label: string
  value: string
}

const RESULT_LABELS: Record<RestagingResult, string> = { response: 'Response', stable: 'Stable disease', progression: 'Progression' }
const RESECTABILITY_LABELS = { upfront: 'Upfront resectable', marginal: 'Marginally resectable', unresectable: 'Definitely unresectable' }
const PRIMARY_LABELS = { colon: 'Colon', rectum: 'Rectum', breast: 'Breast' } as const
const yesNo = (value: boolean) => (value ? 'Yes' : 'No')

/** The patient's facts as a clinician would list them (no grade, no hint). */
export function caseFacts(caseFile: CaseFile): Fact[] {
  const p = caseFile.patient
  const facts: Fact[] = [
    {
      label: 'Presentation',
      value: caseFile.presentation === 'synchronous'
        ? 'Synchronous (primary in place)'
        : `Metachronous, ${p.monthsFromPrimaryResection} months after resection of the primary`,
    },
    { label: 'Age', value: `${p.age} years` },
    { label: 'Primary', value: `${PRIMARY_LABELS[p.primarySite]}, ${p.primaryControlled ? 'controlled' : 'not controlled'}` },
  ]
  if (p.adjuvantChemotherapy !== undefined)
    facts.push({ label: 'Adjuvant chemotherapy', value: yesNo(p.adjuvantChemotherapy) })
  facts.push(
    { label: 'Fit for surgery', value: yesNo(p.fitForSurgery) },
    { label: 'Liver metastases', value: `${p.liver.count}, largest ${p.liver.largestMm} mm` },
    { label: 'Resectability', value: RESECTABILITY_LABELS[p.liver.resectability] },
    { label: 'Extrahepatic sites', value: p.extrahepaticSites === 0 ? 'None' : String(p.extrahepaticSites) },
  )
  if (p.ceaNgPerMl !== undefined)
    facts.push({ label: 'CEA', value: `${p.ceaNgPerMl} ng/mL` })
  return facts
}

export function optionsAt(caseFile: CaseFile, node: NodeId): readonly OptionId[] {
  if (node === 'strategy')
    return STRATEGY_OPTIONS
  if (node === 'modality')
    return modalityOptions(caseFile)
  return RESTAGING_OPTIONS
}

/** The decision points, for the printed handout: questions and options, no grade. */
export function decisionPoints(caseFile: CaseFile): { node: NodeId, question: string, options: string[] }[] {
  return NODE_IDS.map(node => ({
    node,
    question: NODE_LABELS[node].question,
    options: optionsAt(caseFile, node).map(option => optionLabel(node, option)),
  }))
}

export interface Score {
  points: number
  max: number
  /** Decisions answered (first answers only count). */
  answered: number
}

/** Points for the first answer at each node (best 2, acceptable 1, incorrect 0). */
export function scoreOf(choices: readonly ChoiceRecord[]): Score {
  const firsts = new Map<NodeId, Grade>()
  for (const choice of choices) {
    if (!firsts.has(choice.node))
      firsts.set(choice.node, choice.grade)
  }
  const grades = [...firsts.values()]
  return {
    points: grades.reduce((sum, grade) => sum + GRADE_POINTS[grade], 0),
    max: grades.length * GRADE_POINTS.best,
    answered: grades.length,
  }
}

export interface Feedback extends OptionGrade {
  node: NodeId
  label: string
  /** The case moved on with this choice (best or acceptable). */
  followed: boolean
  /** The lecture leaves this decision open: one line quoting it; else null. */
  open: string | null
  /** "This deck reads ..." lines, and further notes (the factors of a metachronous recurrence). */
  readings: string[]
  notes: string[]
}

export interface DebriefRow {
  node: NodeId
  title: string
  learner: { option: OptionId, label: string, grade: Grade }[]
  best: { option: OptionId, label: string } | null
}

export type Stage = 'presentation' | 'decision' | 'chemotherapy' | 'outcome' | 'debrief'

export interface CaseView {
  stage: Stage
  facts: Fact[]
  restaging: Fact[]
  /** `best`: the options graded best here (what a room vote reveals as the lecture's answer once it is closed). */
  decision: { node: NodeId, title: string, question: string, options: { id: OptionId, label: string }[], best: OptionId[] } | null
  chemotherapyLine: 'first' | 'second' | null
  feedback: Feedback | null
  score: Score
  outcome: (CaseOutcome & { label: string }) | null
  learnerPath: PathStep[]
  bestPath: PathStep[]
  debrief: DebriefRow[]
  /** Lines the debrief adds (e.g. chemotherapy after a resection first). */
  debriefNotes: string[]
}

export function buildCaseView(snapshot: CaseSnapshot): CaseView {
  const { context } = snapshot
  const { caseFile, choices } = context
  const meta = stateMetaOf(snapshot)
  const state = String(snapshot.value)
  const stage: Stage = meta.node ? 'decision' : meta.restages ? 'chemotherapy' : state === 'outcome' ? 'outcome' : state === 'debrief' ? 'debrief' : 'presentation'

  const last = choices.at(-1)
  const lastNode = last && gradesFor({ ...context, choices: choices.slice(0, -1) }, last.node)
  const lastGraded = last && lastNode?.options.find(o => o.option === last.option)
  const feedback: Feedback | null = last && lastNode && lastGraded
    ? {
        ...lastGraded,
        node: last.node,
        label: optionLabel(last.node, last.option),
        followed: last.grade !== 'incorrect',
        open: lastNode.open,
        readings: lastNode.readings,
        notes: lastNode.notes,
      }
    : null

  const learnerPath = choices.filter(c => c.grade !== 'incorrect').map(({ node, option }) => ({ node, option }))
  const bestPath = walkBest(caseFile).path
  const nodesSeen = [...new Set([...choices.map(c => c.node), ...bestPath.map(s => s.node)])]
  const debrief: DebriefRow[] = stage === 'debrief'
    ? NODE_IDS.filter(node => nodesSeen.includes(node)).map(node => ({
        node,
        title: NODE_LABELS[node].title,
        learner: choices.filter(c => c.node === node).map(c => ({ option: c.option, label: optionLabel(node, c.option), grade: c.grade })),
        best: (step => step ? { option: step.option, label: optionLabel(node, step.option) } : null)(bestPath.find(s => s.node === node)),
      }))
    : []

  return {
    stage,
    facts: caseFacts(caseFile),
    restaging: (['firstLine', 'secondLine'] as const)
      .filter(line => context.restaging[line] !== undefined)
      .map(line => ({ label: `After ${line === 'firstLine' ? 'first' : 'second'}-line chemotherapy`, value: RESULT_LABELS[context.restaging[line]!] })),
    decision: meta.node
      ? {
          node: meta.node,
          ...NODE_LABELS[meta.node],
          options: optionsAt(caseFile, meta.node!).map(id => ({ id, label: optionLabel(meta.node!, id) })),
          best: gradesFor(context, meta.node).options.filter(o => o.grade === 'best').map(o => o.option),
        }
      : null,
    chemotherapyLine: meta.restages === 'firstLine' ? 'first' : meta.restages === 'secondLine' ? 'second' : null,
    feedback,
    score: scoreOf(choices),
    outcome: context.outcome ? { ...context.outcome, label: OPTION_LABELS[context.outcome.option] } : null,
    learnerPath,
    bestPath,
    debrief,
    debriefNotes: stage === 'debrief' ? debriefNotes(caseFile, learnerPath) : [],
  }
}

/** The organisers' answer-key print (`?key` in the URL, set by `npm run export:key`). */
export function isAnswerKeyRequest(search: string): boolean {
  return new URLSearchParams(search).has('key')
}

import type { CaseFile, RestagingResult } from './schema'
import type { CaseOutcome, ChoiceRecord } from './caseMachine'
import type { CaseSnapshot } from './walk'
import type { Grade, NodeId, OptionId } from './ids'
import type { ChemotherapyLine, OptionGrade, PathStep, Remark } from './rules'
import { gradesFor } from './caseMachine'
import { reachableDecisions, stateMetaOf, walkBest } from './walk'
import { GRADE_POINTS, NODE_IDS, NODE_LABELS, optionLabel, RESTAGING_OPTIONS, STRATEGY_OPTIONS } from './ids'
import { bestOptions, debriefNotes, figuresAt, figuresText, modalityOptions, restagingFacts } from './rules'
import { caseFacts, type Fact, yesNo } from './facts'

// What the case simulator shows, computed from a machine snapshot: the component only renders this.

const RESULT_LABELS: Record<RestagingResult, string> = { response: 'Response', stable: 'Stable disease', progression: 'Progression' }

const ORDINAL: Record<ChemotherapyLine, string> = { firstLine: 'first', secondLine: 'second' }
/** The figures this restaging measured, which the grades read (Viganò's criteria excepted). */
export const FIGURES_NOW = 'Figures now'
/** At a colorectal progression: the figures Viganò's criteria are read on (reading `latest-figures`). */
export const FIGURES_VIGANO = 'At presentation (Viganò\'s criteria read these)'

/** One restaging screen: what it showed, and every fact the grades at that restaging rest on. */
export interface RestagingView {
  line: ChemotherapyLine
  heading: string
  facts: Fact[]
}

/** What restaging shows after `line`: the result, the report, and each fact the grades read (issue #23). */
export function restagingView(caseFile: CaseFile, line: ChemotherapyLine): RestagingView {
  const f = restagingFacts(caseFile, line)
  const p = caseFile.patient
  const facts: Fact[] = [{ label: 'Result', value: RESULT_LABELS[f.result] }]
  const report = caseFile.course.report?.[line]
  if (report)
    facts.push({ label: 'Report', value: report, wide: true })
  facts.push({
    label: FIGURES_NOW,
    value: `${figuresText(f.figures)}${f.figures.measured ? '' : ` (not measured again: the ${f.line === 'secondLine' && caseFile.course.figures?.firstLine ? 'first restaging\'s' : 'presentation\'s'} figures)`}`,
  })
  if (!f.control && p.primarySite !== 'breast')
    facts.push({ label: FIGURES_VIGANO, value: figuresText(figuresAt(caseFile, null)) })
  if (!p.primaryControlled)
    facts.push({ label: 'Primary', value: 'Still not controlled' })
  if (p.extrahepaticSites > 0)
    facts.push({ label: 'Extrahepatic sites', value: `${p.extrahepaticSites}${report ? ' (see the report)' : ''}` })
  if (f.converted !== null && p.liver.resectability === 'unresectable')
    facts.push({ label: 'Unresectable disease now resectable', value: f.converted ? 'Yes (converted)' : 'No (a response is not a conversion)' })
  else if (f.converted !== null)
    facts.push({ label: 'Marginal disease now resectable', value: f.converted ? 'Yes' : 'No (still not resectable)' })
  else if (p.liver.resectability === 'unresectable' && p.fitForSurgery)
    facts.push({ label: 'Unresectable disease now resectable', value: 'No (progression converts nothing)' })
  if (f.completeResection !== null)
    facts.push({ label: 'Resection could be complete', value: yesNo(f.completeResection) })
  if (f.exception) {
    const e = f.exception
    facts.push(
      { label: 'Exception 1 of 4', value: `Progression despite optimal therapy: ${yesNo(e.optimalTherapy)} (this deck reads: two lines)` },
      { label: 'Exception 2 of 4', value: `Unlikely to obtain a response: ${yesNo(e.unlikelyResponse)} (this deck reads: progression on both lines)` },
      { label: 'Exception 3 of 4', value: `Resection complete: ${yesNo(e.complete)}` },
      { label: 'Exception 4 of 4', value: `Consensus MDT decision: ${e.mdtConsensus ? 'Yes, the MDT decides by consensus to operate' : 'No, no consensus MDT decision to operate'}` },
    )
  }
  return { line, heading: `Restaging after ${ORDINAL[line]}-line chemotherapy`, facts }
}

export function optionsAt(caseFile: CaseFile, node: NodeId): readonly OptionId[] {
  if (node === 'strategy')
    return STRATEGY_OPTIONS
  if (node === 'modality')
    return modalityOptions(caseFile)
  return RESTAGING_OPTIONS
}

/**
 * A restaging screen in one line, for print: "Progression. <report> Figures now: .... Resection could be complete: Yes.
 * The exception's four conditions: ...". The presentation's figures are printed with the patient's facts.
 */
export function restagingSummary(restaging: RestagingView): string {
  const parts: string[] = []
  const exception: string[] = []
  for (const fact of restaging.facts) {
    if (fact.label === 'Result')
      parts.push(`${fact.value}.`)
    else if (fact.wide)
      parts.push(fact.value)
    else if (fact.label.startsWith('Exception'))
      exception.push(fact.value)
    else if (fact.label !== FIGURES_VIGANO)
      parts.push(`${fact.label}: ${fact.value}.`)
  }
  if (exception.length)
    parts.push(`The exception's four conditions: ${exception.join('; ')}.`)
  return parts.join(' ')
}

export interface DecisionPoint {
  node: NodeId
  question: string
  options: string[]
  /** At a restaging a learner can reach: what that restaging shows, in one line; else null. */
  shows: string | null
}

/** The decision points, for the printed handout: questions, options and what each reachable restaging shows; no grade. */
export function decisionPoints(caseFile: CaseFile): DecisionPoint[] {
  const reachable = new Set(reachableDecisions(caseFile).map(snapshot => stateMetaOf(snapshot).node))
  const line = (node: NodeId): ChemotherapyLine | null => node === 'restaging-first-line' ? 'firstLine' : node === 'restaging-second-line' ? 'secondLine' : null
  return NODE_IDS.map((node) => {
    const restaged = line(node)
    return {
      node,
      question: NODE_LABELS[node].question,
      options: optionsAt(caseFile, node).map(option => optionLabel(node, option)),
      shows: restaged && reachable.has(node) ? restagingSummary(restagingView(caseFile, restaged)) : null,
    }
  })
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
  /** When the choice was not best: the options graded best here (none where no option is right). */
  best: { option: OptionId, label: string }[]
  /** Where no option is right (a node reached through an incorrect choice): what the right course was. */
  rightCourse: Remark | null
  /** The lecture leaves this decision open: one line quoting it; else null. */
  open: string | null
  /** "This deck reads ..." lines. */
  readings: string[]
  /** Lines for the whole node (the factors of a metachronous recurrence, what a modality grade rests on). */
  notes: Remark[]
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
  /** Each restaging reached so far, with every fact its grades rest on (the one being decided on included). */
  restaging: RestagingView[]
  /** At a restaging decision: that restaging, shown beside the question; else null. */
  currentRestaging: RestagingView | null
  /** `best`: the options graded best here (what a room vote reveals as the lecture's answer once it is closed). */
  decision: { node: NodeId, title: string, question: string, options: { id: OptionId, label: string }[], best: OptionId[] } | null
  chemotherapyLine: 'first' | 'second' | null
  feedback: Feedback | null
  score: Score
  outcome: (CaseOutcome & { label: string }) | null
  learnerPath: PathStep[]
  /** The best path through the case, at the debrief (empty before: walking the case is not done on every step). */
  bestPath: PathStep[]
  debrief: DebriefRow[]
  /** Lines the debrief adds (e.g. chemotherapy after a resection first). */
  debriefNotes: { text: string, citation: string }[]
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
        best: last.grade === 'best' ? [] : bestOptions(lastNode).map(option => ({ option, label: optionLabel(last.node, option) })),
        rightCourse: lastNode.rightCourse,
        open: lastNode.open,
        readings: lastNode.readings,
        notes: lastNode.notes,
      }
    : null

  const learnerPath = choices.filter(c => c.grade !== 'incorrect').map(({ node, option }) => ({ node, option }))
  const bestPath = stage === 'debrief' ? walkBest(caseFile).path : []
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
      .map(line => restagingView(caseFile, line)),
    currentRestaging: meta.node === 'restaging-first-line' ? restagingView(caseFile, 'firstLine') : meta.node === 'restaging-second-line' ? restagingView(caseFile, 'secondLine') : null,
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
    outcome: context.outcome ? { ...context.outcome, label: optionLabel(context.outcome.node, context.outcome.option) } : null,
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

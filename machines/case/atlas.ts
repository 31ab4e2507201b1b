import type { CaseFile } from './schema'
import type { Grade, NodeId, OptionId } from './ids'
import type { NodeGrades, PathStep, Remark } from './rules'
import { gradesFor, pathOf } from './caseMachine'
import { ALL_OPTIONS, NODE_IDS, NODE_LABELS, optionLabel } from './ids'
import { caseFacts } from './facts'
import { restagingView } from './view'
import { reachableDecisions, stateMetaOf } from './walk'

// The case atlas: every decision a learner can reach by best or acceptable choices, with every option's grade,
// rationale and citation and every fact the screen shows there. The answer key is one path through it; a clinician
// signs off the atlas (`npm run --silent case:atlas -- <file>`, `npm run export:atlas`).

export interface AtlasOption {
  option: OptionId
  label: string
  grade: Grade
  rationale: string
  citation: string
  slide: string
  /** Further lines of this option's feedback, each with its source. */
  remarks: Remark[]
}

export interface AtlasNode {
  /** The options chosen to get here (best or acceptable), in order. */
  path: OptionId[]
  /** The same choices as the learner read them. */
  pathLabels: string[]
  node: NodeId
  /** The lines the learner's screen shows at this decision ("Label: value"). */
  facts: string[]
  options: AtlasOption[]
  /** The lecture leaves this decision open: the line that says why; else null. */
  open: string | null
  /** "This deck reads ..." lines this decision rests on. */
  readings: string[]
  /** The rule that graded it, and its label in the pathway (S1...M10). */
  rule: string
  ref: string
  /** Lines for the whole decision, with their sources. */
  notes: Remark[]
  /** Where no option is right: what the right course was. */
  rightCourse: Remark | null
}

export interface CaseAtlas {
  case: string
  title: string
  nodes: AtlasNode[]
}

/** Depth-first order: a decision before the decisions it leads to, options in the order they are offered. */
function byPath(a: AtlasNode, b: AtlasNode): number {
  const rank = (option: OptionId) => ALL_OPTIONS.indexOf(option)
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    if (a.path[i] !== b.path[i])
      return rank(a.path[i]) - rank(b.path[i])
  }
  return a.path.length - b.path.length || NODE_IDS.indexOf(a.node) - NODE_IDS.indexOf(b.node)
}

function atlasNode(caseFile: CaseFile, node: NodeId, path: PathStep[], restaged: ('firstLine' | 'secondLine')[], grades: NodeGrades): AtlasNode {
  const facts = [
    ...caseFacts(caseFile).map(fact => `${fact.label}: ${fact.value}`),
    ...restaged.flatMap((line) => {
      const view = restagingView(caseFile, line)
      return view.facts.map(fact => `${view.heading}: ${fact.label}: ${fact.value}`)
    }),
  ]
  return {
    path: path.map(step => step.option),
    pathLabels: path.map(step => optionLabel(step.node, step.option)),
    node,
    facts,
    options: grades.options.map(graded => ({
      option: graded.option,
      label: optionLabel(node, graded.option),
      grade: graded.grade,
      rationale: graded.rationale,
      citation: graded.citation,
      slide: graded.slide,
      remarks: graded.remarks,
    })),
    open: grades.open,
    readings: grades.readings,
    rule: grades.rule,
    ref: grades.ref,
    notes: grades.notes,
    rightCourse: grades.rightCourse,
  }
}

export function caseAtlas(caseFile: CaseFile): CaseAtlas {
  const nodes = reachableDecisions(caseFile).map((snapshot) => {
    const node = stateMetaOf(snapshot).node!
    const restaged = (['firstLine', 'secondLine'] as const).filter(line => snapshot.context.restaging[line] !== undefined)
    return atlasNode(caseFile, node, pathOf(snapshot.context.choices), [...restaged], gradesFor(snapshot.context, node))
  })
  return { case: caseFile.id, title: caseFile.title, nodes: nodes.sort(byPath) }
}

/** A decision's heading in the atlas: "Strategy", or "Local treatment, after: Chemotherapy first → Local treatment now". */
export function atlasHeading(node: AtlasNode): string {
  const title = NODE_LABELS[node.node].title
  return node.pathLabels.length ? `${title}, after: ${node.pathLabels.join(' → ')}` : title
}

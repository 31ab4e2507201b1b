import type { AnyStateMachine } from 'xstate'
import type { CaseStateMeta } from './caseMachine'
import type { OptionId } from './ids'
import type { PathStep } from './rules'
import { caseMachine } from './caseMachine'
import { OPTION_SHORT_LABELS } from './ids'

// The pathway diagram is generated from the case machine's own states and transitions, so it cannot disagree
// with the simulator. Transitions without a target (an incorrect answer: the learner chooses again) and the
// global restart are left out of the drawing.

export type PathwayNodeKind = 'start' | 'decision' | 'chemotherapy' | 'end'

export interface PathwayNode {
  id: string
  label: string
  kind: PathwayNodeKind
}

export interface PathwayEdge {
  from: string
  to: string
  event: string
  /** The learner's options that take this edge (empty for `case.restage`, `learner.start`...). */
  options: OptionId[]
  label: string
}

const EVENT_LABELS: Record<string, string> = {
  'learner.start': 'start',
  'case.restage': 'restaging',
  'learner.debrief': 'debrief',
}

function optionOf(guard: unknown): OptionId | undefined {
  const params = (guard as { params?: { option?: OptionId } } | undefined)?.params
  return params?.option
}

export function pathwayGraph(machine: AnyStateMachine = caseMachine): { nodes: PathwayNode[], edges: PathwayEdge[] } {
  const states = Object.values(machine.root.states)
  const nodes = states.map((state): PathwayNode => {
    const meta = state.meta as CaseStateMeta
    const kind: PathwayNodeKind = meta.node ? 'decision' : meta.restages ? 'chemotherapy' : state.key === machine.root.initial?.target[0]?.key ? 'start' : 'end'
    return { id: state.key, label: meta.label, kind }
  })
  const edges: PathwayEdge[] = []
  for (const state of states) {
    for (const [event, transitions] of state.transitions) {
      for (const transition of transitions) {
        const target = transition.target?.[0]
        if (!target)
          continue
        const option = optionOf(transition.guard)
        const existing = edges.find(edge => edge.from === state.key && edge.to === target.key && edge.event === event)
        if (existing) {
          if (option)
            existing.options.push(option)
          continue
        }
        edges.push({ from: state.key, to: target.key, event, options: option ? [option] : [], label: '' })
      }
    }
  }
  for (const edge of edges)
    edge.label = edge.options.length > 0 ? edge.options.map(option => OPTION_SHORT_LABELS[option]).join(' / ') : EVENT_LABELS[edge.event] ?? edge.event
  return { nodes, edges }
}

/** The edges a path of choices takes through the graph, restaging and the start/debrief steps included. */
export function edgesOfPath(graph: { nodes: PathwayNode[], edges: PathwayEdge[] }, path: readonly PathStep[], complete: boolean): Set<PathwayEdge> {
  const taken = new Set<PathwayEdge>()
  const kindOf = (id: string) => graph.nodes.find(node => node.id === id)?.kind
  let at = graph.nodes.find(node => node.kind === 'start')!.id
  const take = (edge: PathwayEdge | undefined) => {
    if (!edge)
      return false
    taken.add(edge)
    at = edge.to
    return true
  }
  const passThrough = () => {
    while (kindOf(at) === 'start' || kindOf(at) === 'chemotherapy') {
      if (!take(graph.edges.find(edge => edge.from === at)))
        return
    }
  }
  passThrough()
  for (const step of path) {
    if (!take(graph.edges.find(edge => edge.from === at && edge.options.includes(step.option))))
      break
    passThrough()
  }
  if (complete)
    take(graph.edges.find(edge => edge.from === at && edge.event === 'learner.debrief'))
  return taken
}

const SHAPES: Record<PathwayNodeKind, (label: string) => string> = {
  start: label => `(["${label}"])`,
  decision: label => `{{"${label}"}}`,
  chemotherapy: label => `["${label}"]`,
  end: label => `(["${label}"])`,
}

export const PATH_STYLES = {
  learner: 'stroke:#b45309,stroke-width:3px',
  best: 'stroke:#15803d,stroke-width:3px,stroke-dasharray:7 4',
  both: 'stroke:#1d4ed8,stroke-width:4px',
} as const

export interface PathwayHighlight {
  learner?: readonly PathStep[]
  best?: readonly PathStep[]
  /** The learner has reached the outcome (draw the last step to the debrief). */
  complete?: boolean
  /** TD (default) keeps the labels readable once scaled into a slide column; LR runs twice as wide. */
  direction?: 'LR' | 'TD'
}

const escape = (text: string) => text.replace(/"/g, '#quot;')

/** Mermaid flowchart source of the pathway, with the learner's and the best path styled when given. */
export function pathwayMermaid(highlight: PathwayHighlight = {}, machine: AnyStateMachine = caseMachine): string {
  const graph = pathwayGraph(machine)
  const lines = [`flowchart ${highlight.direction ?? 'TD'}`]
  for (const node of graph.nodes)
    lines.push(`  ${node.id}${SHAPES[node.kind](escape(node.label))}`)
  graph.edges.forEach(edge => lines.push(`  ${edge.from} -->|"${escape(edge.label)}"| ${edge.to}`))
  const learner = highlight.learner ? edgesOfPath(graph, highlight.learner, highlight.complete ?? false) : new Set<PathwayEdge>()
  const best = highlight.best ? edgesOfPath(graph, highlight.best, true) : new Set<PathwayEdge>()
  graph.edges.forEach((edge, index) => {
    const style = learner.has(edge) && best.has(edge) ? PATH_STYLES.both : learner.has(edge) ? PATH_STYLES.learner : best.has(edge) ? PATH_STYLES.best : null
    if (style)
      lines.push(`  linkStyle ${index} ${style}`)
  })
  return `${lines.join('\n')}\n`
}

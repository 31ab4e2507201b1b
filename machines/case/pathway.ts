import { Graph, layout } from '@dagrejs/dagre'
import type { AnyStateMachine } from 'xstate'
import type { CaseStateMeta } from './caseMachine'
import type { OptionId } from './ids'
import type { PathStep } from './rules'
import { caseMachine } from './caseMachine'
import { OPTION_SHORT_LABELS } from './ids'

// The pathway diagram is generated from the case machine's own states and transitions, so it cannot disagree
// with the simulator. Transitions without a target (an incorrect answer: the learner chooses again) and the
// global restart are left out of the drawing. Its layout is dagre's (the layered graph layout Mermaid itself uses),
// computed here as numbers; components/case/PathwayDiagram.vue draws them as SVG.

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

export type PathStyle = 'learner' | 'best' | 'both'

/** How each highlighted path is stroked (and shown in the legend): colour, width, dash. */
export const PATH_STYLES: Record<PathStyle, { stroke: string, width: number, dash?: string }> = {
  learner: { stroke: '#b45309', width: 3 },
  best: { stroke: '#15803d', width: 3, dash: '7 4' },
  both: { stroke: '#1d4ed8', width: 4 },
}

export interface PathwayHighlight {
  learner?: readonly PathStep[]
  best?: readonly PathStep[]
  /** The learner has reached the outcome (draw the last step to the debrief). */
  complete?: boolean
  /** TD (default) keeps the labels readable once scaled into a slide column; LR runs twice as wide. */
  direction?: 'LR' | 'TD'
}

/** Width in px of a line of text at the diagram's font size (the component measures with the deck's font). */
export type MeasureText = (text: string) => number

export interface Point { x: number, y: number }

export interface LaidOutNode extends PathwayNode {
  /** Centre and size, px. */
  x: number
  y: number
  width: number
  height: number
  lines: string[]
}

export interface LaidOutEdge extends PathwayEdge {
  points: Point[]
  lines: string[]
  /** Centre of the label. */
  labelAt: Point
  labelWidth: number
  labelHeight: number
  style: PathStyle | null
}

export interface PathwayLayout {
  width: number
  height: number
  nodes: LaidOutNode[]
  edges: LaidOutEdge[]
}

export const PATHWAY_TEXT = { fontSize: 11, lineHeight: 14, nodeMaxWidth: 130, edgeMaxWidth: 104, paddingX: 14, paddingY: 8 } as const

/** Rough width of a line when no font can be measured (tests, or before fonts load): 0.56 em per character. */
export const estimateWidth: MeasureText = text => text.length * PATHWAY_TEXT.fontSize * 0.56

/** Greedy word wrap to `maxWidth`; a single word longer than that keeps its own line. */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && measure(`${last} ${word}`) <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`
    else
      lines.push(word)
  }
  return lines.length > 0 ? lines : ['']
}

/** The pathway laid out by dagre: nodes, edges (polyline points), labels wrapped, highlighted paths styled. */
export function pathwayLayout(highlight: PathwayHighlight = {}, measure: MeasureText = estimateWidth, machine: AnyStateMachine = caseMachine): PathwayLayout {
  const graph = pathwayGraph(machine)
  const { lineHeight, nodeMaxWidth, edgeMaxWidth, paddingX, paddingY } = PATHWAY_TEXT
  const textBox = (lines: string[]) => ({ width: Math.max(...lines.map(measure)), height: lines.length * lineHeight })

  const g = new Graph({ multigraph: true })
  g.setGraph({ rankdir: highlight.direction ?? 'TD', nodesep: 20, ranksep: 25, edgesep: 12, marginx: 6, marginy: 6 })
  g.setDefaultEdgeLabel(() => ({}))
  const nodeLines = new Map(graph.nodes.map(node => [node.id, wrapText(node.label, nodeMaxWidth, measure)]))
  for (const node of graph.nodes) {
    const box = textBox(nodeLines.get(node.id)!)
    // Decisions are hexagons: their slanted ends need room beyond the text.
    const extra = node.kind === 'decision' ? box.height + paddingY : 0
    g.setNode(node.id, { width: box.width + 2 * paddingX + extra, height: box.height + 2 * paddingY })
  }
  const edgeLines = graph.edges.map(edge => wrapText(edge.label, edgeMaxWidth, measure))
  graph.edges.forEach((edge, i) => {
    const box = textBox(edgeLines[i])
    g.setEdge(edge.from, edge.to, { width: box.width + 4, height: box.height, labelpos: 'c' }, String(i))
  })
  layout(g)

  const learner = highlight.learner ? edgesOfPath(graph, highlight.learner, highlight.complete ?? false) : new Set<PathwayEdge>()
  const best = highlight.best ? edgesOfPath(graph, highlight.best, true) : new Set<PathwayEdge>()
  const nodes = graph.nodes.map((node): LaidOutNode => {
    const laid = g.node(node.id)
    return { ...node, x: laid.x, y: laid.y, width: laid.width, height: laid.height, lines: nodeLines.get(node.id)! }
  })
  const edges = graph.edges.map((edge, i): LaidOutEdge => {
    const laid = g.edge({ v: edge.from, w: edge.to, name: String(i) })
    const style = learner.has(edge) && best.has(edge) ? 'both' : learner.has(edge) ? 'learner' : best.has(edge) ? 'best' : null
    return {
      ...edge,
      points: (laid.points ?? []).map((p: Point) => ({ x: p.x, y: p.y })),
      lines: edgeLines[i],
      labelAt: { x: laid.x ?? 0, y: laid.y ?? 0 },
      labelWidth: laid.width ?? 0,
      labelHeight: laid.height ?? 0,
      style,
    }
  })
  const size = g.graph()
  return { width: size.width ?? 0, height: size.height ?? 0, nodes, edges }
}

/** SVG path through an edge's points: straight ends, smoothed corners (quadratic curves through the midpoints). */
export function edgePath(points: readonly Point[]): string {
  if (points.length === 0) return ''
  const [first, ...rest] = points
  if (rest.length === 0) return `M${first.x},${first.y}`
  let d = `M${first.x},${first.y}`
  for (let i = 0; i < rest.length - 1; i++) {
    const corner = rest[i]
    const next = rest[i + 1]
    d += ` Q${corner.x},${corner.y} ${(corner.x + next.x) / 2},${(corner.y + next.y) / 2}`
  }
  const last = rest.at(-1)!
  return `${d} L${last.x},${last.y}`
}

import { describe, expect, it } from 'vitest'
import { edgePath, edgesOfPath, estimateWidth, pathwayGraph, pathwayLayout, wrapText } from './pathway'

// The diagram is generated from caseMachine; the expected edges below are the pathway as issue #4 states it:
// strategy → (restaging after first line → after second line, only after chemotherapy) → modality.

const edge = (from: string, to: string) => pathwayGraph().edges.find(e => e.from === from && e.to === to)

describe('pathwayGraph (from the machine definition)', () => {
  it('draws the decisions of the pathway, in order, and the chemotherapy steps between them', () => {
    const { nodes } = pathwayGraph()
    expect(nodes.filter(n => n.kind === 'decision').map(n => n.label)).toEqual(['Strategy', 'Restaging after first line', 'Restaging after second line', 'Local treatment'])
    expect(nodes.filter(n => n.kind === 'chemotherapy').map(n => n.label)).toEqual(['First-line chemotherapy', 'Second-line chemotherapy'])
  })

  it('strategy: surgery first and non-surgical local go to the modality, chemotherapy first to chemotherapy, systemic only to the outcome', () => {
    expect(edge('strategy', 'modality')?.options).toEqual(['surgery-first', 'non-surgical-local'])
    expect(edge('strategy', 'firstLineChemotherapy')?.options).toEqual(['chemo-first'])
    expect(edge('strategy', 'outcome')?.options).toEqual(['systemic-only'])
  })

  it('restaging: local treatment → modality; change of regimen → second-line chemotherapy after the first line, the end (a third line) after the second; continue → outcome', () => {
    expect(edge('restagingFirstLine', 'modality')?.options).toEqual(['local-treatment'])
    expect(edge('restagingFirstLine', 'secondLineChemotherapy')?.options).toEqual(['change-regimen'])
    expect(edge('restagingFirstLine', 'outcome')?.options).toEqual(['continue-regimen'])
    expect(edge('restagingSecondLine', 'modality')?.options).toEqual(['local-treatment'])
    expect(edge('restagingSecondLine', 'outcome')?.options).toEqual(['change-regimen', 'continue-regimen'])
    expect(edge('firstLineChemotherapy', 'restagingFirstLine')?.label).toBe('restaging')
  })

  it('modality: all six options lead to the outcome', () => {
    expect(edge('modality', 'outcome')?.options).toEqual(['resection', 'ablation', 'resection-plus-ablation', 'sbrt', 'simultaneous-resection', 'staged-resection'])
  })

  it('leaves out "choose again" loops and the restart: no edge from a state to itself', () => {
    expect(pathwayGraph().edges.filter(e => e.from === e.to)).toEqual([])
  })
})

describe('pathwayLayout (dagre)', () => {
  const laid = pathwayLayout()
  const node = (id: string) => laid.nodes.find(n => n.id === id)!
  const inside = (p: { x: number, y: number }) => p.x >= 0 && p.y >= 0 && p.x <= laid.width && p.y <= laid.height
  const boxesOverlap = (a: { x: number, y: number, width: number, height: number }, b: typeof a) =>
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height

  it('lays out every state once and every transition once, inside the drawing', () => {
    const graph = pathwayGraph()
    expect(laid.nodes.map(n => n.id)).toEqual(graph.nodes.map(n => n.id))
    expect(laid.edges.map(e => `${e.from}>${e.to}:${e.label}`)).toEqual(graph.edges.map(e => `${e.from}>${e.to}:${e.label}`))
    for (const n of laid.nodes) {
      expect(inside({ x: n.x - n.width / 2, y: n.y - n.height / 2 }) && inside({ x: n.x + n.width / 2, y: n.y + n.height / 2 })).toBe(true)
    }
    for (const e of laid.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2)
      expect(e.points.every(inside)).toBe(true)
    }
  })

  it('no two boxes overlap, and no edge label sits on a box', () => {
    const labels = laid.edges.map(e => ({ ...e.labelAt, width: e.labelWidth, height: e.labelHeight }))
    laid.nodes.forEach((a, i) => laid.nodes.slice(i + 1).forEach(b => expect(boxesOverlap(a, b), `${a.id} / ${b.id}`).toBe(false)))
    for (const label of labels)
      laid.nodes.forEach(n => expect(boxesOverlap(label, n), `label over ${n.id}`).toBe(false))
  })

  it('top to bottom: each edge leaves its source and reaches its target; the presentation first, the debrief last', () => {
    for (const e of laid.edges) {
      const [from, to] = [node(e.from), node(e.to)]
      const [first, last] = [e.points[0], e.points.at(-1)!]
      expect(Math.hypot(first.x - from.x, first.y - from.y)).toBeLessThanOrEqual(Math.hypot(from.width, from.height) / 2 + 1)
      expect(Math.hypot(last.x - to.x, last.y - to.y)).toBeLessThanOrEqual(Math.hypot(to.width, to.height) / 2 + 1)
    }
    const ys = laid.nodes.map(n => n.y)
    expect(node('presentation').y).toBe(Math.min(...ys))
    expect(node('debrief').y).toBe(Math.max(...ys))
    const lr = pathwayLayout({ direction: 'LR' })
    expect(lr.nodes.find(n => n.id === 'debrief')!.x).toBe(Math.max(...lr.nodes.map(n => n.x)))
  })

  it('wraps long labels (the six local treatments) to the label width', () => {
    const modality = laid.edges.find(e => e.from === 'modality' && e.to === 'outcome')!
    expect(modality.lines.length).toBeGreaterThan(1)
    expect(modality.lines.join(' ')).toBe(modality.label)
    expect(wrapText('one two three', 1000, estimateWidth)).toEqual(['one two three'])
    expect(wrapText('supercalifragilistic word', 10, estimateWidth)).toEqual(['supercalifragilistic', 'word'])
  })

  it('styles the learner\'s path, the best path, and the edges both share; nothing when no path is given', () => {
    expect(laid.edges.every(e => e.style === null)).toBe(true)
    const learner = [{ node: 'strategy', option: 'chemo-first' }, { node: 'restaging-first-line', option: 'local-treatment' }, { node: 'modality', option: 'ablation' }] as const
    const best = [{ node: 'strategy', option: 'surgery-first' }, { node: 'modality', option: 'resection' }] as const
    const styled = pathwayLayout({ learner: [...learner], best: [...best], complete: true })
    const style = (from: string, to: string) => styled.edges.find(e => e.from === from && e.to === to)!.style
    expect(style('strategy', 'firstLineChemotherapy')).toBe('learner')
    expect(style('firstLineChemotherapy', 'restagingFirstLine')).toBe('learner')
    expect(style('strategy', 'modality')).toBe('best')
    expect(style('modality', 'outcome')).toBe('both')
    expect(style('outcome', 'debrief')).toBe('both')
    expect(style('strategy', 'outcome')).toBeNull()
    const graph = pathwayGraph()
    expect(edgesOfPath(graph, [...learner], false).has(graph.edges.find(e => e.from === 'outcome' && e.to === 'debrief')!)).toBe(false)
  })

  it('edgePath: straight ends, a curve through each corner', () => {
    expect(edgePath([{ x: 0, y: 0 }, { x: 0, y: 10 }])).toBe('M0,0 L0,10')
    expect(edgePath([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 10, y: 10 }])).toBe('M0,0 Q0,10 5,10 L10,10')
  })
})

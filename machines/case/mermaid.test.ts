import { describe, expect, it } from 'vitest'
import { edgesOfPath, PATH_STYLES, pathwayGraph, pathwayMermaid } from './mermaid'

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

  it('restaging: local treatment → modality; second line → second-line chemotherapy (after the first line only); continue systemic → outcome', () => {
    expect(edge('restagingFirstLine', 'modality')?.options).toEqual(['local-treatment'])
    expect(edge('restagingFirstLine', 'secondLineChemotherapy')?.options).toEqual(['second-line-chemo'])
    expect(edge('restagingSecondLine', 'modality')?.options).toEqual(['local-treatment'])
    expect(edge('restagingSecondLine', 'outcome')?.options).toEqual(['continue-systemic'])
    expect(pathwayGraph().edges.some(e => e.from === 'restagingSecondLine' && e.options.includes('second-line-chemo'))).toBe(false)
    expect(edge('firstLineChemotherapy', 'restagingFirstLine')?.label).toBe('restaging')
  })

  it('modality: all six options lead to the outcome', () => {
    expect(edge('modality', 'outcome')?.options).toEqual(['resection', 'ablation', 'resection-plus-ablation', 'sbrt', 'simultaneous-resection', 'staged-resection'])
  })

  it('leaves out "choose again" loops and the restart: no edge from a state to itself', () => {
    expect(pathwayGraph().edges.filter(e => e.from === e.to)).toEqual([])
  })
})

describe('pathwayMermaid', () => {
  it('is a Mermaid flowchart with one node line per state and one edge line per transition', () => {
    const source = pathwayMermaid()
    const lines = source.trim().split('\n')
    expect(lines[0]).toBe('flowchart TD')
    expect(pathwayMermaid({ direction: 'LR' }).split('\n')[0]).toBe('flowchart LR')
    expect(lines.filter(l => l.includes('-->')).length).toBe(pathwayGraph().edges.length)
    expect(source).toContain('strategy{{"Strategy"}}')
    expect(source).toContain('strategy -->|"chemotherapy first"| firstLineChemotherapy')
    expect(source).not.toContain('linkStyle')
  })

  it('styles the learner\'s path, the best path, and the edges both share', () => {
    const graph = pathwayGraph()
    const learner = [{ node: 'strategy', option: 'chemo-first' }, { node: 'restaging-first-line', option: 'local-treatment' }, { node: 'modality', option: 'ablation' }] as const
    const best = [{ node: 'strategy', option: 'surgery-first' }, { node: 'modality', option: 'resection' }] as const
    const source = pathwayMermaid({ learner: [...learner], best: [...best], complete: true })
    const index = (from: string, to: string) => graph.edges.findIndex(e => e.from === from && e.to === to)
    expect(source).toContain(`linkStyle ${index('strategy', 'firstLineChemotherapy')} ${PATH_STYLES.learner}`)
    expect(source).toContain(`linkStyle ${index('firstLineChemotherapy', 'restagingFirstLine')} ${PATH_STYLES.learner}`)
    expect(source).toContain(`linkStyle ${index('strategy', 'modality')} ${PATH_STYLES.best}`)
    expect(source).toContain(`linkStyle ${index('modality', 'outcome')} ${PATH_STYLES.both}`)
    expect(source).toContain(`linkStyle ${index('outcome', 'debrief')} ${PATH_STYLES.both}`)
    expect(edgesOfPath(graph, [...learner], false).has(graph.edges[index('outcome', 'debrief')])).toBe(false)
  })
})

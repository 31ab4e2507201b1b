import { describe, expect, it } from 'vitest'
import { figureDefinition, figureIds } from './registry'

describe('figure registry', () => {
  it.each(figureIds)('%s: every panel builds a typed chart that does not animate in print, with a labelled finding and a data table', (id) => {
    const figure = figureDefinition(id)
    expect(figure.panels.length).toBeGreaterThan(0)
    expect(figure.table.rows.length).toBeGreaterThan(0)
    expect(figure.source.length).toBeGreaterThan(10)
    for (const panel of figure.panels) {
      expect(panel.ariaLabel.length).toBeGreaterThan(20)
      const config = panel.config({ print: true, revealed: undefined, compact: false })
      expect(['bar', 'barWithErrorBars', 'bubble', 'scatter', 'line']).toContain(config.type)
      expect(config.options?.animation).toBe(false)
    }
  })

  it('an unknown id is an error that names the known figures', () => {
    expect(() => figureDefinition('jcog')).toThrow(/unknown id "jcog".*jcog0603/)
  })
})

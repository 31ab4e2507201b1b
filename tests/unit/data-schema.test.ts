import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { datasetFile, datasets } from '../../data/index'
import { dataLeaves, leaves, measurePattern } from './data-walk'

// Provenance rules of the project brief: every dataset says where it comes from and what each number measures.
const root = resolve(__dirname, '../..')
const ids = Object.keys(datasets) as Array<keyof typeof datasets>

describe('every dataset has provenance', () => {
  it.each(ids)('%s: id, file, citation, slide, caveats, publication', (id) => {
    const file = datasetFile(id)
    const d = datasets[id] as unknown as { id: string, source: Record<string, unknown>, measures: Record<string, unknown> }
    expect(d.id, `${file}: id must equal its key in data/index.ts`).toBe(id)
    expect(existsSync(resolve(root, file)), `${file} must exist`).toBe(true)
    expect(readFileSync(resolve(root, file), 'utf8'), `${file} must define the dataset`).toContain(`id: '${id}'`)
    expect(typeof d.source?.citation === 'string' && d.source.citation.trim().length > 3, `${file}: source.citation`).toBe(true)
    expect(typeof d.source?.slide === 'string' && d.source.slide.trim().length > 3, `${file}: source.slide`).toBe(true)
    if (d.source.caveats !== undefined) {
      expect(Array.isArray(d.source.caveats), `${file}: source.caveats must be a list`).toBe(true)
      for (const c of d.source.caveats as unknown[]) expect(typeof c === 'string' && c.length > 10, `${file}: source.caveats`).toBe(true)
    }
    if (d.source.publication !== undefined)
      expect(d.source.publication, `${file}: source.publication must be a full reference with a DOI`).toMatch(/(19|20)\d\d.*(doi|10\.\d{4,}\/)/i)
    expect(d.measures !== null && typeof d.measures === 'object', `${file}: measures`).toBe(true)
  })
})

describe('every number says what it measures', () => {
  it.each(ids)('%s', (id) => {
    const file = datasetFile(id)
    const d = datasets[id] as unknown as Record<string, unknown> & { measures: Record<string, string> }
    const patterns = Object.entries(d.measures).map(([key, text]) => ({ key, text, re: measurePattern(key) }))
    for (const p of patterns) expect(typeof p.text === 'string' && p.text.length > 3, `${file}: measures["${p.key}"] needs a description`).toBe(true)

    const undescribed = dataLeaves(d)
      .filter(leaf => typeof leaf.value === 'number')
      .filter(leaf => !patterns.some(p => p.re.test(leaf.path)))
      .map(leaf => `${file}: ${leaf.path} has no entry in measures`)
    expect(undescribed).toEqual([])

    const allPaths = leaves(d).map(l => l.path)
    const stale = patterns.filter(p => !allPaths.some(path => p.re.test(path))).map(p => `${file}: measures["${p.key}"] matches no field`)
    expect(stale).toEqual([])
  })
})

describe('text the lecture leaves unsaid stays unsaid', () => {
  it('keeps NR in the breast series as text, never a number', () => {
    const lecture = readFileSync(resolve(root, 'data/source/lecture.txt'), 'utf8')
    const printedNr = lecture.match(/\tNR(?=\t|\n)/g) ?? []
    const cells = datasets.blmSeries.rows.flatMap(r => [r.medianMonths, r.threeYearPct, r.fiveYearPct])
    expect(printedNr.length).toBeGreaterThan(0)
    expect(cells.filter(c => c === 'NR')).toHaveLength(printedNr.length)
    expect(cells.every(c => c === 'NR' || typeof c === 'number')).toBe(true)
  })

  it('gives the EPOC and CLOCC numbers at risk no time axis', () => {
    expect(datasets.epoc2008.atRisk).not.toHaveProperty('months')
    expect(datasets.clocc).not.toHaveProperty('months')
    expect(datasets.epoc2008.source.caveats.join(' ')).toMatch(/time points/)
    expect(datasets.clocc.source.caveats.join(' ')).toMatch(/without time points/)
  })

  it('records the COLLISION 14 mm vs 13 mm discrepancy and the Viganò label ambiguity', () => {
    expect(datasets.collision.population.meanSizeMm).toBe(14)
    expect(datasets.collision.comments.sizeMm).toBe(13)
    expect(datasets.collision.source.caveats.join(' ')).toMatch(/14 mm.*13mm/)
    expect(datasets.vigano2012.rows.map(r => r.factorsLabel)).toEqual([0, 1, null, null, null, 2, null, null])
    expect(datasets.vigano2012.source.caveats.join(' ')).toMatch(/ambiguous/)
  })

  it('says that Ruiz 2018 has no number in the text', () => {
    expect(dataLeaves(datasets.ruiz2018 as unknown as Record<string, unknown>).filter(l => typeof l.value === 'number')).toEqual([])
    expect(datasets.ruiz2018.source.caveats.join(' ')).toMatch(/no number/)
  })
})

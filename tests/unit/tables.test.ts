import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildTable, pickColumns, tableIds } from '../../lib/figures/tables'

// Every expected string below is read from the lecture text itself: a table row must reproduce a printed line.
const lecture = readFileSync(resolve(__dirname, '../../data/source/lecture.txt'), 'utf8')
const lines = lecture.split('\n').map(line => line.replace(/\s+$/, ''))
const hasLine = (line: string) => lines.includes(line)
const joined = (row: Record<string, string>, keys: string[]) => keys.map(k => row[k]).join('\t')

describe('buildTable', () => {
  it.each(tableIds)('%s has a caption, a source, and a cell for every column of every row', (id) => {
    const table = buildTable(id)
    expect(table.caption.length).toBeGreaterThan(5)
    expect(table.source.length).toBeGreaterThan(3)
    expect(table.rows.length).toBeGreaterThan(0)
    for (const row of table.rows) for (const col of table.columns) expect(typeof row[col.key], `${id}: ${col.key}`).toBe('string')
    expect(table.columns.map(c => c.key)).toContain(table.rowHeader)
  })

  it('rejects an unknown table id with the list of known ones', () => {
    expect(() => buildTable('epoc')).toThrow(/Unknown table id "epoc".*epoc-at-risk/)
    expect(() => buildTable('constructor')).toThrow(/Unknown table id "constructor"/)
  })
})

describe('tables print the lecture\'s rows', () => {
  it('EPOC: O, N and the 4 at-risk counts of both arms, as printed', () => {
    const t = buildTable('epoc-at-risk')
    for (const row of t.rows) expect(hasLine(joined(row, ['o', 'n', 't1', 't2', 't3', 't4'])), joined(row, ['o', 'n'])).toBe(true)
    expect(t.rows.map(r => r.n)).toEqual(['152', '151'])
  })

  it('EPOC long term: "61 vs 54 months" and "51.2 vs 47.8%" (ITT), "64 vs 55 months" and "52.4 vs 48.3%"', () => {
    const t = buildTable('epoc-long-term')
    expect(lecture).toContain(`ITT median : ${t.rows[0].median} and at 5 yrs ${t.rows[0].fiveYear}`)
    expect(lecture).toContain(`Per protocol : ${t.rows[1].median} and at 5 yrs ${t.rows[1].fiveYear}`)
    expect(t.notes[0]).toContain('0.88')
  })

  it.each(['lms-preop-1450', 'lms-postop-1063', 'lms-preop-1355', 'lms-postop-972'] as const)('%s: both groups, Total then years 1–5', (id) => {
    const t = buildTable(id)
    const keys = t.columns.map(c => c.key)
    expect(t.rows).toHaveLength(2)
    for (const row of t.rows) expect(hasLine(joined(row, keys)), joined(row, keys)).toBe(true)
    const total = t.rows.reduce((sum, r) => sum + Number(r.total), 0)
    expect(t.caption).toContain(`${total} patients`)
  })

  it('JCOG0603: 5-year DFS/OS with CIs as in the abstract, HR 0.67 (0.50–0.92), one-sided P = .006', () => {
    const t = buildTable('jcog0603')
    for (const row of t.rows) {
      for (const cell of [row.alone, row.chemo]) {
        const [, pct, lo, hi] = /^(\S+) \((\S+)–(\S+)\)$/.exec(cell)!
        expect(lecture).toContain(`${pct} (95% CI, ${lo} to ${hi})`)
      }
    }
    expect(t.rows[0].hr).toBe('0.67 (95% CI 0.50–0.92); one-sided P = .006')
    expect(lecture).toContain('hazard ratio, 0.67; 95% CI, 0.50 to 0.92; one-sided $P = .006$')
  })

  it('breast series: ten rows as printed, NR kept as text', () => {
    const t = buildTable('blm-series')
    const keys = t.columns.map(c => c.key)
    expect(t.rows).toHaveLength(10)
    for (const row of t.rows) expect(hasLine(joined(row, keys)), row.author).toBe(true)
    const mariani = t.rows.find(r => r.author === 'Mariani')!
    expect([mariani.threeYear, mariani.fiveYear]).toEqual(['NR', 'NR'])
    expect(t.notes).toContain('5y OS: 27 – 53%')
    expect(t.notes).toContain('Median: 41 – 115mo')
  })

  it('Paul Brousse: "Number exposed to risk 137 76 43 7 79"', () => {
    const t = buildTable('blm-paul-brousse')
    expect(hasLine(joined(t.rows[0], t.columns.map(c => c.key)))).toBe(true)
  })

  it('Mariani: RR with CI and p as printed', () => {
    for (const r of buildTable('mariani2013').rows)
      expect(lecture).toContain(`RR = ${r.rr}-fold higher risk of death (CI: ${r.ci}) ($${r.p}$)`)
  })

  it('CLOCC: O, N and 5 at-risk counts per arm', () => {
    const t = buildTable('clocc-at-risk')
    for (const row of t.rows) {
      const printed = joined(row, ['o', 'n', 't1', 't2', 't3', 't4', 't5'])
      expect(lines.some(l => l.startsWith(`${printed}\t— ${row.arm}`)), printed).toBe(true)
    }
  })

  it('COLLISION safety: "2.1% (resection) → 0.0% (ablation)" etc.', () => {
    const t = buildTable('collision-safety')
    expect(t.rows).toHaveLength(4)
    for (const r of t.rows) expect(lecture).toContain(`${r.resection} (resection) → ${r.ablation} (ablation)`)
  })

  it('SBRT: eight rows, every cell as printed (NA kept)', () => {
    const t = buildTable('sbrt-series')
    const keys = t.columns.map(c => c.key)
    expect(t.rows).toHaveLength(8)
    for (const row of t.rows) expect(hasLine(joined(row, keys)), row.study).toBe(true)
    expect(t.rows[1].overallSurvival).toBe('NA')
  })
})

describe('pickColumns', () => {
  it('keeps the named columns of the wide SBRT table and names the table on a bad key', () => {
    const t = buildTable('sbrt-series')
    expect(pickColumns(t, ['study', 'localControl']).map(c => c.label)).toEqual(['Study', 'Local control'])
    expect(() => pickColumns(t, ['study', 'dose'])).toThrow(/Table "sbrt-series" has no column "dose"/)
  })
})

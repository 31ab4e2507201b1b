import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { caseAtlasCli } from '../../scripts/case-atlas'

// `npm run --silent case:atlas -- <file>` as a course's faculty run it: every decision a learner can reach by best or
// acceptable choices, each with the facts its screen shows and every option's grade, rationale and citation.

const run = promisify(execFile)
const root = join(__dirname, '../..')

describe('case:atlas', () => {
  it('npm run --silent case:atlas prints the atlas as JSON and nothing else', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'case:atlas', '--', 'cases/three-large-progressing.yaml'], { cwd: root })
    const atlas = JSON.parse(stdout)
    expect(atlas.case).toBe('three-large-progressing')
    for (const node of atlas.nodes) {
      expect(Object.keys(node)).toEqual(expect.arrayContaining(['path', 'node', 'facts', 'options', 'open', 'readings']))
      for (const option of node.options)
        expect(Object.keys(option)).toEqual(expect.arrayContaining(['option', 'label', 'grade', 'rationale', 'citation', 'slide']))
    }
    // The paths opened by acceptable choices are there too: local treatment after the first progression.
    expect(atlas.nodes.map((node: { node: string, path: string[] }) => `${node.node} after ${node.path.join(' ')}`)).toEqual([
      'strategy after ',
      'restaging-first-line after chemo-first',
      'modality after chemo-first local-treatment',
      'restaging-second-line after chemo-first change-regimen',
      'modality after chemo-first change-regimen local-treatment',
    ])
    const second = atlas.nodes.find((node: { node: string }) => node.node === 'restaging-second-line')
    expect(second.facts).toContain('Restaging after second-line chemotherapy: Exception 4 of 4: Consensus MDT decision: Yes, the MDT decides by consensus to operate')
    expect(second.open).toContain('Surgery at some conditions ? if complete and consensus MDT decision')
  })

  it('a node no viable choice leads to is not in the atlas (the second line after a response)', () => {
    const atlas = JSON.parse(caseAtlasCli([join(root, 'cases/late-single-metachronous.yaml')]).stdout)
    expect(atlas.nodes.map((node: { node: string }) => node.node)).not.toContain('restaging-second-line')
    expect(atlas.nodes.find((node: { node: string }) => node.node === 'strategy').options.map((o: { grade: string }) => o.grade)).toEqual(['best', 'acceptable', 'incorrect', 'acceptable'])
  })

  it('prints a usage line without exactly one file, and names file and field of an invalid one', () => {
    expect(caseAtlasCli([])).toMatchObject({ code: 2, stdout: '' })
    const dir = mkdtempSync(join(tmpdir(), 'case-atlas-'))
    const bad = join(dir, 'six-lesions.yaml')
    writeFileSync(bad, readFileSync(join(root, 'cases/six-lesions.yaml'), 'utf8').replace('count: 6,', 'count: six,'))
    const result = caseAtlasCli([bad])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`six-lesions.yaml: patient.liver.count: `)
  })
})

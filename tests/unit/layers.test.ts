import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkLayers, layerOf, LAYERS } from '../../scripts/check-layers.mjs'

// The architecture as a check: imports flow data → lib → machines → composables → components → setup, and no two
// feature folders import each other.

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

describe('check:layers', () => {
  it('the deck itself: no upward import, no import cycle between folders', () => {
    const { upward, cycles } = checkLayers(join(__dirname, '../..'))
    expect(upward).toEqual([])
    expect(cycles).toEqual([])
  })

  it('names an upward import, a type-only one included (lib importing a machine)', () => {
    const root = tree({
      'machines/case/rules.ts': 'export const x = 1\n',
      'lib/figures/chart.ts': "import type { X } from '../../machines/case/rules'\n",
    })
    expect(checkLayers(root).upward).toEqual(['lib/figures/chart.ts (lib) imports machines/case/rules.ts (machines)'])
  })

  it('names a cycle between two feature folders of the same layer', () => {
    const root = tree({
      'machines/case/a.ts': "import { b } from '../quiz/b'\nexport const a = 1\n",
      'machines/quiz/b.ts': "import { a } from '../case/a'\nexport const b = 2\n",
    })
    expect(checkLayers(root).cycles).toEqual(['import cycle between folders: machines/case ⇄ machines/quiz'])
  })

  it('composables sit between machines and components; test files and scripts are outside the flow', () => {
    expect(LAYERS.indexOf('components/composables')).toBeLessThan(LAYERS.indexOf('components'))
    expect(layerOf('components/composables/useChart.ts')).toBe(LAYERS.indexOf('components/composables'))
    expect(layerOf('scripts/bench.mjs')).toBe(-1)
    const root = tree({ 'lib/a.ts': 'export const a = 1\n', 'lib/a.test.ts': "import { x } from '../machines/m'\n", 'machines/m.ts': 'export const x = 1\n' })
    expect(checkLayers(root).upward).toEqual([])
  })
})

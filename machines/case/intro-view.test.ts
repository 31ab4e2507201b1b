import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { introView } from './intro-view'
import { loadCaseFiles } from './load'
import { buildCaseView } from './view'
import { initialSnapshot } from './walk'

const root = join(import.meta.dirname, '../..')
const names = readdirSync(join(root, 'cases')).filter(name => name.endsWith('.yaml'))
const loaded = loadCaseFiles(Object.fromEntries(names.map(name => [`cases/${name}`, readFileSync(join(root, 'cases', name), 'utf8')])))

describe('a case opens on its story before the machine has loaded', () => {
  it.each(loaded.flatMap(item => (item.ok ? [[item.caseFile.id, item.caseFile] as const] : [])))('%s: the opening the machine itself shows', (_, caseFile) => {
    expect(introView(caseFile)).toEqual(buildCaseView(initialSnapshot(caseFile)))
  })

  it('reads every case in cases/', () => {
    expect(loaded.length).toBe(names.length)
    expect(loaded.every(item => item.ok)).toBe(true)
  })
})

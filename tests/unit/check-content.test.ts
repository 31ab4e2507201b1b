// `npm run build` starts with scripts/check-content.ts: a broken case or question file must stop the build with
// a message naming the file and the field. Run on a scratch copy of the project's content.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
let scratch = ''

function scratchCopy() {
  scratch = mkdtempSync(join(tmpdir(), 'omd-content-'))
  for (const dir of ['scripts', 'machines', 'data', 'lib', 'cases'])
    cpSync(join(root, dir), join(scratch, dir), { recursive: true })
  cpSync(join(root, 'package.json'), join(scratch, 'package.json'))
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'))
  return scratch
}

function check(dir: string) {
  try {
    return { code: 0, out: execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check-content.ts'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) }
  }
  catch (error: any) {
    return { code: error.status as number, out: `${error.stdout}${error.stderr}` }
  }
}

afterEach(() => rmSync(scratch, { recursive: true, force: true }))

describe('the content check before the build', () => {
  it('passes on the shipped cases and questions', () => {
    const result = check(scratchCopy())
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/\d+ case files and \d+ questions valid/)
  })

  it('stops on a case file with a bad field, naming the file and the field', () => {
    const dir = scratchCopy()
    const file = join(dir, 'cases/six-lesions.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/presentation: \w+/, 'presentation: sometime'))
    const result = check(dir)
    expect(result.code).toBe(1)
    expect(result.out).toContain('cases/six-lesions.yaml')
    expect(result.out).toContain('presentation')
  })

  it('stops on a question whose template points at no number in data/, naming the file and the question', () => {
    const dir = scratchCopy()
    const file = join(dir, 'cases/questions/part-1.yaml')
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text.replace(/\{\{jcog0603\.[\w.]+\}\}/, '{{jcog0603.nowhere}}'))
    const result = check(dir)
    expect(result.code).toBe(1)
    expect(result.out).toContain('cases/questions/part-1.yaml')
    expect(result.out).toContain('jcog0603.nowhere')
  })
})

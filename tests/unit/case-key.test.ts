import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { caseKeyCli } from '../../scripts/case-key'

// `npm run --silent case:key -- <file>` as organisers run it: the JSON it prints must match the key each case's
// clinician wrote by hand (expectedKey in the YAML), and a bad file must fail loudly, naming file and field.

const run = promisify(execFile)
const root = join(__dirname, '../..')
const caseFiles = readdirSync(join(root, 'cases')).filter(name => name.endsWith('.yaml')).map(name => `cases/${name}`)

/** The real process, as organisers start it. */
async function caseKey(file: string, viaNpm = false) {
  const [command, args] = viaNpm
    ? ['npm', ['run', '--silent', 'case:key', '--', file]]
    : [process.execPath, ['--import', 'tsx', 'scripts/case-key.ts', file]]
  try {
    const { stdout, stderr } = await run(command, args, { cwd: root })
    return { code: 0, stdout, stderr }
  }
  catch (error) {
    const failed = error as { code: number, stdout: string, stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('case:key', () => {
  it('npm run --silent case:key prints {"case", "steps"} as JSON and nothing else', async () => {
    const result = await caseKey('cases/synchronous-limited-disease.yaml', true)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      case: 'synchronous-limited-disease',
      steps: [
        { node: 'strategy', best: ['chemo-first'], acceptable: ['surgery-first'] },
        { node: 'restaging-first-line', best: ['local-treatment'], acceptable: [] },
        { node: 'modality', best: ['simultaneous-resection', 'staged-resection'], acceptable: [] },
      ],
    })
  })

  // The same entry point the script runs, in-process: one Node start per case would take seconds each.
  it.each(caseFiles)('%s: the key matches the one its clinician wrote', (file) => {
    const result = caseKeyCli([join(root, file)])
    const expected = parse(readFileSync(join(root, file), 'utf8'))
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ case: expected.id, steps: expected.expectedKey })
  })

  it('a draft without expectedKey: prints the key the rules compute, open steps marked "open": true', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-key-'))
    const draft = join(dir, 'late-four-upfront.yaml')
    writeFileSync(draft, readFileSync(join(root, 'cases/late-four-upfront.yaml'), 'utf8').replace(/expectedKey:[\s\S]*$/, ''))
    const result = await caseKey(draft)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).steps[0]).toEqual({ node: 'strategy', best: ['surgery-first', 'chemo-first'], acceptable: [], open: true })
  })

  it('an expectedKey that differs: the key is still printed, stderr names the differing node, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-key-'))
    const wrong = join(dir, 'six-lesions.yaml')
    // The key as it stood before issue #9: six resectable lesions sent to systemic therapy only.
    writeFileSync(wrong, readFileSync(join(root, 'cases/six-lesions.yaml'), 'utf8')
      .replace('best: [chemo-first]\n    acceptable: []', 'best: [systemic-only]\n    acceptable: [chemo-first]'))
    const result = caseKeyCli([wrong])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).steps[0]).toEqual({ node: 'strategy', best: ['chemo-first'], acceptable: [] })
    expect(result.stderr).toContain('expectedKey: node "strategy" differs')
    expect(result.stderr).not.toContain('"modality"')
  })

  it('a key written with the renamed ids (second-line-chemo, continue-systemic) still matches, printed with the new ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-key-'))
    const legacy = join(dir, 'vigano-four-by-fifty.yaml')
    writeFileSync(legacy, readFileSync(join(root, 'cases/vigano-four-by-fifty.yaml'), 'utf8').replaceAll('change-regimen', 'second-line-chemo'))
    expect(readFileSync(legacy, 'utf8')).toContain('best: [second-line-chemo]')
    const result = caseKeyCli([legacy])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('"change-regimen"')
    expect(result.stdout).not.toContain('second-line-chemo')
  })

  it('prints a usage line and exits 2 without exactly one file', () => {
    expect(caseKeyCli([])).toMatchObject({ code: 2, stdout: '' })
    expect(caseKeyCli(['a.yaml', 'b.yaml']).stderr).toContain('usage:')
  })

  it('an invalid file exits 1 with the file and the field on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-key-'))
    const bad = join(dir, 'six-lesions.yaml')
    copyFileSync(join(root, 'cases/six-lesions.yaml'), bad)
    writeFileSync(bad, readFileSync(bad, 'utf8').replace('count: 6,', 'count: six,'))
    const result = await caseKey(bad)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`${bad}: patient.liver.count: `)
  })
})

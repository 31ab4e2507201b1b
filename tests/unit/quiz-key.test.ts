import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { quizKeyCli } from '../../scripts/quiz-key'

// `npm run --silent quiz:key` as organisers run it: one JSON entry per question of cases/questions, numbers read from data/.

const run = promisify(execFile)
const root = join(__dirname, '../..')
const quizDir = join(root, 'cases/questions')
const questionsInFiles = readdirSync(quizDir).filter(name => name.endsWith('.yaml'))
  .reduce((sum, name) => sum + parse(readFileSync(join(quizDir, name), 'utf8')).questions.length, 0)

async function quizKey(args: string[], viaNpm = false) {
  const [command, argv] = viaNpm
    ? ['npm', ['run', '--silent', 'quiz:key', ...(args.length ? ['--', ...args] : [])]]
    : [process.execPath, ['--import', 'tsx', 'scripts/quiz-key.ts', ...args]]
  try {
    const { stdout, stderr } = await run(command, argv, { cwd: root })
    return { code: 0, stdout, stderr }
  }
  catch (error) {
    const failed = error as { code: number, stdout: string, stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('quiz:key', () => {
  it('npm run --silent quiz:key prints one {id, part, type, stem, correct, slide} per question, as JSON only', async () => {
    const result = await quizKey([], true)
    expect(result.code, result.stderr).toBe(0)
    const key = JSON.parse(result.stdout) as Array<Record<string, unknown>>
    expect(key).toHaveLength(questionsInFiles)
    for (const entry of key)
      expect(Object.keys(entry)).toEqual(['id', 'part', 'type', 'stem', 'correct', 'slide'])
    expect(new Set(key.map(entry => entry.id)).size).toBe(key.length)
  })

  it('resolves the numbers: the early-recurrence limit is 6 months (the lecture), not a template', () => {
    const key = JSON.parse(quizKeyCli([]).stdout) as Array<Record<string, unknown>>
    const early = key.find(entry => entry.id === 'early-recurrence-months')!
    expect(early).toMatchObject({ part: 4, type: 'numeric', correct: 6, slide: 'oligoprogression-definition' })
    expect(JSON.stringify(key)).not.toMatch(/\{\{|\}\}/)
  })

  it('gives choice answers as letter and text, true/false as booleans, in lecture order', () => {
    const key = JSON.parse(quizKeyCli([]).stdout) as Array<Record<string, unknown>>
    expect(key.find(entry => entry.id === 'surgery-standard')?.correct).toBe('B. Surgical resection')
    expect(key.find(entry => entry.id === 'vigano-contraindications')?.correct).toEqual([
      'B. More than 3 metastases that are also large (≥ 50 mm)',
      'D. CEA ≥ 200 ng/mL, whatever the number and size of the metastases',
    ])
    expect(key.find(entry => entry.id === 'other-treatments-not-curative')?.correct).toBe(false)
    expect([...new Set(key.map(entry => entry.part))]).toEqual(['definitions', 1, 2, 3, 4, 5])
  })

  it('an invalid bank exits 1 with the file, the field and the question on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiz-key-'))
    for (const name of questionsInFiles ? readdirSync(quizDir) : [])
      copyFileSync(join(quizDir, name), join(dir, name))
    const bad = join(dir, 'part-4.yaml')
    writeFileSync(bad, readFileSync(bad, 'utf8').replace('slide: vigano2012', 'slide: vigano'))
    const result = await quizKey([dir])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: questions\\[\\d+\\]\\.slide \\(question "vigano-[a-z-]+"\\): unknown slide alias "vigano"`))
  })
})

// `npm run --silent case:key -- cases/<id>.yaml`: the case's answer key as JSON, following the first best choice
// at each node and the case's course: {"case": "<id>", "steps": [{"node", "best", "acceptable", "open"?}, ...]}.
// Works on a draft without `expectedKey`. When the file's `expectedKey` differs, the computed key is still
// printed, stderr names each differing node and the exit code is 1; an invalid file exits 1 naming file and field.
import { pathToFileURL } from 'node:url'
import type { AnswerKeyStep } from '../machines/case/walk'
import type { KeyStep } from '../machines/case/schema'
import { answerKey, formatAnswerKey } from '../machines/case/walk'
import { readCaseFiles } from './case-files'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export function caseKeyCli(args: string[]): CliResult {
  const paths = args.filter(arg => arg !== '--')
  if (paths.length !== 1)
    return { code: 2, stdout: '', stderr: 'usage: npm run --silent case:key -- cases/<id>.yaml' }
  try {
    const [loaded] = readCaseFiles(paths)
    if (!loaded.ok)
      return { code: 1, stdout: '', stderr: loaded.error.message }
    const key = answerKey(loaded.caseFile)
    const differing = keyDifferences(key.steps, loaded.caseFile.expectedKey)
    return {
      code: differing.length > 0 ? 1 : 0,
      stdout: formatAnswerKey(key),
      stderr: differing.map(node => `${loaded.file}: expectedKey: ${node}`).join('\n'),
    }
  }
  catch (error) {
    return { code: 1, stdout: '', stderr: `${paths[0]}: ${error instanceof Error ? error.message : String(error)}` }
  }
}

/** One line per node where the file's own key and the rules disagree (none for a draft without a key). */
export function keyDifferences(computed: readonly AnswerKeyStep[], expected: readonly KeyStep[] | undefined): string[] {
  if (!expected)
    return []
  const same = (a: AnswerKeyStep | KeyStep | undefined, b: AnswerKeyStep | KeyStep | undefined) =>
    JSON.stringify([a?.best, a?.acceptable, a?.open ?? false]) === JSON.stringify([b?.best, b?.acceptable, b?.open ?? false])
  const nodes = [...new Set([...computed.map(s => s.node), ...expected.map(s => s.node)])]
  return nodes.flatMap((node) => {
    const mine = computed.find(s => s.node === node)
    const theirs = expected.find(s => s.node === node)
    if (!mine)
      return [`node "${node}" is not on the best path the rules compute`]
    if (!theirs)
      return [`node "${node}" is on the computed best path but missing from expectedKey`]
    return same(mine, theirs) ? [] : [`node "${node}" differs: the rules give ${describe(mine)}, the file says ${describe(theirs)}`]
  })
}

function describe(step: AnswerKeyStep | KeyStep): string {
  return `best [${step.best.join(', ')}], acceptable [${step.acceptable.join(', ')}]${step.open ? ', open' : ''}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = caseKeyCli(process.argv.slice(2))
  if (result.stdout)
    console.log(result.stdout)
  if (result.stderr)
    console.error(result.stderr)
  process.exit(result.code)
}

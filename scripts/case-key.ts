// `npm run --silent case:key -- cases/<id>.yaml`: the case's answer key as JSON, following the best choice at
// each node and the case's course: {"case": "<id>", "steps": [{"node", "best", "acceptable"}, ...]}.
// An invalid file exits 1 with the file and the field named on stderr.
import { pathToFileURL } from 'node:url'
import { answerKey, formatAnswerKey } from '../machines/case-walk'
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
    return { code: 0, stdout: formatAnswerKey(answerKey(loaded.caseFile)), stderr: '' }
  }
  catch (error) {
    return { code: 1, stdout: '', stderr: `${paths[0]}: ${error instanceof Error ? error.message : String(error)}` }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = caseKeyCli(process.argv.slice(2))
  if (result.stdout)
    console.log(result.stdout)
  if (result.stderr)
    console.error(result.stderr)
  process.exit(result.code)
}

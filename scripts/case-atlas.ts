// `npm run --silent case:atlas -- cases/<id>.yaml`: the case atlas as JSON, every decision a learner can reach by
// best or acceptable choices: {"case", "title", "nodes": [{ path, pathLabels, node, facts, options: [{ option,
// label, grade, rationale, citation, slide, remarks }], open, readings, rule, ref, notes, rightCourse }, ...]}.
// An invalid file exits 1 naming file and field.
import { pathToFileURL } from 'node:url'
import type { CliResult } from './case-key'
import { caseAtlas } from '../machines/case/atlas'
import { readCaseFiles } from './case-files'

export function caseAtlasCli(args: string[]): CliResult {
  const paths = args.filter(arg => arg !== '--')
  if (paths.length !== 1)
    return { code: 2, stdout: '', stderr: 'usage: npm run --silent case:atlas -- cases/<id>.yaml' }
  try {
    const [loaded] = readCaseFiles(paths)
    if (!loaded.ok)
      return { code: 1, stdout: '', stderr: loaded.error.message }
    return { code: 0, stdout: JSON.stringify(caseAtlas(loaded.caseFile), null, 2), stderr: '' }
  }
  catch (error) {
    return { code: 1, stdout: '', stderr: `${paths[0]}: ${error instanceof Error ? error.message : String(error)}` }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = caseAtlasCli(process.argv.slice(2))
  if (result.stdout)
    console.log(result.stdout)
  if (result.stderr)
    console.error(result.stderr)
  process.exit(result.code)
}

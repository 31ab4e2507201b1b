import type { CaseFileIssue, LoadedCase } from '../../machines/case/load'
import { loadCaseFiles } from '../../machines/case/load'

// Every cases/*.yaml, bundled as text by Vite and checked by the same loader as the CLI and the tests.
const sources = import.meta.glob('../../cases/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

export const loadedCases: LoadedCase[] = loadCaseFiles(
  Object.fromEntries(Object.entries(sources).map(([path, text]) => [path.replace(/^(?:\.\.\/)+/, ''), text])),
)

export type CaseLookup =
  | Extract<LoadedCase, { ok: true }>
  | { ok: false, file: string, issues: CaseFileIssue[] }

/** The case `cases/<id>.yaml`, or the problems to show in its place (never a blank slide). */
export function useCaseFile(id: string): CaseLookup {
  const file = `cases/${id}.yaml`
  const found = loadedCases.find(loaded => loaded.file === file)
    ?? loadedCases.find(loaded => loaded.ok && loaded.caseFile.id === id)
  if (!found)
    return { ok: false, file, issues: [{ field: '(file)', message: `no case file with id "${id}" in cases/` }] }
  return found.ok ? found : { ok: false, file: found.file, issues: found.error.issues }
}

import cases from 'virtual:omd-content/cases'
import type { CaseFileIssue, CheckedCase } from '../../machines/case/load'

// Every cases/*.yaml, checked at build time (scripts/checked-content.ts) by the loader the CLI and the tests use.
export const loadedCases: CheckedCase[] = cases

export type CaseLookup =
  | Extract<CheckedCase, { ok: true }>
  | { ok: false, file: string, issues: CaseFileIssue[] }

/** The case `cases/<id>.yaml`, or the problems to show in its place (never a blank slide). */
export function useCaseFile(id: string): CaseLookup {
  const file = `cases/${id}.yaml`
  const found = loadedCases.find(loaded => loaded.file === file)
    ?? loadedCases.find(loaded => loaded.ok && loaded.caseFile.id === id)
  if (!found)
    return { ok: false, file, issues: [{ field: '(file)', message: `no case file with id "${id}" in cases/` }] }
  return found
}

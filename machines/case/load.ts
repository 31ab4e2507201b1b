import type { $ZodIssue } from 'zod/v4/core'
import type { CaseFile } from './schema'
import { parseDocument } from 'yaml'
import { caseSchema } from './schema'
import { missingFacts } from './walk'

// Turns the text of a case file into a checked CaseFile, or an error that names the file and the field.
// Pure (no file system): the browser passes Vite `?raw` imports, the CLI passes what it read from disk.

export interface CaseFileIssue {
  /** Dotted path in the file, e.g. `patient.liver.count`, `expectedKey[1].best[0]`; `(file)` for the whole file. */
  field: string
  message: string
}

export class CaseFileError extends Error {
  constructor(readonly file: string, readonly issues: CaseFileIssue[]) {
    super(issues.map(issue => `${file}: ${issue.field}: ${issue.message}`).join('\n'))
    this.name = 'CaseFileError'
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) =>
    typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key), '') || '(file)'
}

function describeIssue(issue: $ZodIssue): CaseFileIssue[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map(key => ({ field: fieldPath([...issue.path, key]), message: 'unknown field (misspelt?)' }))
  return [{ field: fieldPath(issue.path), message: issue.message }]
}

/** `file` is the name shown in messages, e.g. `cases/late-single-metachronous.yaml`. Throws CaseFileError. */
export function parseCaseFile(file: string, text: string): CaseFile {
  const document = parseDocument(text)
  if (document.errors.length > 0) {
    throw new CaseFileError(file, document.errors.map(error => ({
      field: error.linePos ? `line ${error.linePos[0].line}` : '(file)',
      message: `YAML syntax: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    })))
  }
  const parsed = caseSchema.safeParse(document.toJS(), {
    error: issue => issue.input === undefined ? 'required field is missing' : undefined,
  })
  if (!parsed.success)
    throw new CaseFileError(file, parsed.error.issues.flatMap(describeIssue))

  const caseFile = parsed.data
  const issues: CaseFileIssue[] = []
  const fileName = file.split('/').at(-1)
  if (fileName !== `${caseFile.id}.yaml`)
    issues.push({ field: 'id', message: `"${caseFile.id}" must match the file name (${fileName})` })
  for (const [field, reason] of missingFacts(caseFile))
    issues.push({ field, message: `required because ${reason}` })
  if (issues.length > 0)
    throw new CaseFileError(file, issues)
  return caseFile
}

export type LoadedCase =
  | { file: string, ok: true, caseFile: CaseFile }
  | { file: string, ok: false, error: CaseFileError }

/** A case file as the browser receives it, checked at build time (scripts/checked-content.ts): plain data. */
export type CheckedCase =
  | { file: string, ok: true, caseFile: CaseFile }
  | { file: string, ok: false, issues: CaseFileIssue[] }

/** Every file, valid or not, in file-name order; two files with the same id are an error on the second. */
export function loadCaseFiles(files: Record<string, string>): LoadedCase[] {
  const seen = new Map<string, string>()
  return Object.keys(files).sort().map((file): LoadedCase => {
    try {
      const caseFile = parseCaseFile(file, files[file])
      const previous = seen.get(caseFile.id)
      if (previous)
        throw new CaseFileError(file, [{ field: 'id', message: `"${caseFile.id}" is already used by ${previous}` }])
      seen.set(caseFile.id, file)
      return { file, ok: true, caseFile }
    }
    catch (error) {
      if (error instanceof CaseFileError)
        return { file, ok: false, error }
      throw error
    }
  })
}

import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { LoadedCase } from '../machines/case/load'
import { loadCaseFiles } from '../machines/case/load'

// The file-system side of the case loader: read cases/*.yaml from disk and hand the text to the pure loader.

export const repoRoot = new URL('..', import.meta.url).pathname

/** A file's name as messages show it: relative to the repository when inside it. */
export function displayName(path: string): string {
  const fromRoot = relative(repoRoot, resolve(path))
  return fromRoot.startsWith('..') ? path : fromRoot
}

export function readCaseFiles(paths: string[]): LoadedCase[] {
  return loadCaseFiles(Object.fromEntries(paths.map(path => [displayName(path), readFileSync(path, 'utf8')])))
}

export function shippedCasePaths(): string[] {
  const dir = join(repoRoot, 'cases')
  return readdirSync(dir).filter(name => name.endsWith('.yaml')).sort().map(name => join(dir, name))
}

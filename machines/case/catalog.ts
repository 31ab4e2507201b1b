import type { CaseFile } from './schema'
import type { Score } from './view'
import { agenda } from '../../data/agenda'
import { LECTURE_OUTLINE } from '../../data/outline'
import { restoreCaseProgress } from './progress-codec'
import { scoreOf } from './view'
import { walkBest } from './walk'

// The learner's list of cases: each case under the part of the lecture that teaches its first decision (the
// slide its best strategy cites), with what this browser has saved of it (new, in progress, done, and the score).

export type CaseStatus = 'new' | 'in-progress' | 'done'

export interface CaseEntry {
  id: string
  title: string
  /** The stem's first sentence, without Markdown. */
  summary: string
  status: CaseStatus
  score: Score | null
}

/** 'definitions' (what oligometastatic disease is) or a part of the lecture, '1' to '5'. */
export type CasePart = 'definitions' | '1' | '2' | '3' | '4' | '5'

export interface CatalogPart {
  part: CasePart
  title: string
  cases: CaseEntry[]
}

const PARTS: CasePart[] = ['definitions', '1', '2', '3', '4', '5']

export function casePart(caseFile: CaseFile): CasePart {
  const slide = walkBest(caseFile).reasons[0]?.slide ?? ''
  return PARTS.find(part => (LECTURE_OUTLINE[part] as readonly string[]).includes(slide)) ?? 'definitions'
}

function partTitle(part: CasePart): string {
  return part === 'definitions' ? 'What is oligometastatic disease?' : `Part ${part} · ${agenda.parts[Number(part) - 1].title}`
}

export function caseSummary(stem: string): string {
  const text = stem.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()
  const end = text.search(/[.!?](\s|$)/)
  return end === -1 ? text : text.slice(0, end + 1)
}

export function caseEntry(caseFile: CaseFile, saved: string | null): CaseEntry {
  const restored = restoreCaseProgress(saved, caseFile)
  const snapshot = restored.snapshot
  const status: CaseStatus = !snapshot || snapshot.context.choices.length === 0 ? 'new' : snapshot.value === 'debrief' ? 'done' : 'in-progress'
  return {
    id: caseFile.id,
    title: caseFile.title,
    summary: caseSummary(caseFile.stem),
    status,
    score: snapshot && status !== 'new' ? scoreOf(snapshot.context.choices) : null,
  }
}

/** Every case by part, parts in the lecture's order, cases by title; `saved(id)` reads this browser's progress. */
export function caseCatalog(cases: readonly CaseFile[], saved: (id: string) => string | null): CatalogPart[] {
  return PARTS
    .map(part => ({
      part,
      title: partTitle(part),
      cases: cases.filter(c => casePart(c) === part).map(c => caseEntry(c, saved(c.id))).sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .filter(part => part.cases.length > 0)
}

import type { Evidence, EvidenceId } from './evidence'
import type { ReadingId } from '../../lib/clinical/facts'
import type { Grade, NodeId, OptionId } from './ids'
import { READINGS } from '../../lib/clinical/facts'
import { evidenceOf } from './evidence'

// The shared grading helper of the three decisions (strategyRules.ts, restagingRules.ts, modalityRules.ts): a
// decision is an ordered array of rules, one object per rule; the first whose `when` holds grades every offered
// option from its table. Ids, order and the pathway slide's summaries are read from those arrays.

/** A rationale and the source its words come from. */
export type Line = readonly [text: string, evidence: EvidenceId]

/** A line of feedback with its citation and slide. */
export interface Remark extends Evidence {
  text: string
}

export interface Table<O extends OptionId> {
  best: readonly O[]
  acceptable?: readonly O[]
  /** A one-line rationale for every option the decision can offer. */
  lines: Record<O, Line>
  /** Only in an open rule: one line quoting the lecture that leaves the decision open. */
  open?: string
  /** "This deck reads ..." lines this decision rests on. */
  readings?: readonly ReadingId[]
  /** Lines the feedback adds beside the rationale of some options. */
  remarks?: Partial<Record<O, readonly Line[]>>
  /** Only where no offered option is right (a node reached through an incorrect choice): what the right course was. */
  rightCourse?: Line
}

export interface Rule<F, O extends OptionId, Id extends string = string> {
  id: Id
  /** The rule's label in issue #23's pathway v3 (S1, C4, P3, M9...). */
  ref: string
  /** One line for the pathway slide. */
  summary: string
  /** The lecture leaves the decision open: every defensible option is best, and the table says why. */
  open: boolean
  when: (facts: F) => boolean
  table: (facts: F) => Table<O>
}

export interface OptionGrade extends Evidence {
  option: OptionId
  grade: Grade
  rationale: string
  /** Further lines of this option's feedback, each with its own source. */
  remarks: Remark[]
}

export interface NodeGrades {
  node: NodeId
  rule: string
  /** The rule's label in the pathway (S1...M10). */
  ref: string
  options: OptionGrade[]
  /** The lecture leaves this decision open: one line quoting it (every defensible option is best); else null. */
  open: string | null
  /** "This deck reads ..." lines for the ambiguous lines this decision rests on. */
  readings: string[]
  /** Lines the feedback adds for every option of this node (e.g. what a modality grade rests on). */
  notes: Remark[]
  /** Where no option is right: what the right course was; else null. */
  rightCourse: Remark | null
}

export const remark = ([text, evidence]: Line): Remark => ({ text, ...evidenceOf(evidence) })

export function firstRule<F, O extends OptionId>(rules: readonly Rule<F, O>[], facts: F): Rule<F, O> {
  const rule = rules.find(candidate => candidate.when(facts))
  if (!rule)
    throw new Error(`no rule matches (the last rule of ${rules[0]?.id.split('.')[0]} must always match)`)
  return rule
}

/** What the decision adds to every table: lines for some options (e.g. an extrahepatic site) and for the node. */
export interface DecisionExtras<O extends OptionId> {
  remarks?: Partial<Record<O, readonly Line[]>>
  notes?: readonly Line[]
}

/** Grades every offered option at `node` with the first rule that matches `facts`. */
export function gradeNode<F, O extends OptionId>(node: NodeId, offered: readonly O[], rules: readonly Rule<F, O>[], facts: F, extras: DecisionExtras<O> = {}): NodeGrades {
  const rule = firstRule(rules, facts)
  const table = rule.table(facts)
  if (rule.open !== (table.open !== undefined))
    throw new Error(`rule ${rule.id} is ${rule.open ? '' : 'not '}open but its table ${table.open ? 'says why it is' : 'gives no open line'}`)
  if (table.best.length === 0 && !table.rightCourse)
    throw new Error(`rule ${rule.id} grades no option best and does not say what the right course was`)
  return {
    node,
    rule: rule.id,
    ref: rule.ref,
    options: offered.map((option) => {
      const line = table.lines[option]
      if (!line)
        throw new Error(`rule ${rule.id} has no rationale for option ${option}`)
      const grade: Grade = table.best.includes(option) ? 'best' : table.acceptable?.includes(option) ? 'acceptable' : 'incorrect'
      const remarks = [...(table.remarks?.[option] ?? []), ...(extras.remarks?.[option] ?? [])].map(remark)
      return { option, grade, rationale: line[0], ...evidenceOf(line[1]), remarks }
    }),
    open: table.open ?? null,
    readings: (table.readings ?? []).map(id => READINGS[id]),
    notes: (extras.notes ?? []).map(remark),
    rightCourse: table.rightCourse ? remark(table.rightCourse) : null,
  }
}

/** "1 lesion", "3 lesions". */
export const lesions = (count: number) => `${count} lesion${count === 1 ? '' : 's'}`

// The vocabulary of the case pathway: decision nodes, their options, grades. These ids are a contract with the
// case files (expectedKey), saved progress, the answer-key CLI and the e2e tests: an id renamed keeps its old name
// in LEGACY_OPTION_IDS, read wherever ids are read back.

export const NODE_IDS = ['strategy', 'restaging-first-line', 'restaging-second-line', 'modality'] as const
export type NodeId = typeof NODE_IDS[number]

export const STRATEGY_OPTIONS = ['surgery-first', 'chemo-first', 'systemic-only', 'non-surgical-local'] as const
export const RESTAGING_OPTIONS = ['local-treatment', 'change-regimen', 'continue-regimen'] as const
/** Liver-only options, then the two that also treat the primary (offered in synchronous cases only). */
export const MODALITY_OPTIONS = ['resection', 'ablation', 'resection-plus-ablation', 'sbrt'] as const
export const SYNCHRONOUS_MODALITY_OPTIONS = ['simultaneous-resection', 'staged-resection'] as const

export type StrategyOption = typeof STRATEGY_OPTIONS[number]
export type RestagingOption = typeof RESTAGING_OPTIONS[number]
export type ModalityOption = typeof MODALITY_OPTIONS[number] | typeof SYNCHRONOUS_MODALITY_OPTIONS[number]
export type OptionId = StrategyOption | RestagingOption | ModalityOption

export const ALL_OPTIONS = [
  ...STRATEGY_OPTIONS, ...RESTAGING_OPTIONS, ...MODALITY_OPTIONS, ...SYNCHRONOUS_MODALITY_OPTIONS,
] as const

/**
 * Renamed options, old id → new id (issue #23: the restaging options say what they do). Saved progress, case
 * files' expectedKey and `case:key` still accept the old ids and read them as the new ones.
 */
export const LEGACY_OPTION_IDS = {
  'second-line-chemo': 'change-regimen',
  'continue-systemic': 'continue-regimen',
} as const satisfies Record<string, OptionId>

export type LegacyOptionId = keyof typeof LEGACY_OPTION_IDS

/** Every id an option may be written with: the current ones and the renamed ones. */
export const READABLE_OPTIONS = [...ALL_OPTIONS, ...Object.keys(LEGACY_OPTION_IDS) as LegacyOptionId[]] as const

/** An option id as written (current or renamed) → the current id. */
export function currentOption(id: OptionId | LegacyOptionId): OptionId {
  return (LEGACY_OPTION_IDS as Record<string, OptionId>)[id] ?? id as OptionId
}

export const GRADES = ['best', 'acceptable', 'incorrect'] as const
export type Grade = typeof GRADES[number]

/** Points for the first answer at a node: the running score. */
export const GRADE_POINTS: Record<Grade, number> = { best: 2, acceptable: 1, incorrect: 0 }

export const NODE_LABELS: Record<NodeId, { title: string, question: string }> = {
  'strategy': { title: 'Strategy', question: 'What is your initial strategy?' },
  'restaging-first-line': { title: 'Restaging after first line', question: 'Restaging after first-line chemotherapy: what next?' },
  'restaging-second-line': { title: 'Restaging after second line', question: 'Restaging after second-line chemotherapy: what next?' },
  'modality': { title: 'Local treatment', question: 'Which local treatment?' },
}

export const OPTION_LABELS: Record<OptionId, string> = {
  'surgery-first': 'Surgery first',
  'chemo-first': 'Chemotherapy first',
  'systemic-only': 'Systemic therapy only',
  'non-surgical-local': 'Non-surgical local treatment',
  'local-treatment': 'Local treatment now',
  'change-regimen': 'Change to a second-line regimen',
  'continue-regimen': 'No local treatment: continue systemic therapy (same regimen or maintenance)',
  'resection': 'Liver resection',
  'ablation': 'Thermal ablation',
  'resection-plus-ablation': 'Resection plus ablation',
  'sbrt': 'Stereotactic radiotherapy (SBRT)',
  'simultaneous-resection': 'Simultaneous resection (liver + primary, one stage)',
  'staged-resection': 'Staged resection (liver and primary, two stages)',
}

/** Where an option reads differently at one node: after the second line, a change of regimen is a third line. */
export const NODE_OPTION_LABELS: Partial<Record<NodeId, Partial<Record<OptionId, string>>>> = {
  'restaging-second-line': { 'change-regimen': 'Change to a third-line regimen (the case ends)' },
}

export function optionLabel(node: NodeId, option: OptionId): string {
  return NODE_OPTION_LABELS[node]?.[option] ?? OPTION_LABELS[option]
}

/** Short labels for the pathway diagram's edges. */
export const OPTION_SHORT_LABELS: Record<OptionId, string> = {
  'surgery-first': 'surgery first',
  'chemo-first': 'chemotherapy first',
  'systemic-only': 'systemic only',
  'non-surgical-local': 'non-surgical local',
  'local-treatment': 'local treatment',
  'change-regimen': 'change regimen',
  'continue-regimen': 'continue regimen',
  'resection': 'resection',
  'ablation': 'ablation',
  'resection-plus-ablation': 'resection + ablation',
  'sbrt': 'SBRT',
  'simultaneous-resection': 'simultaneous',
  'staged-resection': 'staged',
}

export const GRADE_LABELS: Record<Grade, string> = { best: 'Best', acceptable: 'Acceptable', incorrect: 'Incorrect' }

/** Walk a dataset's fields: every leaf with its dotted path (array items as ".0", ".1"...). Test helper. */
export interface Leaf {
  path: string
  value: unknown
}

/** Formatting metadata stored next to numbers (decimals as printed), not numbers of the lecture. */
export const FORMAT_KEYS = new Set(['digits', 'printedDigits'])

export function leaves(node: unknown, path = ''): Leaf[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key))
  }
  return [{ path, value: node }]
}

/** Data fields only: provenance and measures are described separately. */
export function dataLeaves(dataset: Record<string, unknown>): Leaf[] {
  const { id: _id, source: _source, measures: _measures, ...fields } = dataset
  return leaves(fields).filter(leaf => !leaf.path.split('.').some(part => FORMAT_KEYS.has(part)))
}

/** "arms.*.atRisk" / "rows[].year" → a regex matching the field and everything below it. */
export function measurePattern(key: string): RegExp {
  const body = key
    .split('[]').map(part => part.replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\*/g, '[^.]+')).join('\\.\\d+')
  return new RegExp(`^${body}(\\..+)?$`)
}

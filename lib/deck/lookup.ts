/**
 * Resolve a dotted path such as "jcog0603.os.hepatectomyAlone.fiveYearPct" (or "collision.arms.resection.atRisk.2",
 * "collision.arms.resection.atRisk[2]") in the datasets registry. Unknown paths throw an Error naming the path and
 * the dataset file, so a typo on a slide fails loudly instead of printing nothing.
 */
import { datasetFile, datasets } from '../../data/index'

export function splitPath(path: string): string[] {
  if (typeof path !== 'string' || path.trim() === '') throw new Error(`Empty data path: ${JSON.stringify(path)}`)
  return path.trim().replace(/\[(\d+)\]/g, '.$1').split('.').filter(part => part !== '')
}

export function lookup(path: string, registry: Record<string, unknown> = datasets): unknown {
  const [id, ...fields] = splitPath(path)
  if (!Object.prototype.hasOwnProperty.call(registry, id)) {
    throw new Error(
      `Unknown data path "${path}": no dataset "${id}" (expected file ${datasetFile(id)}, registered in data/index.ts). `
      + `Known datasets: ${Object.keys(registry).join(', ')}`,
    )
  }
  let node: unknown = registry[id]
  const walked = [id]
  for (const field of fields) {
    const container = node
    const has = container !== null && typeof container === 'object' && Object.prototype.hasOwnProperty.call(container, field)
    if (!has) {
      const available = container !== null && typeof container === 'object' ? Object.keys(container).join(', ') : `(none: "${walked.join('.')}" is a ${typeof container})`
      throw new Error(
        `Unknown data path "${path}": field "${field}" not found at "${walked.join('.')}" in ${datasetFile(id)}. Available: ${available}`,
      )
    }
    node = (container as Record<string, unknown>)[field]
    walked.push(field)
  }
  return node
}

/** Like `lookup`, but the value must be a number (what `<Num>` prints). */
export function lookupNumber(path: string, registry: Record<string, unknown> = datasets): number {
  const value = lookup(path, registry)
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const [id] = splitPath(path)
    throw new Error(`Data path "${path}" in ${datasetFile(id)} is not a number (got ${Array.isArray(value) ? 'an array' : typeof value})`)
  }
  return value
}

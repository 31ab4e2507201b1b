/**
 * The address of a learner page (`#/learn/...`) for the deck as it is open now, and whether a phone in the room
 * could reach it: not from a file, and not from this computer's own loopback address.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0'])

export function learnerUrl(location: Pick<Location, 'origin' | 'pathname'>, page: string): string {
  return `${location.origin}${location.pathname}#/learn${page ? `/${page}` : ''}`
}

export function isHosted(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return (location.protocol === 'http:' || location.protocol === 'https:') && !LOOPBACK.has(location.hostname)
}

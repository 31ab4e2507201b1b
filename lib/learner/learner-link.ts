/**
 * The address of a learner page for the deck as it is open now: in the learner app beside a built deck
 * (`learn/#/learn/...`), or in the deck itself where there is no app (the dev server, an LMS package:
 * `#/learn/...`); and whether a phone in the room could reach it: not from a file, and not from this computer's own
 * loopback address.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0'])

export function learnerUrl(location: Pick<Location, 'origin' | 'pathname'>, page: string, inApp = false): string {
  const route = `/learn${page ? `/${page}` : ''}`
  return inApp ? learnerAppUrl(location, route) : `${location.origin}${location.pathname}#${route}`
}

/** The learner app's address for one of the deck's learner routes (`/learn/case/<id>`): the app sits in `learn/`. */
export function learnerAppUrl(location: Pick<Location, 'origin' | 'pathname'>, route: string): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}learn/#${route}`
}

/**
 * The deck's document is open away from the deck's own folder (`base`, absolute on a hosted build): an offline copy of
 * an older build served it at the app's address. A relative base (an LMS package, no offline copy) cannot tell.
 */
export function awayFromDeck(location: Pick<Location, 'pathname'>, base: string): boolean {
  return base.startsWith('/') && location.pathname.replace(/[^/]*$/, '') !== base
}

/** The learner app's address for an LMS launch of the deck: the launch's parameters (cmi5's are in the query) kept. */
export function learnerLaunchUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}learn/index.html${location.search}#/learn`
}

export function isHosted(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return (location.protocol === 'http:' || location.protocol === 'https:') && !LOOPBACK.has(location.hostname)
}

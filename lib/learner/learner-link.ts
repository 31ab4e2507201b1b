/**
 * The address of a learner page for the deck as it is open now: in the learner app beside a built deck
 * (`learn/#/learn/...`), or in the deck itself where there is no app (the dev server: `#/learn/...`); and whether a
 * phone in the room could reach it: not from a file, and not from this computer's own loopback address.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0'])
const folderOf = (pathname: string) => pathname.replace(/[^/]*$/, '')

export function learnerUrl(location: Pick<Location, 'origin' | 'pathname'>, page: string, inApp = false, base = './'): string {
  const route = `/learn${page ? `/${page}` : ''}`
  return inApp ? learnerAppUrl(location, route, base) : `${location.origin}${location.pathname}#${route}`
}

/**
 * The learner app's address for one of the deck's learner routes (`/learn/case/<id>`): the app sits in `learn/` of the
 * deck's folder, the build's base where it is absolute (`/omd/`, so `/omd` without its slash works too), else the
 * folder of the open document (a relative base: an LMS package).
 */
export function learnerAppUrl(location: Pick<Location, 'origin' | 'pathname'>, route: string, base = './'): string {
  return `${location.origin}${base.startsWith('/') ? base : folderOf(location.pathname)}learn/#${route}`
}

/** The learner app's address for an LMS launch of the deck: the launch's parameters (cmi5's are in the query) kept. */
export function learnerLaunchUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  return `${location.origin}${folderOf(location.pathname)}learn/index.html${location.search}#/learn`
}

export function isHosted(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return (location.protocol === 'http:' || location.protocol === 'https:') && !LOOPBACK.has(location.hostname)
}

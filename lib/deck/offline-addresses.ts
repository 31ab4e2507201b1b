/**
 * The addresses at which the offline copy serves a document, as a Workbox `NavigationRoute` allowlist entry (tested
 * against the path and the query): the folder itself or its `index.html`, with any query (an LMS launch's, cmi5's).
 */
export function documentAddress(folder: string): RegExp {
  const escaped = folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped}(index\\.html)?(\\?.*)?$`)
}

import type { Page } from '@playwright/test'

export interface PageGuards {
  consoleErrors: string[]
  failedRequests: string[]
  foreignRequests: string[]
}

/**
 * Records what a user must never see on any slide: console errors, uncaught exceptions, failed
 * requests, and any request to a host other than the deck's own (those are aborted, so an offline
 * projector laptop behaves the same as this test).
 */
export async function guardPage(page: Page, ownOrigin: string): Promise<PageGuards> {
  const guards: PageGuards = { consoleErrors: [], failedRequests: [], foreignRequests: [] }
  page.on('console', (message) => {
    if (message.type() === 'error')
      guards.consoleErrors.push(message.text())
  })
  page.on('pageerror', error => guards.consoleErrors.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText
    // Cancelled by a reload or a navigation (the deck loads the slides ahead in idle time, and a test that reloads
    // early cancels those loads): not a failure; the deck never aborts a request of its own.
    if (error === 'net::ERR_ABORTED')
      return
    if (!guards.foreignRequests.includes(request.url()))
      guards.failedRequests.push(`${request.url()} (${error})`)
  })
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(ownOrigin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    guards.foreignRequests.push(url)
    return route.abort()
  })
  return guards
}

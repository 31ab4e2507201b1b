import { useNav } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { afterLoad } from '../lib/deck/scheduling'
// Fonts ship with the package: no request to a font CDN.
import '@fontsource-variable/inter'
import '@fontsource-variable/jetbrains-mono'

/**
 * Once the first slide is up and the browser is idle, fetch and evaluate the interactive slides' code (charts,
 * the case files and the question bank, parsed and validated at load) so that the first visit to a case, quiz
 * or chart slide does not wait for it. Nothing of this loads before the first slide.
 */
function warmInteractiveSlides() {
  void import('chart.js')
  void import('../components/composables/useCaseFile')
  void import('../components/composables/useQuizBank')
}

/**
 * Only a deck in a frame, opened by another window or given a query (cmi5's launch parameters) can have been launched
 * by an LMS: only such a deck loads the code that looks (setup/lmsLaunch.ts). The print view's readiness code, too,
 * loads only for the print view, and the offline copy's once the page has loaded: none of it is part of what the first
 * slide waits for.
 */
function mayBeLmsLaunch() {
  return window.parent !== window || window.opener != null || window.location.search !== ''
}

export default defineAppSetup(({ app }) => {
  if (typeof window === 'undefined')
    return
  const nav = app.runWithContext(() => useNav())
  if (nav.isPrintMode.value) {
    void import('./printReady').then(({ markPrintReadiness }) => markPrintReadiness(() => nav.printRange.value.length))
    return
  }
  if (__OMD_LEARNER_APP__ && mayBeLmsLaunch()) {
    void import('./lmsLaunch').then(({ handLmsLaunchToLearnerApp }) => {
      if (!handLmsLaunchToLearnerApp())
        startDeck()
    })
    return
  }
  startDeck()
})

/** The built deck's background work: its offline copy, then the interactive slides' code warmed while idle. */
function startDeck() {
  if (__OMD_OFFLINE_COPY__ && 'serviceWorker' in navigator) {
    // Once the first slide has loaded: caching the deck then competes with nothing the presenter is waiting for.
    afterLoad(() => void import('./offline').then(({ keepOfflineCopy }) => keepOfflineCopy(import.meta.env.BASE_URL)).catch((error) => {
      console.warn('The deck could not keep an offline copy.', error)
    }))
  }
  if (!('requestIdleCallback' in window))
    return
  afterLoad(() => setTimeout(() => requestIdleCallback(warmInteractiveSlides, { timeout: 3000 }), 1000))
}

import { useNav } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { learnerLaunchUrl } from '../lib/learner/learner-link'
import { findLms } from '../lib/lms/find-api'
import { keepOfflineCopy } from './offline'
import { markPrintReadiness } from './printReady'
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

/** Runs `work` once the page has loaded (at once if it has). */
function afterLoad(work: () => void) {
  if (document.readyState === 'complete')
    work()
  else
    window.addEventListener('load', work, { once: true })
}

/**
 * Launched by an LMS (SCORM 1.2 or 2004 API in the parent chain, or cmi5 launch parameters), as a package imported
 * before the packages launched the learner app did: the app is the course, so the deck hands the launch to it, with
 * its parameters, before anything talks to the LMS. The slides opened from the app run in a tab of their own,
 * outside the course.
 */
function handLaunchToLearnerApp() {
  window.location.replace(learnerLaunchUrl(window.location))
}

export default defineAppSetup(({ app }) => {
  if (typeof window === 'undefined')
    return
  const nav = app.runWithContext(() => useNav())
  if (nav.isPrintMode.value) {
    markPrintReadiness(() => nav.printRange.value.length)
    return
  }
  if (__OMD_LEARNER_APP__ && findLms(window, window.location.search)) {
    handLaunchToLearnerApp()
    return
  }
  if (__OMD_OFFLINE_COPY__ && 'serviceWorker' in navigator) {
    // Once the first slide has loaded: caching the deck then competes with nothing the presenter is waiting for.
    afterLoad(() => void keepOfflineCopy(import.meta.env.BASE_URL).catch((error) => {
      console.warn('The deck could not keep an offline copy.', error)
    }))
  }
  if (!('requestIdleCallback' in window))
    return
  afterLoad(() => setTimeout(() => requestIdleCallback(warmInteractiveSlides, { timeout: 3000 }), 1000))
})

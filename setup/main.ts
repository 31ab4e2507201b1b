import { defineAppSetup } from '@slidev/types'
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

export default defineAppSetup(() => {
  if (typeof window === 'undefined' || !('requestIdleCallback' in window))
    return
  window.addEventListener('load', () => setTimeout(() => requestIdleCallback(warmInteractiveSlides, { timeout: 3000 }), 1000), { once: true })
})

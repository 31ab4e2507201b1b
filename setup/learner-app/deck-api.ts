import type { ComputedRef } from 'vue'
import slides from 'virtual:omd-content/slides'
import { computed, reactive, ref } from 'vue'
import { useLmsSession } from '../../components/composables/useLmsSession'

// The learner app runs the deck's case and quiz components without Slidev's client: the build points
// `@slidev/client` here (setup/learner-app/vite.config.ts). Only what those components use is provided, each as the
// learner's page needs it: never print mode, always an active slide, a slide's link opening the deck beside the app
// (same origin, same saved progress), state shared within this one window.

/** Slidev's route records, as much of them as a teaching slide's link reads (its alias and title). */
const slideRoutes = slides.map(slide => ({ no: slide.no, meta: { slide: { title: slide.title, frontmatter: { routeAlias: slide.alias, title: slide.title } } } }))

/**
 * The deck's address for a slide (its number or alias), from the app's folder: the deck's index.html one level up,
 * named (an LMS serves a package's files by name, not a folder's index).
 */
export function deckHref(slide: string | number): string {
  return new URL(`../index.html#/${slide}`, window.location.href).href
}

/**
 * Opens the deck at a slide. Inside an LMS the app's page is the course's session, and leaving it would end it (the
 * runtime finishes on pagehide): the slides open in a tab of their own, with no link back to the course's window
 * (`noopener`), so the deck there does not find the LMS and runs as slides only.
 */
export function openDeck(slide: string | number): void {
  if (useLmsSession().value)
    window.open(deckHref(slide), '_blank', 'noopener')
  else
    window.location.assign(deckHref(slide))
}

export function useNav() {
  return {
    isPrintMode: computed(() => false),
    isPrintWithClicks: computed(() => false),
    currentSlideNo: ref(0),
    slides: computed(() => slideRoutes),
    go: openDeck,
  }
}

export function useIsSlideActive(): ComputedRef<boolean> {
  return computed(() => true)
}

/** No slide, so no clicks to register: a figure shows every step. */
export function useSlideContext(): { $clicksContext: undefined } {
  return { $clicksContext: undefined }
}

/** The presenter and audience windows have nothing to sync here: one window, one state. */
export function createSyncState<State extends object>(_server: State, initial: State) {
  const state = reactive({ ...initial }) as State
  return {
    state,
    init: (_channel: string) => {},
    patch: <K extends keyof State>(key: K, value: State[K]) => { (state as State)[key] = value },
  }
}

import type { Plugin } from 'vite'

const SLIDES_SHOW_BINDINGS = 'v-bind="(hmrSkipTransition || disableTransition || isPrintMode) ? {} : currentTransition"'

/**
 * Slidev's slide list (internals/SlidesShow.vue) passes its TransitionGroup no transition while `hmrSkipTransition`
 * is set, and the slide transition otherwise. That flag is cleared on every slide change and set again when the
 * slide left has finished leaving, so with a transition set (slides.md sets one, `css: false`), the
 * TransitionGroup's props change twice per slide change: it renders again each time, every mounted slide with
 * it, and measures the slide on screen (a forced style and layout pass): about 3 ms of main thread per slide
 * change on the bench machine. The flag only matters for a transition that plays, and ours plays nothing;
 * so the bindings leave it out (a patch of Slidev's source at build time: Slidev has no option for it). The
 * unit test tests/unit/slides-show-patch.test.ts fails if a Slidev update changes the line.
 */
export function steadySlideTransition(): Plugin {
  return {
    name: 'omd:steady-slide-transition',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/@slidev/client/internals/SlidesShow.vue'))
        return
      const patched = patchSlidesShow(code)
      if (patched === undefined)
        this.warn('Slidev\'s SlidesShow.vue changed: its transition bindings were left as they are (see scripts/steady-slide-transition.ts)')
      return patched
    },
  }
}

/** SlidesShow.vue's source with the steady bindings; undefined if the line to patch is not there. */
export function patchSlidesShow(code: string): string | undefined {
  if (!code.includes(SLIDES_SHOW_BINDINGS))
    return undefined
  return code.replace(SLIDES_SHOW_BINDINGS, 'v-bind="(disableTransition || isPrintMode) ? {} : currentTransition"')
}

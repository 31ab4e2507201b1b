import { slides } from '#slidev/slides'
import { nextTick } from 'vue'
import type { Router } from 'vue-router'
import { layOutUnseen } from './hiddenSlide'
import { queueIdleWork } from './idleWork'

// Slidev mounts the slides next to the current one at once, and every other slide 3 s after load, all in one task:
// about a second of main thread for this deck on a two-core laptop, during which a key press waits, and after which
// the figures of fifty slides still have to be drawn. On the slides (not in print or export, which mount every
// slide anyway), the deck turns Slidev's own preloading off (each slide's `preload: false`, set here at run time:
// set in the headmatter's `defaults`, it made `slidev export` print blank pages now and then) and mounts the
// slides here instead, in idle time, nearest the current slide first (./idleWork.ts); their figures follow in the
// same way. A slide reached before its turn mounts when shown, as Slidev mounts a slide with `preload: false`, and
// stays mounted like any slide shown once. Once mounted, a slide is laid out once, unseen, in idle time too
// (./hiddenSlide.ts): its first layout, shaping its text in its fonts, is the costly one, and it is then done
// before the slide is first shown. That comes last, after every slide is mounted and every figure drawn: a slide
// reached unmounted, or a chart drawn on arrival, costs more than a first layout.

const SLIDE_ROUTES = new Set(['play', 'presenter'])

function currentSlideNo(router: Router): number | undefined {
  const route = router.currentRoute.value
  if (!SLIDE_ROUTES.has(String(route.name)) || route.query.print !== undefined) return undefined
  // A number, or a slide's routeAlias (/#/self-test), as Slidev resolves it.
  const param = String(route.params.no)
  return slides.value.find(slide => slide.no === Number(param) || slide.meta.slide?.frontmatter.routeAlias === param)?.no
}

/** Keeps a slide mounted from now on (Slidev's own flag for a preloaded slide), once its code is loaded; false if it already was. */
async function mountSlide(no: number): Promise<boolean> {
  const route = slides.value[no - 1]
  if (!route || route.meta.__preloaded) return false
  await route.load()
  route.meta.__preloaded = true
  // The slide list renders the slide in the next flush, its (already loaded) async component in the one after.
  await nextTick()
  await nextTick()
  return true
}

/** Each hidden copy of the slide (the presenter view has two slide lists), laid out once. */
function layOutAhead(no: number) {
  document.querySelectorAll<HTMLElement>(`.slidev-page-${no}`).forEach(layOutUnseen)
}

/** From the first slide shown on: the slide on screen stays mounted, and the others mount in idle time. */
export function mountSlidesAhead(router: Router) {
  let queued = false
  const follow = () => {
    const current = currentSlideNo(router)
    if (current === undefined) return
    const shown = slides.value[current - 1]
    if (shown) shown.meta.__preloaded = true
    if (queued) return
    queued = true
    for (const route of slides.value) {
      const frontmatter = route.meta.slide?.frontmatter
      if (frontmatter) frontmatter.preload = false
      // Off the slides (a learner page): nothing is mounted until the slides are back on screen.
      const distance = () => Math.abs(route.no - (currentSlideNo(router) ?? Number.POSITIVE_INFINITY))
      queueIdleWork({
        distance,
        run: async () => {
          if (await mountSlide(route.no))
            queueIdleWork({ distance: () => distance() + slides.value.length, run: () => layOutAhead(route.no) })
        },
      })
    }
  }
  void router.isReady().then(follow)
  router.afterEach(() => follow())
}

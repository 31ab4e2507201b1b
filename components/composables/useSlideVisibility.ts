import { useNav, useSlideContext } from '@slidev/client'
import { computed, getCurrentInstance, nextTick, onMounted, onUnmounted, ref, watch, type ComputedRef, type Ref } from 'vue'
import { hiddenSlideOf, whileLaidOutUnseen } from './hiddenSlide'
import { queueIdleWork } from './idleWork'

// The slides ahead are mounted in idle time (./slidesAhead.ts) and stay mounted, hidden. A heavy figure (a Chart.js
// chart) that drew itself at mount would draw with its slide's mount, and redraw hidden at every slide change.
// useSlideVisibility tells a component whether its slide is on screen, and `started` lets it put off its first draw:
// at once when its slide is on screen (or in print/export, or outside a slide), otherwise in idle time, nearest
// slides first (./idleWork.ts), so that a key press never waits behind a queue of figures.
// A hidden slide is `display: none` (Slidev's v-show): a chart drawn there would measure no size, draw nothing, and
// draw in full when its slide is shown. So for the idle draw its slide is laid out, unseen, until the draw is done
// (./hiddenSlide.ts): the chart is ready at its size.

export interface SlideVisibility {
  /** The component's slide is the slide on screen (always true outside a slide and in print/export). */
  active: ComputedRef<boolean>
  /** True once the component may draw: its slide has been on screen, or the browser had idle time for it. */
  started: Ref<boolean>
}

/** Lays out the hidden slide around `node` (unseen) until `draw` and the render it triggers are done. */
async function measurableWhileHidden(node: Node | null | undefined, stillHidden: () => boolean, draw: () => void) {
  const slide = hiddenSlideOf(node)
  if (!slide) {
    draw()
    return
  }
  await whileLaidOutUnseen(slide, stillHidden, async () => {
    draw()
    await nextTick()
  })
}

interface SlidePosition {
  page: Ref<number>
  current: ComputedRef<number>
}

function slidePosition(): SlidePosition | undefined {
  try {
    const { $page, $nav } = useSlideContext()
    if (typeof $page?.value !== 'number' || typeof $nav?.value?.currentSlideNo !== 'number') return undefined
    return { page: $page, current: computed(() => $nav.value.currentSlideNo) }
  }
  catch {
    return undefined
  }
}

export function useSlideVisibility(): SlideVisibility {
  const position = slidePosition()
  const nav = position ? useNav() : undefined
  const isPrint = computed(() => Boolean(nav?.isPrintMode?.value))
  const active = computed(() => !position || isPrint.value || position.page.value === position.current.value)
  const started = ref(false)
  const instance = getCurrentInstance()

  let dequeue = () => {}
  // Set after mount: the component's own setup and onMounted hooks (click steps) have run before the first draw.
  onMounted(() => {
    if (active.value) {
      started.value = true
      return
    }
    dequeue = queueIdleWork({
      distance: () => (position ? Math.abs(position.page.value - position.current.value) : 0),
      run: () => measurableWhileHidden(instance?.vnode.el as Node | null, () => !active.value, () => { started.value = true }),
    })
    const stop = watch(active, (isActive) => {
      if (!isActive) return
      dequeue()
      started.value = true
      stop()
    })
  })
  onUnmounted(() => dequeue())

  return { active, started }
}

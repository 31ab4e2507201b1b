import { useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import type { ClicksContext } from '@slidev/types'
import type { Chart, Plugin } from 'chart.js'
import { computed, onMounted, onUnmounted, ref, useId, watch, type ComputedRef, type Ref } from 'vue'

// What every Chart.js figure needs from the deck (components/figures/ChartFigure.vue): print mode, a ready marker for
// the exports, its click steps, and its start when its slide is first shown (README, "What keeps a slide change cheap").

export interface ChartPlumbing {
  isPrintMode: ComputedRef<boolean>
  /** Clicks revealed so far (0..steps); undefined → show everything. */
  revealed: ComputedRef<number | undefined>
  /** True once every chart of the figure has rendered. */
  ready: ComputedRef<boolean>
  /** One Chart.js plugin per chart of the figure, to pass in its `plugins`. */
  readyPlugins: Plugin[]
  /** Id for the data table that describes the canvas (aria-describedby). */
  tableId: string
  /** The chart may be created (render it with v-if="started"): its slide has been shown. */
  started: Ref<boolean>
}

export interface ChartPlumbingOptions {
  /** Clicks the figure adds to its slide (0: none). */
  steps?: number
  /** Slidev `at` of the first step ('+1' = after the previous click on the slide). */
  at?: string | number
  /** Charts in the figure (default 1): `ready` waits for all of them. */
  charts?: number
}

export function useChart({ steps = 0, at = '+1', charts = 1 }: ChartPlumbingOptions = {}): ChartPlumbing {
  const nav = useNav()
  const isPrintMode = computed(() => Boolean(nav.isPrintMode?.value))
  const printWithClicks = computed(() => Boolean((nav as { isPrintWithClicks?: Ref<boolean> }).isPrintWithClicks?.value))

  const drawn = Array.from({ length: charts }, () => ref(false))
  const readyPlugins: Plugin[] = drawn.map((flag, i) => ({
    id: `chartReady${i}`,
    afterInit: (chart: Chart) => {
      sizeToContainer(chart)
      drawFirstAtOnce(chart)
    },
    afterRender: (chart: Chart) => {
      flag.value = true
      restoreAnimation(chart)
    },
  }))
  const ready = computed(() => drawn.every(flag => flag.value))

  const active = slideActive()
  const started = ref(active.value)
  watch(active, (isActive) => { if (isActive) started.value = true })
  const clicked = ref<number | undefined>(undefined)
  if (steps > 0) registerSteps(steps, at, clicked, active)
  // Print (without per-click export) shows everything; Slidev already sets the clicks to the maximum there.
  const revealed = computed(() => (isPrintMode.value && !printWithClicks.value ? undefined : clicked.value))

  return { isPrintMode, revealed, ready, readyPlugins, tableId: `chart-table-${useId()}`, started }
}

const firstDrawAnimation = new WeakMap<Chart, Chart['options']['animation']>()

/**
 * A chart is created when its slide is first shown: it appears drawn at once, as it would had it been drawn before,
 * and only the steps revealed afterwards animate (the initial animation's frames cost the next slide changes).
 */
function drawFirstAtOnce(chart: Chart) {
  firstDrawAnimation.set(chart, chart.options.animation)
  chart.options.animation = false
}

function restoreAnimation(chart: Chart) {
  if (!firstDrawAnimation.has(chart))
    return
  chart.options.animation = firstDrawAnimation.get(chart)!
  firstDrawAnimation.delete(chart)
}

/** Slidev's `useIsSlideActive`, true in print (every slide shown) and outside a slide (nothing to wait for). */
function slideActive(): ComputedRef<boolean> {
  try {
    return useIsSlideActive()
  }
  catch {
    return computed(() => true)
  }
}

/**
 * Sizes a new chart from its container's own (unscaled) content box, as its ResizeObserver will report it, before its
 * first draw: Chart.js would take the bounding box, which includes Slidev's CSS scale, and draw again a frame later.
 * `attached` is lowered for the call so that the resize only sizes the canvas: the first draw follows.
 */
function sizeToContainer(chart: Chart) {
  const container = chart.canvas.parentElement
  if (!container || !chart.attached) return
  const width = contentSize(container, 'width')
  const height = contentSize(container, 'height')
  if (!(width > 0 && height > 0) || (width === chart.width && height === chart.height)) return
  const writable = chart as { attached: boolean }
  writable.attached = false
  try {
    chart.resize(width, height)
  }
  finally {
    writable.attached = true
  }
}

/** The element's content-box size in CSS pixels, unscaled and unrounded (what a ResizeObserver reports). */
function contentSize(element: HTMLElement, axis: 'width' | 'height') {
  const style = getComputedStyle(element)
  const [start, end] = axis === 'width' ? ['left', 'right'] : ['top', 'bottom']
  const px = (property: string) => Number.parseFloat(style.getPropertyValue(property)) || 0
  const box = px(axis)
  if (style.boxSizing !== 'border-box') return box
  return box - px(`padding-${start}`) - px(`padding-${end}`) - px(`border-${start}-width`) - px(`border-${end}-width`)
}

/**
 * `steps` clicks of the current slide, registered like Slidev's <v-switch> (→ steps through them, the presenter
 * and audience windows stay in step): `clicked` counts the clicks reached (0..steps), undefined outside a slide.
 */
export function useClickSteps(steps: number, at: string | number = '+1'): Ref<number | undefined> {
  const clicked = ref<number | undefined>(undefined)
  if (steps > 0) registerSteps(steps, at, clicked, slideActive())
  return clicked
}

/**
 * Registers `steps` clicks with the slide's clicks context (as Slidev's <v-switch> does); `clicked` follows them
 * while the slide is `active`, and catches up when it is shown again.
 */
function registerSteps(steps: number, at: string | number, clicked: Ref<number | undefined>, active: ComputedRef<boolean>) {
  const context = slideClicks()
  if (!context || typeof context.calculateSince !== 'function') return
  const id = `chart-steps-${useId()}`
  onMounted(() => {
    const info = context.calculateSince(at, steps)
    if (!info) return
    context.register(id, info)
    clicked.value = 0
    // currentOffset is 0 on the first step's click: that click reveals step 1.
    const offset = info.currentOffset as ComputedRef<number>
    const follow = () => { clicked.value = Math.max(0, Math.min(steps, offset.value + 1)) }
    follow()
    stop = watch([offset, active], () => { if (active.value) follow() })
  })
  let stop: (() => void) | undefined
  onUnmounted(() => {
    stop?.()
    context.unregister?.(id)
  })
}

/** The slide's clicks context; none outside a slide (a component mounted on its own). */
function slideClicks(): ClicksContext | undefined {
  try {
    return useSlideContext().$clicksContext
  }
  catch {
    return undefined
  }
}

/**
 * The straight lines a chart stroked on its canvas, read from the calls vitest-canvas-mock records, in canvas pixels
 * and drawing order, with the width and colour each was stroked in: what a test sees of whiskers and rules, without
 * asking the plugin that drew them.
 */
export interface StrokedLine {
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
  color: string
}

type Transform = [number, number, number, number, number, number]
interface CanvasEvent {
  type: string
  transform: Transform
  props: { value?: unknown, path?: { type: string, transform: Transform, props: { x?: number, y?: number } }[] }
}

const apply = ([a, b, c, d, e, f]: Transform, x: number, y: number) => ({ x: a * x + c * y + e, y: b * x + d * y + f })

export function strokedLines(canvas: HTMLCanvasElement): StrokedLine[] {
  const events = (canvas.getContext('2d') as unknown as { __getEvents(): CanvasEvent[] }).__getEvents()
  const saved: { width: number, color: string }[] = []
  let style = { width: 1, color: '#000000' }
  const lines: StrokedLine[] = []
  for (const event of events) {
    if (event.type === 'save') saved.push({ ...style })
    else if (event.type === 'restore') style = saved.pop() ?? style
    else if (event.type === 'lineWidth') style.width = Number(event.props.value)
    else if (event.type === 'strokeStyle') style.color = String(event.props.value)
    else if (event.type === 'stroke') {
      let from: { x: number, y: number } | undefined
      for (const step of event.props.path ?? []) {
        if (step.type !== 'moveTo' && step.type !== 'lineTo') continue
        const to = apply(step.transform, step.props.x!, step.props.y!)
        if (step.type === 'lineTo' && from) lines.push({ x1: from.x, y1: from.y, x2: to.x, y2: to.y, ...style })
        from = to
      }
    }
  }
  return lines
}

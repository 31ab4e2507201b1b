// Chart.js in jsdom: responsive charts need a ResizeObserver, which jsdom lacks. Import this file before
// mounting a chart component (vitest-canvas-mock, loaded by tests/unit/setup.ts, provides the 2D context).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver

export {}

// Chart.js needs a 2D context; jsdom has none.
import 'vitest-canvas-mock'
import { vi } from 'vitest'

// @slidev/client is an app bundle, not importable under Vitest: components get a print-mode switch
// and a local (unsynced) shared state instead.
vi.mock('@slidev/client', async () => {
  const { reactive, ref } = await import('vue')
  return {
    useNav: () => ({ isPrintMode: ref(false), go: vi.fn(), currentPage: ref(1) }),
    useSlideContext: () => ({ $clicks: ref(0), $page: ref(1) }),
    useIsSlideActive: () => ref(true),
    createSyncState: <S extends object>(_server: S, initial: S) => {
      const state = reactive(initial) as S
      return { state, init: vi.fn(), onPatch: vi.fn(), onUpdate: vi.fn(), patch: (k: keyof S, v: unknown) => { (state as any)[k] = v } }
    },
  }
})

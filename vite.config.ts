import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// Slidev merges this file into its own Vite config; Vitest reads it as well (see `test`).
export default defineConfig({
  // Slidev brings its own Vue plugin; Vitest needs one to mount single-file components.
  plugins: process.env.VITEST ? [vue()] : [],
  optimizeDeps: {
    // Pre-bundle these up front: otherwise Vite discovers them on the first chart/case slide,
    // re-optimizes and reloads the page, which breaks `slidev export` half-way through.
    include: ['chart.js', 'vue-chartjs', 'xstate', '@xstate/vue', 'yaml', 'zod'],
  },
  slidev: {
    serverRef: {
      // `server-reactive:deck`: interactive state shared between presenter and audience windows
      // over the dev server (see components/composables/useSharedState.ts).
      state: { deck: {} },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts', 'machines/**/*.test.ts', 'data/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
} as any)

import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import { prebuiltServiceWorker } from './scripts/prebuilt-service-worker.ts'
import { steadySlideTransition } from './scripts/steady-slide-transition.ts'

// Slidev merges this file into its own Vite config; Vitest reads it as well (see `test`).
// `slidev build`, `slidev export` and the dev server define different feature flags, and Vite's
// dependency cache is keyed on the config: sharing one cache made every switch re-optimize, and a
// re-optimization that lands while `slidev export` is loading the print view reloads it mid-export.
/**
 * Slidev's build puts every module whose path contains `/node_modules/vue` into its eager `modules/vue`
 * chunk: that catches vue-chartjs, and Chart.js with it, so the first slide waited for ~180 kB of chart code.
 * Leave the chart libraries (and the Chart.js plugins the figures use) out of it: they load with the first slide
 * that draws a chart.
 */
function chartsChunk(): Plugin {
  return {
    name: 'omd:charts-chunk',
    enforce: 'post',
    config(config) {
      const output = config.build?.rollupOptions?.output
      const slidevChunks = !Array.isArray(output) ? output?.manualChunks : undefined
      if (typeof slidevChunks !== 'function')
        return
      return {
        build: { rollupOptions: {
          // The YAML parser (case files and the question bank, parsed in the browser) is shared by lazy chunks
          // only, yet the bundler hoisted it into the entry for execution order: about 96 kB of JavaScript
          // before the first slide. It has no import-time side effects, so saying so lets it stay lazy.
          treeshake: { moduleSideEffects: (id: string) => !/\/node_modules\/yaml\//.test(id) },
          output: {
          manualChunks(id, meta) {
            // Left to the bundler's own splitting: they follow the chart components into lazy slide chunks.
            if (/\/node_modules\/(chart\.js|vue-chartjs|@kurkle\/color|chartjs-plugin-datalabels|chartjs-plugin-annotation)\//.test(id))
              return null
            return slidevChunks(id, meta)
          },
        } } },
      }
    },
  }
}

/**
 * `virtual:omd-figure-files`: the names of the files in public/figures (the presenter's original figures, see
 * components/figures/FigureSlot.vue), read when the module is loaded: a slot without an image never requests one, so a
 * missing image makes no 404. The dev server reloads the deck when a file is added or removed there.
 */
function figureFiles(): Plugin {
  const id = 'virtual:omd-figure-files'
  const dir = fileURLToPath(new URL('./public/figures/', import.meta.url))
  const list = () => (existsSync(dir) ? readdirSync(dir).filter(name => !name.startsWith('.')).sort() : [])
  return {
    name: 'omd:figure-files',
    resolveId: source => (source === id ? `\0${id}` : undefined),
    load: loaded => (loaded === `\0${id}` ? `export default ${JSON.stringify(list())}` : undefined),
    configureServer(server) {
      const changed = (file: string) => {
        if (!file.startsWith(dir)) return
        const module = server.moduleGraph.getModuleById(`\0${id}`)
        if (module) server.moduleGraph.invalidateModule(module)
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.add(dir)
      server.watcher.on('add', changed)
      server.watcher.on('unlink', changed)
    },
  }
}

const slidevCommand = ['build', 'export'].find(command => process.argv.includes(command)) ?? 'dev'

export default defineConfig({
  // OMD_VITE_CACHE_DIR: a copy of the deck that shares node_modules (tests/e2e/figure-slots.spec.ts) keeps its own cache.
  cacheDir: process.env.OMD_VITE_CACHE_DIR ? `${process.env.OMD_VITE_CACHE_DIR}/${slidevCommand}` : `node_modules/.vite/${slidevCommand}`,
  // Slidev brings its own Vue plugin; Vitest needs one to mount single-file components.
  plugins: process.env.VITEST ? [vue(), figureFiles()] : [chartsChunk(), figureFiles(), steadySlideTransition(), prebuiltServiceWorker()],
  // The gzip sizes in the build report cost about half a second over the deck's chunks; nobody reads them here.
  // Nor the bundler's timing of every plugin hook (its "slowest callbacks" warning): `node --cpu-prof` says more.
  build: { reportCompressedSize: false, rollupOptions: { checks: { bundlerTimings: false } } },
  optimizeDeps: {
    // Pre-bundle these up front: otherwise Vite discovers them on the first chart/case slide,
    // re-optimizes and reloads the page, which breaks `slidev export` half-way through.
    include: ['chart.js', 'chart.js/helpers', 'vue-chartjs', 'xstate', 'xstate/graph', '@xstate/vue', 'yaml', 'zod', 'zod/v4/core', 'qrcode', 'ts-fsrs', 'chartjs-plugin-datalabels', 'chartjs-plugin-annotation', '@dagrejs/dagre'],
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
    // Slidev's and vite-plugin-pwa's virtual modules do not exist outside a Slidev build: resolve them to stubs.
    alias: {
      'server-reactive:deck': fileURLToPath(new URL('./tests/unit/stubs/server-deck.ts', import.meta.url)),
      'virtual:pwa-register': fileURLToPath(new URL('./tests/unit/stubs/pwa-register.ts', import.meta.url)),
    },
  },
} as any)

import { existsSync, readdirSync, realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { checkedContent } from './scripts/checked-content.ts'

// Slidev merges this file into its own Vite config; Vitest reads it as well (see `test`).
// `slidev build`, the exports and the dev server define different feature flags, and Vite's dependency cache is
// keyed on the config: each keeps its own cache, so that switching between them does not bundle everything again.
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
          // Slidev's client takes one helper from @slidev/parser/core, whose module imports the YAML parser at its
          // top: without being told that the parser has no import-time side effects, the bundler keeps all of it
          // (about 27 kB) in the entry chunk, before the first slide.
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

const root = fileURLToPath(new URL('.', import.meta.url))

// The exports (scripts/export/) run Slidev's server in their own process: they say so.
const slidevCommand = process.env.OMD_SLIDEV_COMMAND ?? ['build', 'export'].find(command => process.argv.includes(command)) ?? 'dev'
const exporting = slidevCommand === 'export'
// A shell that exports NODE_ENV=production (a server's profile, a CI image) made `npm run dev` serve a blank deck: Vite
// then serves Slidev's dev client as a production one (`__SLIDEV_HASH_ROUTE__ is not defined`). The dev server is
// never production; Vite reads the variable after loading this file.
if (slidevCommand === 'dev' && process.env.NODE_ENV === 'production' && !process.env.VITEST)
  delete process.env.NODE_ENV
// The built deck keeps an offline copy (setup/offline.ts registers setup/sw.ts); not the dev server, not the exports,
// and not the LMS packages (scripts/lms/package.ts), whose runtime needs the LMS anyway.
const offlineCopy = slidevCommand === 'build' && !process.env.OMD_LMS_BUILD
// The learner app (setup/learner-app) is built beside the deck by `npm run build` and in every LMS package: the
// deck's learner pages forward to it.
const learnerApp = slidevCommand === 'build' && !process.env.VITEST
// `npm run build` builds the learner app into `<out>/learn` first (scripts/build.mjs): the deck's build keeps it there
// (no emptying), and the deck's offline copy holds it too.
const learnerAppBuilt = slidevCommand === 'build' && Boolean(process.env.OMD_LEARNER_APP_BUILT)

/**
 * The offline copy's service worker, by vite-plugin-pwa (the plugin Slidev's own `pwa` option uses, here configured by
 * the deck, so that the deck registers it and says what it does; Slidev's badge stayed on "Caching for offline…" on
 * every later visit). `injectManifest`: the worker is our 10-line setup/sw.ts, bundled by Vite, with the precache list
 * written in; no Workbox bundling at every build.
 */
function offlineCopyPlugin() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'setup',
    filename: 'sw.ts',
    injectRegister: false,
    manifest: {
      name: 'Management of Oligoprogressive Liver Metastases',
      short_name: 'Liver metastases',
      display: 'fullscreen',
      theme_color: '#12355b',
      background_color: '#ffffff',
    },
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,woff,woff2,ttf,png,jpg,jpeg,svg,gif,webp,avif,ico,webmanifest}'],
      // The learner app's pages come with the deck's copy (a deck's visitor opens them offline from its links); not its own
      // service worker, nor what a learner's page never loads outside an LMS.
      globIgnores: ['**/node_modules/**', 'sw.js', '404.html', 'learn/sw.js', 'learn/assets/RoomVote-*', 'learn/assets/Cmi5*', 'learn/assets/lmsRuntime-*'],
      maximumFileSizeToCacheInBytes: 104857600,
      // Hashed file names are their own revision.
      dontCacheBustURLsMatching: /^(learn\/)?assets\//,
    },
  })
}

// Every dependency the deck's pages import, pre-bundled once when the server starts. Vite would otherwise discover one
// on the first page that imports it, bundle again and, if the bundles changed, reload the page: between the print
// view's readiness and its printing, that reload would print a page still loading. The last five are imported by
// Slidev's client as plain names, which Slidev's own list has only in the nested form.
const DEPENDENCIES = [
  'chart.js', 'chart.js/helpers', 'vue-chartjs', 'chartjs-plugin-datalabels', 'chartjs-plugin-annotation', 'chartjs-chart-error-bars',
  'xstate', 'xstate/graph', '@xstate/vue', 'zod', 'zod/v4/core', 'valibot', 'qrcode', 'ts-fsrs', '@dagrejs/dagre',
  '@fix-webm-duration/fix', '@shikijs/engine-javascript', 'ansis', 'file-saver', 'recordrtc',
]

export default defineConfig({
  // OMD_VITE_CACHE_DIR: a copy of the deck that shares node_modules (tests/e2e/figure-slots.spec.ts) keeps its own cache.
  cacheDir: process.env.OMD_VITE_CACHE_DIR ? `${process.env.OMD_VITE_CACHE_DIR}/${slidevCommand}` : `node_modules/.vite/${slidevCommand}`,
  // Slidev brings its own Vue plugin; Vitest needs one to mount single-file components.
  plugins: process.env.VITEST ? [vue(), figureFiles(), checkedContent(root)] : [chartsChunk(), figureFiles(), checkedContent(root), offlineCopy && offlineCopyPlugin()],
  define: { __OMD_OFFLINE_COPY__: JSON.stringify(offlineCopy), __OMD_LEARNER_APP__: JSON.stringify(learnerApp), __OMD_LMS_PACKAGE__: JSON.stringify(Boolean(process.env.OMD_LMS_BUILD)) },
  // The gzip sizes in the build report cost about half a second over the deck's chunks; nobody reads them here.
  // Nor the bundler's timing of every plugin hook (its "slowest callbacks" warning): `node --cpu-prof` says more.
  build: { emptyOutDir: learnerAppBuilt ? false : undefined, reportCompressedSize: false, rollupOptions: { checks: { bundlerTimings: false } } },
  optimizeDeps: {
    include: DEPENDENCIES,
    // Exporting, nothing is discovered at all: the list above is bundled before the first request, and a module that
    // imports anything else gets it unbundled rather than a reload of the page being printed.
    noDiscovery: exporting,
  },
  server: {
    // An export writes its PDFs into the deck's folder, which the server watches.
    watch: { ignored: ['**/exports/**'] },
    // A scratch copy of the deck links node_modules (scripts/export/deck-copy.ts): serve the fonts from where it points.
    fs: { allow: existsSync('node_modules') ? [realpathSync('node_modules')] : [] },
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
    // Several tests run the deck's command-line tools or poppler over files: on a busy two-core machine one took 12 s.
    // A minute each still stops a test that hangs; no test passes or fails by how fast the machine is.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Slidev's and vite-plugin-pwa's virtual modules do not exist outside a Slidev build: resolve them to stubs.
    alias: {
      'server-reactive:deck': fileURLToPath(new URL('./tests/unit/stubs/server-deck.ts', import.meta.url)),
    },
  },
} as any)

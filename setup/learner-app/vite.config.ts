import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { checkedContent } from '../../scripts/checked-content'
import { routePreload } from '../../scripts/route-preload'

// The learner app (`learn/` beside the deck in dist/): the learner home, the cases, the self-test and the review as a
// small Vue app, built by Vite from the components the deck uses, without Slidev's client (see ./deck-api.ts).
// Relative base, so that the same build serves a course site's sub-path and an LMS package.

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('../..', import.meta.url))
// An LMS package holds no service worker (the SCORM runtime needs the LMS anyway: no offline copy).
const offlineCopy = !process.env.OMD_LMS_BUILD

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  plugins: [
    vue(),
    checkedContent(root),
    // The pages main.ts imports lazily, by the hash prefix that opens each.
    routePreload({
      '/learn/case/': 'components/learner/LearnerCase.vue',
      '/learn/self-test': 'components/learner/LearnerSelfTest.vue',
      '/learn/review': 'components/learner/LearnerReview.vue',
      '/learn': 'components/learner/LearnerHome.vue',
    }),
    ...(offlineCopy
      ? [VitePWA({
          strategies: 'injectManifest',
          srcDir: here,
          filename: 'sw.ts',
          injectRegister: false,
          manifest: {
            name: 'Oligoprogressive liver metastases: cases and self-test',
            short_name: 'Liver metastases',
            start_url: './',
            display: 'standalone',
            theme_color: '#12355b',
            background_color: '#ffffff',
          },
          injectManifest: {
            globPatterns: ['**/*.{js,css,html,webmanifest}'],
            // Never loaded outside an LMS (which has no service worker) or on a learner's page: the room vote, the
            // SCORM/cmi5 runtime.
            globIgnores: ['assets/RoomVote-*', 'assets/Cmi5*', 'assets/lmsRuntime-*'],
            dontCacheBustURLsMatching: /^assets\//,
          },
        })]
      : []),
  ],
  define: {
    __OMD_OFFLINE_COPY__: JSON.stringify(offlineCopy),
    // The deck's flags, for the components shared with it (never read on a learner page, defined all the same).
    __OMD_LEARNER_APP__: 'true',
    __OMD_LMS_PACKAGE__: JSON.stringify(Boolean(process.env.OMD_LMS_BUILD)),
    // Every component here is `<script setup>`: Vue's Options API stays out of the phone's download.
    __VUE_OPTIONS_API__: 'false',
  },
  resolve: {
    alias: [
      { find: /^@slidev\/client$/, replacement: fileURLToPath(new URL('./deck-api.ts', import.meta.url)) },
      { find: /^server-reactive:deck$/, replacement: fileURLToPath(new URL('./server-state.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL(`../../${process.env.OMD_LEARN_OUT ?? 'dist/learn'}`, import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
})

// Compile-time flags that Slidev's client source (type-checked with the deck, as it ships as .ts) expects its
// Vite config to define; declared here so `vue-tsc` can check the deck. Values come from Slidev at build time.
declare const __DEV__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean

declare module 'file-saver' {
  export function saveAs(data: Blob | string, filename?: string): void
}

/** The deck's own flag (vite.config.ts): this build keeps an offline copy (setup/offline.ts). */
declare const __OMD_OFFLINE_COPY__: boolean

/** A built deck has the learner app beside it (`learn/`), an LMS package's too; the dev server and the exports do not. */
declare const __OMD_LEARNER_APP__: boolean

/** This deck is the one beside the learner app in an LMS package (scripts/lms/package.ts). */
declare const __OMD_LMS_PACKAGE__: boolean

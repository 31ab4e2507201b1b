// Builds the audience server's phone page (components/audience/phone) with Vite and the deck's own Vue plugin:
// one small HTML page and its assets in dist-audience/, nothing loaded from elsewhere.
import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

export const PHONE_DIR = fileURLToPath(new URL('../../dist-audience', import.meta.url))

export async function buildPhonePage(): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('../../components/audience/phone', import.meta.url)),
    base: './',
    logLevel: 'warn',
    plugins: [vue()],
    build: { outDir: PHONE_DIR, emptyOutDir: true, assetsInlineLimit: 0 },
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await buildPhonePage()

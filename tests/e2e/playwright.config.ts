import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs'

// E2E_PORT: a second checkout (a git worktree) can run its e2e tests beside this one.
const port = Number(process.env.E2E_PORT ?? 4173)

// End-to-end tests run against the built deck (dist/), served by `vite preview`, in the system Chromium.
export default defineConfig({
  testDir: '.',
  timeout: 120_000,
  // A busy machine can take seconds to render what a user waits for: assertions wait up to 15 s, not 5.
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npm run build && npx vite preview --outDir dist --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://localhost:${port}/`,
    timeout: 180_000,
    // Never a server left running by another checkout or an earlier run: each run builds and serves its own deck.
    reuseExistingServer: false,
  },
})

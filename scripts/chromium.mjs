// Finds the system Chromium used by exports, e2e tests and the benchmark (Playwright's own
// browser download does not work offline, so we never rely on it).
import { existsSync } from 'node:fs'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  const found = candidates.find(path => existsSync(path))
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}).\n`
      + 'Install one on Debian/Ubuntu with `sudo apt-get install -y chromium`, '
      + 'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    )
  }
  return found
}

// `npm run export`: the deck as a PDF in exports/, one page per slide, with an outline.
// Uses the system Chromium (CHROMIUM_PATH, else /usr/bin/chromium).
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { findChromium } from './chromium.mjs'

export const SLIDES_PDF = 'exports/oligoprogressive-liver-metastases.pdf'

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`)
}

export function exportSlides(output = SLIDES_PDF) {
  const chromium = findChromium()
  mkdirSync('exports', { recursive: true })
  run('npx', [
    'slidev', 'export', 'slides.md',
    '--output', output,
    '--executable-path', chromium,
    '--with-toc',
    '--timeout', '120000',
    '--wait-until', 'networkidle',
  ])
  return output
}

try {
  const written = exportSlides()
  console.log(`Slides PDF written to ${written}`)
}
catch (error) {
  console.error(`export failed: ${error.message}`)
  process.exit(1)
}

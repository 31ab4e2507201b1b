// `npm run export [-- --handout | --key | --all]`: PDFs for organisers in exports/, offline, with the
// system Chromium (CHROMIUM_PATH, else /usr/bin/chromium).
//   (default)  the slides, one page per slide, with an outline
//   --handout  A4, one slide per page with its speaker notes
//   --key      answer key: quiz and case slides (frontmatter `answerKey: true`) with answers and explanations
//   --all      all three
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { findChromium } from './chromium.mjs'
import { printDeck } from './print-handout.mjs'

export const OUTPUTS = {
  slides: 'exports/oligoprogressive-liver-metastases.pdf',
  handout: 'exports/oligoprogressive-liver-metastases-handout.pdf',
  key: 'exports/oligoprogressive-liver-metastases-answer-key.pdf',
}
const TITLE = 'Management of Oligoprogressive Liver Metastases — René Adam'

// A Slidev server started with NODE_ENV=production (set in a shell, or inherited from a process that ran
// Vite's preview) mounts nothing, and the export then times out waiting for the page.
delete process.env.NODE_ENV

function exportSlides() {
  const result = spawnSync('npx', [
    'slidev', 'export', 'slides.md',
    '--output', OUTPUTS.slides,
    '--executable-path', findChromium(),
    '--with-toc',
    '--timeout', '120000',
    '--wait-until', 'networkidle',
  ], { stdio: 'inherit' })
  if (result.status !== 0)
    throw new Error(`slidev export exited with ${result.status}`)
  return OUTPUTS.slides
}

const exporters = {
  slides: exportSlides,
  handout: async () => (await printDeck({
    output: OUTPUTS.handout,
    heading: `${TITLE} · Handout with speaker notes · Educational material, not medical advice`,
  })).output,
  key: async () => (await printDeck({
    output: OUTPUTS.key,
    heading: `${TITLE} · Answer key (organisers only): quiz answers with explanations and each case's best path`,
    select: slide => slide.frontmatter.answerKey === true,
    answers: true,
  })).output,
}

const args = process.argv.slice(2)
const wanted = args.includes('--all')
  ? ['slides', 'handout', 'key']
  : [args.includes('--handout') ? 'handout' : args.includes('--key') ? 'key' : 'slides']

try {
  findChromium()
  mkdirSync('exports', { recursive: true })
  for (const kind of wanted)
    console.log(`${kind}: written to ${await exporters[kind]()}`)
}
catch (error) {
  console.error(`export failed: ${error.message}`)
  process.exit(1)
}

// `npm run export [-- --handout | --key | --all]`: PDFs for organisers in exports/, offline, with the system Chromium
// (CHROMIUM_PATH, else /usr/bin/chromium), each checked once written (./verify.ts).
//   (default)  the slides, one page per slide, with an outline
//   --handout  A4, one slide per page with its speaker notes
//   --key      answer key: quiz and case slides (frontmatter `answerKey: true`) with answers and explanations
//   --all      all three
import { mkdirSync } from 'node:fs'
import { findChromium } from '../chromium.mjs'
import { exportPdf } from './export-pdf'
import type { PrintKind } from './print-deck'

const args = process.argv.slice(2)
const wanted: PrintKind[] = args.includes('--all')
  ? ['slides', 'handout', 'key']
  : [args.includes('--handout') ? 'handout' : args.includes('--key') ? 'key' : 'slides']

try {
  findChromium()
  mkdirSync('exports', { recursive: true })
  for (const kind of wanted)
    console.log(`${kind}: written to ${await exportPdf(kind)}`)
}
catch (error) {
  console.error(`export failed: ${(error as Error).message}`)
  process.exit(1)
}

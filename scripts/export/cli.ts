// `npm run export [-- --handout | --key | --all]`: PDFs for organisers in exports/, offline, with the system Chromium
// (CHROMIUM_PATH, else /usr/bin/chromium), each checked once written (./verify.ts).
//   (default)  the slides, one page per slide, with an outline
//   --handout  A4, one slide per page with its speaker notes
//   --key      answer key: quiz and case slides (frontmatter `answerKey: true`) with answers and explanations
//   --atlas    the case atlas: every decision a learner can reach in every case, for clinical sign-off
//   --all      all four
import { mkdirSync } from 'node:fs'
import { findChromium } from '../chromium.mjs'
import { exportPdf } from './export-pdf'
import type { ExportKind } from './export-pdf'

const args = process.argv.slice(2)
const wanted: ExportKind[] = args.includes('--all')
  ? ['slides', 'handout', 'key', 'atlas']
  : [(['handout', 'key', 'atlas'] as const).find(kind => args.includes(`--${kind}`)) ?? 'slides']

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

// `npm run export:stress -- --runs N`: the exports under the conditions that used to break them. Each run exports all
// the PDFs (`export:all`) in a scratch copy of the deck (./deck-copy.ts) from a cold Vite cache, with one original
// figure supplied, while two CPU-busy processes of its own run beside it; the export checks what it wrote
// (./verify.ts) and this checks again that the figure is on its slide's page. One line per run, then a summary.
// Not part of `npm test`: it is slow (about two minutes a run on two cores).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { loadSlides } from '../deck-notes.mjs'
import { copyDeck } from './deck-copy'
import { OUTPUTS } from './export-pdf'
import { pdfImages } from './pdf'

const FIGURE = { id: 'adam2017-after-diagnosis', slide: 'adam2017', width: 480, height: 320 }

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of runs, at least 1 (got ${process.argv[index + 1]})`)
  return value
}

/** A process that keeps one core busy until it is killed. */
const busyLoop = (): ChildProcess => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })

async function run(root: string): Promise<string> {
  const deck = copyDeck(root, 'omd-stress-')
  const busy = [busyLoop(), busyLoop()]
  try {
    deck.fillFigure(FIGURE.id, FIGURE.width, FIGURE.height, [200, 30, 120])
    const exported = spawnSync('npx', ['tsx', 'scripts/export/cli.ts', '--all'], { cwd: deck.dir, env: deck.env, encoding: 'utf8' })
    if (exported.status !== 0)
      throw new Error((exported.stderr.match(/export failed: [\s\S]*/)?.[0] ?? exported.stderr.trim().split('\n').slice(-3).join(' ')).trim())
    const slide = (await loadSlides(deck.dir)).find((slide: { alias?: string }) => slide.alias === FIGURE.slide)
    if (!slide)
      throw new Error(`no slide ${FIGURE.slide} in the deck`)
    const { no } = slide
    for (const kind of ['slides', 'handout'] as const) {
      const pages = pdfImages(join(deck.dir, OUTPUTS[kind])).filter(image => image.width === FIGURE.width && image.height === FIGURE.height).map(image => image.page)
      if (pages.join() !== String(no))
        throw new Error(`${kind}: the supplied figure is on page(s) [${pages}], expected [${no}]`)
    }
    // "slides: written to exports/….pdf (56 pages, checked)" → "slides 56 pages"
    return [...exported.stdout.matchAll(/^(\w+): written to .*\((\d+) pages, checked\)$/gm)].map(([, kind, pages]) => `${kind} ${pages} pages`).join(', ')
  }
  finally {
    busy.forEach(process => process.kill())
    deck.remove()
  }
}

const runs = argument('--runs', 3)
const root = process.cwd()
let passed = 0
for (let i = 1; i <= runs; i++) {
  const started = Date.now()
  try {
    const summary = await run(root)
    passed++
    console.log(`run ${i}/${runs}: passed in ${Math.round((Date.now() - started) / 1000)} s (${summary})`)
  }
  catch (error) {
    console.log(`run ${i}/${runs}: FAILED after ${Math.round((Date.now() - started) / 1000)} s: ${(error as Error).message}`)
  }
}
console.log(`${passed} passed, ${runs - passed} failed`)
process.exitCode = passed === runs ? 0 : 1

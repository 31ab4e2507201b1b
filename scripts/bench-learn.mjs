// `npm run bench:learn`: Lighthouse 12 (its default mobile profile: simulated slow 4G, 4× CPU slowdown) on the
// learner app's home and a case page, the deck's slide 1 and a stock Slidev deck's slide 1, in the same run, each
// built and served as `npm run preview` serves it (gzip, from loopback). Prints the table and writes
// exports/bench-learn.json. A benchmark, not a test: it reports, it fails nothing. `BENCH_RUNS=3` for medians.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { preview } from 'vite'
import { findChromium } from './chromium.mjs'
import { loadSlides } from './deck-notes.mjs'
import { stockDeck } from './stock-deck.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 1)
const root = process.cwd()
const scratch = mkdtempSync(join(tmpdir(), 'omd-bench-learn-'))
const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV')) })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`)
}

async function serve(dir, outDir) {
  const server = await preview({ root: dir, configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } })
  return { url: server.resolvedUrls.local[0], close: () => server.close() }
}

/** One Lighthouse run (default mobile profile) of `url`: the table's columns. */
async function measure(chrome, url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
  const audit = id => lhr.audits[id]?.numericValue ?? Number.NaN
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    transferKiB: audit('total-byte-weight') / 1024,
  }
}

// --no-build: measure the dist/ already built.
if (!process.argv.includes('--no-build'))
  run('npm', ['run', 'build'], root)
const slideCount = (await loadSlides(root)).length
const stockDir = stockDeck(join(scratch, 'stock'), slideCount)
run('npx', ['slidev', 'build', '--out', join(scratch, 'stock-dist')], stockDir)

const deck = await serve(root, 'dist')
const stock = await serve(stockDir, join(scratch, 'stock-dist'))
const pages = [
  ['learner app: home', `${deck.url}learn/`],
  ['learner app: a case', `${deck.url}learn/#/learn/case/six-lesions`],
  ['the deck\'s slide 1', `${deck.url}#/1`],
  ['a stock Slidev deck\'s slide 1', `${stock.url}#/1`],
]
/** Busy fraction of the machine's CPUs over `ms` (os.cpus' tick counters). */
async function busyOver(ms) {
  const ticks = () => cpus().reduce((sum, { times }) => ({ idle: sum.idle + times.idle, all: sum.all + Object.values(times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 })
  const before = ticks()
  await new Promise(resolve => setTimeout(resolve, ms))
  const after = ticks()
  return 1 - (after.idle - before.idle) / Math.max(1, after.all - before.all)
}

/**
 * Waits until the machine is quiet (under 10 % busy over a second; at most 30 s): a benchmark's wait, not a test's.
 */
async function quietMachine() {
  for (let tries = 0; tries < 30 && await busyOver(1000) > 0.1; tries++);
}

/**
 * Each measurement in a browser of its own, started and let settle first: nothing a page left running (the deck's
 * service worker precaching its files after its run) and nothing of Chromium's own start is measured with a page.
 */
async function measureAlone(url) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  try {
    await quietMachine()
    return await measure(chrome, url)
  }
  finally {
    await chrome.kill()
  }
}

const results = {}
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url] of pages)
      (results[name] ??= []).push(await measureAlone(url))
  }
}
finally {
  await deck.close()
  await stock.close()
}

const rows = Object.entries(results).map(([name, runs]) => ({
  name,
  ...Object.fromEntries(Object.keys(runs[0]).map(key => [key, median(runs.map(r => r[key]))])),
}))
console.log(`\nLighthouse ${lighthouse.version ?? '12'}, default mobile profile, ${RUNS} run${RUNS > 1 ? 's (medians)' : ''}\n`)
console.log('| page | Performance | LCP | TBT | CLS | Accessibility | transferred |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const row of rows)
  console.log(`| ${row.name} | ${row.performance.toFixed(2)} | ${(row.lcpMs / 1000).toFixed(1)} s | ${Math.round(row.tbtMs)} ms | ${row.cls.toFixed(3)} | ${row.accessibility.toFixed(2)} | ${Math.round(row.transferKiB)} KiB |`)
if (RUNS > 1) {
  console.log('\nEach run (Performance / LCP / TBT):')
  for (const [name, runs] of Object.entries(results))
    console.log(`- ${name}: ${runs.map(r => `${r.performance.toFixed(2)} / ${(r.lcpMs / 1000).toFixed(1)} s / ${Math.round(r.tbtMs)} ms`).join('; ')}`)
}
mkdirSync(join(root, 'exports'), { recursive: true })
writeFileSync(resolve(root, 'exports/bench-learn.json'), `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`)

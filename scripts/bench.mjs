// `npm run bench`: measures this deck against a stock Slidev deck of the same Slidev version and the
// same number of slides (generated in a scratch folder, never committed), several runs each, and
// reports medians and our/stock ratios. Writes exports/benchmark.json.
// `npm run bench -- --against <git ref>` measures the deck at that commit as well, in the same runs (a git worktree
// in the scratch folder): a change's before and after, each against the stock deck of the same run.
// `npm run bench -- --text-deck` measures a third deck too: stock Slidev carrying this deck's text (scripts/text-deck.mjs).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs'
import { loadSlides } from './deck-notes.mjs'
import { slideShownScript } from './slide-shown.mjs'
import { stockDeck } from './stock-deck.mjs'
import { slideTexts, textDeck } from './text-deck.mjs'
import { canReadProc, cpuMsPer, descendantTicks } from './process-cpu.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const root = process.cwd()
const scratch = mkdtempSync(join(tmpdir(), 'omd-bench-'))
const againstIndex = process.argv.indexOf('--against')
const against = againstIndex > 0 ? process.argv[againstIndex + 1] : undefined
const withTextDeck = process.argv.includes('--text-deck')
// CPU of every Chromium thread over the walk (Linux only): steadier than wall time on a busy two-core machine.
const procCpu = canReadProc()
const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100

const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)]

/** The deck at `ref`, checked out beside this one (its own Vite cache, this checkout's node_modules). */
function deckAt(ref) {
  const dir = join(scratch, 'before')
  const added = spawnSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: root, encoding: 'utf8' })
  if (added.status !== 0)
    throw new Error(`--against ${ref}: ${added.stderr.trim()}`)
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

// Vite's preview() sets NODE_ENV=production in this process; a Slidev dev/export server started with it
// inherited mounts nothing (the export then waits for <body> until it times out).
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV'))

function timed(command, args, cwd) {
  const start = performance.now()
  // The deck checked out beside this one keeps its own Vite cache: they share node_modules.
  const env = cwd === root ? childEnv : { ...childEnv, OMD_VITE_CACHE_DIR: join(cwd, '.vite-cache') }
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} in ${cwd} failed:\n${result.stderr}`)
  return performance.now() - start
}

let exportRetries = 0

/**
 * Slidev's own exporter on both decks, so that the two export the same way (the deck's `npm run export` waits for its
 * print view to say it is ready, which the stock deck cannot); one retry, counted in the report, if Chromium times out.
 */
function timedExport(dir, output) {
  const args = ['slidev', 'export', '--output', output, '--executable-path', findChromium(), '--timeout', '120000', '--wait-until', 'networkidle']
  try {
    return timed('npx', args, dir)
  }
  catch (error) {
    exportRetries++
    console.error(`export in ${dir} failed once, retrying: ${error.message.split('\n')[1] ?? ''}`)
    return timed('npx', args, dir)
  }
}

async function measureBrowser(browser, url, slideCount) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const origin = new URL(url).origin
  await page.route('**/*', route => route.request().url().startsWith(origin) ? route.continue() : route.abort())
  let jsBytes = 0
  let firstSlideShown = false
  page.on('response', async (response) => {
    if (firstSlideShown || !response.url().endsWith('.js'))
      return
    const body = await response.body().catch(() => Buffer.alloc(0))
    if (!firstSlideShown)
      jsBytes += body.length
  })
  await page.addInitScript({ content: slideShownScript })
  const start = performance.now()
  await page.goto(`${url}#/1`)
  await page.waitForFunction(() => globalThis.omdSlideShown(1), undefined, { polling: 'raf' })
  const firstSlideMs = performance.now() - start
  firstSlideShown = true
  // Navigation is timed the way a presenter uses the deck: opened, then talked over for a moment before
  // the first key press (both decks get the same settling time; the deck warms its interactive code then).
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(3000)

  // Slide-to-slide: press ↓ in the page and time until the next slide is shown (scripts/slide-shown.mjs).
  // The browser is this process's only child while the page is walked (builds and exports have ended).
  const cpuBefore = procCpu ? descendantTicks(process.pid) : undefined
  const navigation = await page.evaluate(async (total) => {
    const times = []
    for (let no = 1; no < total; no++) {
      const start = performance.now()
      // A full key press: Slidev's shortcuts track held keys, a keydown without keyup can stick.
      for (const type of ['keydown', 'keyup'])
        document.dispatchEvent(new KeyboardEvent(type, { key: 'ArrowDown', code: 'ArrowDown', bubbles: true }))
      while (!globalThis.omdSlideShown(no + 1)) {
        if (performance.now() - start > 15_000)
          throw new Error(`slide ${no + 1} not shown (or its figures not ready) 15 s after ↓ from slide ${no}`)
        await new Promise(requestAnimationFrame)
      }
      times.push(performance.now() - start)
    }
    return times
  }, slideCount)
  const cpu = cpuBefore && cpuMsPer(cpuBefore, descendantTicks(process.pid), slideCount - 1, ticksPerSecond)
  await context.close()
  return { firstSlideMs, jsBytes, navigation, cpu }
}

/** One run of one deck: build, visit (first slide, then ↓ through every slide), export. `whileServed` reads the build. */
async function runDeck(name, dir, slideCount, browser, whileServed) {
  const outDir = join(scratch, `${name}-dist`)
  rmSync(outDir, { recursive: true, force: true })
  const build = timed('npx', ['slidev', 'build', '--out', outDir], dir)
  const server = await preview({ root: dir, configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } })
  const visit = await measureBrowser(browser, server.resolvedUrls.local[0], slideCount)
  await whileServed?.(server.resolvedUrls.local[0])
  await server.close()
  return { build, visit, exportPerSlide: timedExport(dir, join(scratch, `${name}.pdf`)) / slideCount }
}

/** Medians over a deck's runs. */
function summarize(runs) {
  const builds = runs.map(r => r.build)
  const exports = runs.map(r => r.exportPerSlide)
  const visits = runs.map(r => r.visit)
  const navigation = visits.flatMap(v => v.navigation)
  // Per slide (the slide ↓ lands on), the median over runs: where the time goes.
  const perSlide = visits[0].navigation.map((_, i) => ({ no: i + 2, ms: median(visits.map(v => v.navigation[i])) }))
  const cpuGroups = procCpu ? [...new Set(visits.flatMap(v => Object.keys(v.cpu)))] : []
  const navigationCpuByThread = Object.fromEntries(cpuGroups.map(group => [group, median(visits.map(v => v.cpu[group] ?? 0))]))
  return {
    perSlide,
    navigationCpuByThread,
    buildMs: median(builds),
    firstSlideJsBytes: median(visits.map(v => v.jsBytes)),
    firstSlideMs: median(visits.map(v => v.firstSlideMs)),
    navigationMedianMs: median(navigation),
    navigationP95Ms: percentile(navigation, 0.95),
    exportMsPerSlide: median(exports),
    ...(procCpu ? { navigationCpuMs: navigationCpuByThread.total } : {}),
  }
}

const slideCount = (await loadSlides(root)).length
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  // The decks take turns, run by run: this machine's speed drifts over minutes, and a drift must not land on
  // one deck's runs only.
  const stockDir = stockDeck(join(scratch, 'stock'), slideCount)
  const beforeDir = against && deckAt(against)
  const runs = { ours: [], before: [], stock: [], text: [] }
  // The text deck is written from the first run's build of ours, then measured in every run after ours.
  let textDir
  const readText = withTextDeck ? async (url) => { textDir ??= textDeck(join(scratch, 'text'), await slideTexts(browser, url, slideCount)) } : undefined
  for (let run = 0; run < RUNS; run++) {
    runs.ours.push(await runDeck('ours', root, slideCount, browser, readText))
    if (beforeDir)
      runs.before.push(await runDeck('before', beforeDir, slideCount, browser))
    runs.stock.push(await runDeck('stock', stockDir, slideCount, browser))
    if (textDir)
      runs.text.push(await runDeck('text', textDir, slideCount, browser))
  }
  const ours = summarize(runs.ours)
  const before = beforeDir ? summarize(runs.before) : undefined
  const stock = summarize(runs.stock)
  const text = textDir ? summarize(runs.text) : undefined
  const metrics = Object.keys(ours).filter(metric => typeof ours[metric] === 'number')
  const rows = metrics.map(metric => ({
    metric, ours: ours[metric], stock: stock[metric], ratio: ours[metric] / stock[metric],
    ...(before ? { before: before[metric], beforeRatio: before[metric] / stock[metric] } : {}),
    ...(text ? { text: text[metric], textRatio: ours[metric] / text[metric] } : {}),
  }))
  const digits = row => (row.metric.includes('Bytes') ? 0 : 1)
  console.log(`\n${slideCount} slides, ${RUNS} runs each, medians (navigation over every slide of every run)${before ? `; before = ${against}` : ''}\n`)
  if (text) {
    console.log('| metric | ours | stock | stock with our text | ours/stock | ours/text deck |\n| --- | ---: | ---: | ---: | ---: | ---: |')
    for (const row of rows)
      console.log(`| ${row.metric} | ${row.ours.toFixed(digits(row))} | ${row.stock.toFixed(digits(row))} | ${row.text.toFixed(digits(row))} | ${row.ratio.toFixed(2)} | ${row.textRatio.toFixed(2)} |`)
  }
  else if (before) {
    console.log('| metric | ours | before | stock | ours/stock | before/stock |\n| --- | ---: | ---: | ---: | ---: | ---: |')
    for (const row of rows)
      console.log(`| ${row.metric} | ${row.ours.toFixed(digits(row))} | ${row.before.toFixed(digits(row))} | ${row.stock.toFixed(digits(row))} | ${row.ratio.toFixed(2)} | ${row.beforeRatio.toFixed(2)} |`)
  }
  else {
    console.log('| metric | ours | stock | ours/stock |\n| --- | ---: | ---: | ---: |')
    for (const row of rows)
      console.log(`| ${row.metric} | ${row.ours.toFixed(digits(row))} | ${row.stock.toFixed(digits(row))} | ${row.ratio.toFixed(2)} |`)
  }
  if (procCpu) {
    console.log('\nCPU per slide change by Chromium thread, ms (median over runs; both cores count)\n')
    console.log(`| threads | ours | stock | ours/stock |${text ? ' text deck |' : ''}\n| --- | ---: | ---: | ---: |${text ? ' ---: |' : ''}`)
    const groups = Object.keys(ours.navigationCpuByThread).filter(group => group !== 'total').sort((a, b) => ours.navigationCpuByThread[b] - ours.navigationCpuByThread[a])
    for (const group of [...groups, 'total']) {
      const [a, b] = [ours.navigationCpuByThread[group] ?? 0, stock.navigationCpuByThread[group] ?? 0]
      const textCpu = text ? ` ${(text.navigationCpuByThread[group] ?? 0).toFixed(1)} |` : ''
      console.log(`| ${group} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${b ? (a / b).toFixed(2) : ''} |${textCpu}`)
    }
  }
  else {
    console.log('\n(no /proc on this machine: CPU per slide change left out)')
  }
  const slides = await loadSlides(root)
  const slowest = [...ours.perSlide].sort((a, b) => b.ms - a.ms).slice(0, 5)
    .map(({ no, ms }) => ({ no, alias: slides[no - 1]?.alias ?? '', title: slides[no - 1]?.title ?? '', ms, stockMs: stock.perSlide[no - 2]?.ms, textMs: text?.perSlide[no - 2]?.ms }))
  console.log('\nFive slowest slides to reach by ↓ (median over runs)\n')
  console.log(`| slide | alias | title | ours ms | stock ms (same slide no.) |${text ? ' text deck ms (same text) |' : ''}\n| ---: | --- | --- | ---: | ---: |${text ? ' ---: |' : ''}`)
  for (const slide of slowest)
    console.log(`| ${slide.no} | ${slide.alias} | ${slide.title} | ${slide.ms.toFixed(1)} | ${slide.stockMs?.toFixed(1) ?? ''} |${text ? ` ${slide.textMs?.toFixed(1) ?? ''} |` : ''}`)
  mkdirSync(join(root, 'exports'), { recursive: true })
  writeFileSync(resolve(root, 'exports/benchmark.json'), `${JSON.stringify({ date: new Date().toISOString(), slideCount, runs: RUNS, exportRetries, against, ours, before, stock, text, rows, slowest }, null, 2)}\n`)
  console.log('\nwritten to exports/benchmark.json')
}
finally {
  await browser.close()
  if (against)
    spawnSync('git', ['worktree', 'remove', '--force', join(scratch, 'before')], { cwd: root })
  rmSync(scratch, { recursive: true, force: true })
}

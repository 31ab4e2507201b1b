// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cpuMsPer, descendantTicks, parseStat, processKind } from '../../scripts/process-cpu.mjs'

// `npm run bench` reports the CPU of each Chromium thread per slide change (scripts/process-cpu.mjs). These tests
// read a /proc written by hand, laid out as Linux lays it out (man 5 proc), with a Chromium-like process tree.

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))

/** A stat line: pid (comm) state ppid … utime stime (fields 14 and 15), in clock ticks. */
const statLine = (pid: number, comm: string, ppid: number, utime: number, stime: number) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194304 100 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 100 1000 10\n`

interface FakeProcess { pid: number, ppid: number, cmdline: string, threads: [tid: number, comm: string, utime: number, stime: number][] }

function fakeProc(processes: FakeProcess[]): string {
  const root = mkdtempSync(join(tmpdir(), 'omd-proc-'))
  dirs.push(root)
  for (const p of processes) {
    const dir = join(root, String(p.pid))
    mkdirSync(join(dir, 'task'), { recursive: true })
    writeFileSync(join(dir, 'cmdline'), p.cmdline.split(' ').join('\0'))
    const [, mainComm, u, s] = p.threads[0]
    writeFileSync(join(dir, 'stat'), statLine(p.pid, mainComm, p.ppid, u, s))
    for (const [tid, comm, utime, stime] of p.threads) {
      mkdirSync(join(dir, 'task', String(tid)))
      writeFileSync(join(dir, 'task', String(tid), 'stat'), statLine(tid, comm, p.ppid, utime, stime))
    }
  }
  return root
}

const BENCH = 100
function chromiumTree(scale: number): FakeProcess[] {
  return [
    { pid: BENCH, ppid: 1, cmdline: 'node scripts/bench.mjs', threads: [[BENCH, 'node', 900 * scale, 0]] },
    { pid: 200, ppid: BENCH, cmdline: '/usr/bin/chromium --headless --no-sandbox', threads: [[200, 'chromium', 10 * scale, 2 * scale], [201, 'Chrome_IOThread', 1 * scale, 0]] },
    { pid: 300, ppid: 200, cmdline: '/usr/lib/chromium/chromium --type=renderer --lang=en', threads: [[300, 'chromium', 8 * scale, 1 * scale], [301, 'ThreadPoolForeg', 5 * scale, 0], [302, 'Compositor', 1 * scale, 0]] },
    { pid: 400, ppid: 200, cmdline: '/usr/lib/chromium/chromium --type=gpu-process', threads: [[400, 'chromium', 0, 0], [401, 'VizCompositorTh', 3 * scale, 0]] },
    // Another browser on the machine, not started by the benchmark.
    { pid: 500, ppid: 1, cmdline: '/usr/bin/chromium', threads: [[500, 'chromium', 7000 * scale, 0]] },
  ]
}

describe('CPU per slide change, from /proc', () => {
  it('sums each thread group of the benchmark\'s own browser, over the walk, per slide change', () => {
    const before = descendantTicks(BENCH, fakeProc(chromiumTree(1)))
    const after = descendantTicks(BENCH, fakeProc(chromiumTree(3)))
    // 10 slide changes, 100 ticks a second: 1 tick is 10 ms, so 1 ms per slide change.
    const perChange = cpuMsPer(before, after, 10, 100)
    expect(perChange['browser main thread']).toBeCloseTo(2 * 12, 5)
    expect(perChange['page main thread']).toBeCloseTo(2 * 9, 5)
    expect(perChange['raster (page worker threads)']).toBeCloseTo(2 * 5, 5)
    expect(perChange['compositing and display']).toBeCloseTo(2 * (1 + 3), 5)
    expect(perChange['other threads']).toBeCloseTo(2 * 1, 5)
    // Neither the benchmark's own process nor an unrelated browser is counted.
    expect(perChange.total).toBeCloseTo(2 * (12 + 9 + 5 + 4 + 1), 5)
  })

  it('counts a thread started during the walk from zero, and never goes negative for one that ended', () => {
    const start = chromiumTree(1)
    const end = chromiumTree(1)
    end[2].threads.push([303, 'ThreadPoolForeg', 4, 0])
    end[3].threads.pop()
    const perChange = cpuMsPer(descendantTicks(BENCH, fakeProc(start)), descendantTicks(BENCH, fakeProc(end)), 1, 100)
    expect(perChange['raster (page worker threads)']).toBeCloseTo(40, 5)
    expect(perChange.total).toBeCloseTo(40, 5)
  })

  it('reads a thread name with spaces and parentheses, and tells Chromium\'s processes apart', () => {
    expect(parseStat(statLine(7, 'ServiceWorker t (x)', 3, 4, 5))).toEqual({ pid: 7, comm: 'ServiceWorker t (x)', ppid: 3, ticks: 9 })
    expect(processKind('/usr/bin/chromium --headless')).toBe('browser')
    expect(processKind('chromium --type=renderer --x')).toBe('renderer')
    expect(processKind('chromium --type=utility --utility-sub-type=network.mojom.NetworkService')).toBe('utility:NetworkService')
  })
})

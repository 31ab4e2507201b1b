// CPU time of a process tree, thread by thread, from Linux's /proc: the benchmark's "CPU per slide change".
// Wall time on a two-core machine mixes the page's own work with every other thread's; summing each Chromium
// thread's user + system ticks over the walk shows where the work is (browser, page, raster, display).
// Hand-written: npm's process-stat packages (pidusage, ps-tree) report a whole process, not its threads.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One line of /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat: the name may hold spaces and parentheses. */
export function parseStat(text) {
  const open = text.indexOf('(')
  const close = text.lastIndexOf(')')
  const fields = text.slice(close + 2).trim().split(/\s+/)
  return {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    ppid: Number(fields[1]),
    ticks: Number(fields[11]) + Number(fields[12]),
  }
}

const read = path => {
  try {
    return readFileSync(path, 'utf8')
  }
  catch {
    return undefined // the process or thread ended between listing and reading
  }
}

/** Chromium's process kind from its command line: browser, renderer, gpu-process, utility:<service>. */
export function processKind(cmdline) {
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser'
  const service = /--utility-sub-type=([\w.]+)/.exec(cmdline)?.[1]
  return service ? `${type}:${service.split('.').pop()}` : type
}

/** Where a thread's time goes, in the benchmark's words. A process's main thread is the one whose id is its pid. */
export function threadGroup(kind, threadName, isMainThread) {
  if (kind === 'browser' && isMainThread) return 'browser main thread'
  if (kind === 'renderer' && isMainThread) return 'page main thread'
  if (kind === 'renderer' && /^ThreadPoolForeg/.test(threadName)) return 'raster (page worker threads)'
  if ((kind === 'renderer' && threadName === 'Compositor') || /^VizCompositor/.test(threadName)) return 'compositing and display'
  return 'other threads'
}

/** Each thread of `rootPid`'s descendants (not `rootPid` itself): its group and CPU ticks so far, by pid/tid. */
export function descendantTicks(rootPid, procDir = '/proc') {
  const processes = new Map()
  for (const name of readdirSync(procDir)) {
    if (!/^\d+$/.test(name)) continue
    const stat = read(join(procDir, name, 'stat'))
    if (stat) processes.set(Number(name), parseStat(stat))
  }
  const inTree = (pid) => {
    for (let seen = 0, p = processes.get(pid); p && seen < 64; p = processes.get(p.ppid), seen++)
      if (p.ppid === rootPid) return true
    return false
  }
  const threads = new Map()
  for (const pid of processes.keys()) {
    if (!inTree(pid)) continue
    const kind = processKind((read(join(procDir, String(pid), 'cmdline')) ?? '').replaceAll('\0', ' '))
    let tids = []
    try {
      tids = readdirSync(join(procDir, String(pid), 'task'))
    }
    catch {}
    for (const tid of tids) {
      const stat = read(join(procDir, String(pid), 'task', tid, 'stat'))
      if (!stat) continue
      const thread = parseStat(stat)
      threads.set(`${pid}/${tid}`, { group: threadGroup(kind, thread.comm, thread.pid === pid), ticks: thread.ticks })
    }
  }
  return threads
}

/**
 * Milliseconds per group between two `descendantTicks` readings, divided by `count` (slide changes). A thread
 * started in between counts from zero; one that ended in between is lost (Chromium's threads live as long as
 * their process, so this undercounts little).
 */
export function cpuMsPer(before, after, count, ticksPerSecond = 100) {
  /** @type {Record<string, number>} */
  const result = {}
  for (const [key, { group, ticks }] of after)
    result[group] = (result[group] ?? 0) + (ticks - (before.get(key)?.ticks ?? 0)) * 1000 / ticksPerSecond / count
  result.total = Object.values(result).reduce((sum, ms) => sum + ms, 0)
  return result
}

/** Whether this machine has a /proc to read (Linux); elsewhere the benchmark leaves CPU out. */
export function canReadProc(procDir = '/proc') {
  return read(join(procDir, 'self', 'stat')) !== undefined
}

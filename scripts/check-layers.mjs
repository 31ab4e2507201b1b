// `npm run check:layers`: imports flow one way, data → lib → machines → composables → components → setup,
// and no two feature folders import each other. Prints each upward import and each folder cycle; exits 1 if any.
//
// Written by hand: eslint-plugin-import's `no-cycle` finds cycles between files, not between folders, and has no
// notion of layers; dependency-cruiser could express both but brings a config language and a large dependency
// tree for what is forty lines of path arithmetic here. Test files (*.test.ts) are not part of the flow and are
// left out; so are scripts/ and tests/, which may import any layer.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { pathToFileURL } from 'node:url'

export const LAYERS = ['data', 'lib', 'machines', 'components/composables', 'components', 'setup']

/** The layer a file belongs to (index into LAYERS), or -1 for files outside the flow. */
export function layerOf(file) {
  const matches = LAYERS.map((layer, index) => ({ layer, index })).filter(({ layer }) => file === layer || file.startsWith(`${layer}/`))
  return matches.length ? matches.sort((a, b) => b.layer.length - a.layer.length)[0].index : -1
}

const SOURCE = /\.(?:ts|vue|mjs)$/
const IMPORT = /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"?]+)|import\s*\(\s*['"](\.{1,2}\/[^'"?]+)|import\s+['"](\.{1,2}\/[^'"?]+)/g
const EXTENSIONS = ['', '.ts', '.vue', '.mjs', '.d.ts', '/index.ts']

function walk(root, dir, out) {
  for (const name of readdirSync(join(root, dir))) {
    if (name === 'node_modules' || name.startsWith('.'))
      continue
    const path = dir ? `${dir}/${name}` : name
    if (statSync(join(root, path)).isDirectory())
      walk(root, path, out)
    else if (SOURCE.test(name) && !/\.test\.ts$/.test(name) && !name.endsWith('.d.ts'))
      out.push(path)
  }
  return out
}

/** Relative imports of `file` (path from root), resolved to files of the tree. */
function importsOf(root, file, files) {
  const text = readFileSync(join(root, file), 'utf8')
  const found = []
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3]
    const base = normalize(join(dirname(file), spec))
    const target = EXTENSIONS.map(ext => base + ext).find(candidate => files.has(candidate))
    if (target)
      found.push(target)
  }
  return found
}

/** Folder cycles: strongly connected components of more than one folder (Tarjan). */
function folderCycles(edges) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const cycles = []
  let counter = 0
  const connect = (node) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next)
        low.set(node, Math.min(low.get(node), low.get(next)))
      }
      else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1)
        cycles.push(component.sort())
    }
  }
  for (const node of edges.keys()) {
    if (!index.has(node))
      connect(node)
  }
  return cycles
}

/** Every upward import and every import cycle between folders under `root`. */
export function checkLayers(root) {
  const files = walk(root, '', []).filter(file => layerOf(file) >= 0)
  const known = new Set(walk(root, '', []))
  const upward = []
  const edges = new Map()
  for (const file of files) {
    for (const target of importsOf(root, file, known)) {
      const from = layerOf(file)
      const to = layerOf(target)
      if (to > from)
        upward.push(`${file} (${LAYERS[from]}) imports ${target} (${LAYERS[to]})`)
      const a = dirname(file)
      const b = dirname(target)
      if (a !== b && layerOf(target) >= 0)
        edges.set(a, new Set([...(edges.get(a) ?? []), b]))
    }
  }
  const cycles = folderCycles(edges).map(folders => `import cycle between folders: ${folders.join(' ⇄ ')}`)
  return { upward, cycles, graph: Object.fromEntries([...edges].map(([from, to]) => [from, [...to].sort()]).sort()) }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.cwd()
  const { upward, cycles, graph } = checkLayers(root)
  if (process.argv.includes('--graph')) {
    for (const [from, to] of Object.entries(graph))
      console.log(`${from} → ${to.join(', ')}`)
  }
  for (const problem of [...upward, ...cycles])
    console.error(problem)
  if (upward.length || cycles.length)
    process.exit(1)
  console.log(`layers: ${LAYERS.join(' → ')}; no upward import, no folder cycle (${relative(root, root) || '.'})`)
}

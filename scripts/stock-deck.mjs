// A stock Slidev deck of `slideCount` plain slides (title, two bullets, a small table), written to `dir` with this
// checkout's node_modules: what the benchmarks (bench.mjs, bench-learn.mjs) measure the deck against.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function stockDeck(dir, slideCount, root = process.cwd()) {
  mkdirSync(dir, { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  const slides = Array.from({ length: slideCount }, (_, i) => i === 0
    ? '---\ntheme: default\ntitle: Stock deck\nrouterMode: hash\n---\n\n# Stock deck\n\nSlide 1\n'
    : `\n---\n\n# Slide ${i + 1}\n\n- A first point on slide ${i + 1}\n- A second point\n\n| a | b |\n| - | - |\n| ${i} | ${i * 2} |\n`)
  writeFileSync(join(dir, 'slides.md'), slides.join(''))
  writeFileSync(join(dir, 'package.json'), '{ "name": "stock-deck", "private": true, "type": "module" }\n')
  // node_modules is shared through a symlink: keep Vite's dependency cache apart, or each deck's
  // export would find the other's cache, re-optimize and reload mid-export.
  writeFileSync(join(dir, 'vite.config.ts'), "export default { cacheDir: '.vite-cache' }\n")
  return dir
}

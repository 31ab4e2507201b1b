// A scratch copy of the deck (its sources, node_modules linked, a Vite cache of its own): where the e2e tests and
// `npm run export:stress` put an original figure in place and export, leaving the checkout as it is.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'

const SOURCES = ['slides.md', 'pages', 'components', 'data', 'lib', 'machines', 'cases', 'setup', 'public', 'scripts', 'style.css', 'vite.config.ts', 'package.json', 'index.html', 'tsconfig.json']

export interface DeckCopy {
  dir: string
  /** The environment to run the copy's commands in: its own Vite cache, no inherited NODE_ENV. */
  env: NodeJS.ProcessEnv
  /** Writes public/figures/<id>.png, one colour, `width` × `height`; returns its path. */
  fillFigure: (id: string, width: number, height: number, rgb: [number, number, number]) => string
  remove: () => void
}

export function copyDeck(root: string, prefix = 'omd-deck-'): DeckCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  for (const entry of SOURCES) {
    if (existsSync(join(root, entry)))
      cpSync(join(root, entry), join(dir, entry), { recursive: true, filter: source => !source.includes('/public/figures/') })
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  const env: NodeJS.ProcessEnv = { ...process.env, OMD_VITE_CACHE_DIR: join(dir, '.vite-cache') }
  delete env.NODE_ENV
  return {
    dir,
    env,
    fillFigure(id, width, height, rgb) {
      const image = new PNG({ width, height })
      for (let i = 0; i < width * height; i++)
        image.data.set([...rgb, 255], i * 4)
      mkdirSync(join(dir, 'public/figures'), { recursive: true })
      const file = join(dir, `public/figures/${id}.png`)
      writeFileSync(file, PNG.sync.write(image))
      return file
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

// `npm run build [-- <slidev build options>]`: checks the content, builds the learner app into `<out>/learn` (its base is
// relative: any sub-path), then the deck around it (e.g. `--base /omd/`, `--out site`), whose offline copy then holds
// the app's pages too. The deck's build keeps what is already in `<out>`: the folder is emptied here first.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

const args = process.argv.slice(2)
const outAt = args.findIndex(arg => /^(--out|-o)(=|$)/.test(arg))
const outArg = outAt < 0 ? 'dist' : args[outAt].includes('=') ? args[outAt].slice(args[outAt].indexOf('=') + 1) : args[outAt + 1]
const out = resolve(outArg)

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0)
    process.exit(result.status ?? 1)
}

run('npx', ['tsx', 'scripts/check-content.ts'])
// As Vite would: a folder inside the project is emptied, one outside it is left as it is.
const inside = relative(process.cwd(), out)
if (inside && !inside.startsWith('..') && !isAbsolute(inside))
  rmSync(out, { recursive: true, force: true })
run('npm', ['run', 'build:learn', '--', '--outDir', resolve(out, 'learn'), '--emptyOutDir'])
run('npx', ['slidev', 'build', ...args], { OMD_LEARNER_APP_BUILT: '1' })

// `npm run build [-- <slidev build options>]`: checks the content, builds the deck with the options given (e.g.
// `--base /omd/`, `--out site`) and the learner app beside it in `<out>/learn/` (its base is relative: any sub-path).
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const args = process.argv.slice(2)
const outAt = args.findIndex(arg => arg === '--out' || arg === '-o')
const out = outAt >= 0 ? args[outAt + 1] : 'dist'

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' })
  if (result.status !== 0)
    process.exit(result.status ?? 1)
}

run('npx', ['tsx', 'scripts/check-content.ts'])
run('npx', ['slidev', 'build', ...args])
run('npm', ['run', 'build:learn', '--', '--outDir', resolve(out, 'learn'), '--emptyOutDir'])

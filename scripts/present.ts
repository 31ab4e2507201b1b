// `npm run present`: the deck for the presenter (Slidev's dev server, on localhost only, as `npm run dev`) together
// with the audience server for the room's phones (0.0.0.0:3031 unless --host/--port say otherwise). The deck is
// given the presenter token and the server's address through Vite's environment, so the room-vote buttons work
// with nothing to paste. The audience server's options first, Slidev's after a second `--`:
//   npm run present -- --port 3031 -- --port 3041
import { spawn } from 'node:child_process'
import { audienceArgs, runAudience } from './audience-server/cli'

const argv = process.argv.slice(2)
const split = argv.indexOf('--')
const args = audienceArgs(split === -1 ? argv : argv.slice(0, split))
const slidevArgs = split === -1 ? [] : argv.slice(split + 1)
if (slidevArgs.some(a => a === '--remote' || a.startsWith('--bind')))
  throw new Error('present: Slidev stays on localhost here (no --remote, no --bind); the room reaches only the audience server')
const server = await runAudience(args)
console.log(`Room votes: phones join at ${server.joinUrl} (same wifi as this laptop)`)

// Never --remote or --bind: Slidev's dev server, with its file and editor endpoints, stays on this machine.
const slidev = spawn('npx', ['slidev', '--open=false', ...slidevArgs], {
  stdio: 'inherit',
  env: { ...process.env, VITE_OMD_AUDIENCE_TOKEN: args.token, VITE_OMD_AUDIENCE_SERVER: `localhost:${server.port}` },
})
const stop = () => {
  slidev.kill('SIGTERM')
  void server.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
slidev.on('exit', code => void server.close().then(() => process.exit(code ?? 0)))

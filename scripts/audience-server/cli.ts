// `npm run audience [-- --host 0.0.0.0 --port 3031 --token …]`: the audience server alone, for a built or hosted
// deck. Prints the join address for the room and the presenter token to open the deck with (?audience=<token>).
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { DEFAULT_AUDIENCE_PORT } from '../../lib/audience/protocol'
import { buildPhonePage, PHONE_DIR } from './build-phone'
import { startAudienceServer } from './server'

export interface AudienceArgs { host: string, port: number, token: string }

export function audienceArgs(argv: string[]): AudienceArgs {
  const { values } = parseArgs({ args: argv, options: { host: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' } }, strict: true })
  const port = Number(values.port ?? DEFAULT_AUDIENCE_PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`audience: --port must be a port number, not "${values.port}"`)
  return { host: values.host ?? '0.0.0.0', port, token: values.token ?? randomBytes(12).toString('base64url') }
}

export async function runAudience(args: AudienceArgs) {
  if (!existsSync(`${PHONE_DIR}/index.html`))
    await buildPhonePage()
  const server = await startAudienceServer({ ...args, phoneDir: PHONE_DIR })
  const stop = () => { void server.close().then(() => process.exit(0)) }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const args = audienceArgs(process.argv.slice(2))
  const server = await runAudience(args)
  console.log(`Room votes: phones join at ${server.joinUrl}`)
  console.log(`Presenter token: ${args.token}`)
  console.log(`Open the deck with ?audience=${args.token}&audienceServer=localhost:${server.port}`)
}

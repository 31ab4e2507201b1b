import { DEFAULT_AUDIENCE_PORT } from './protocol'

/**
 * Where the deck finds the audience server, and with which presenter token: `npm run present` passes both in
 * Vite's environment; otherwise the deck's URL carries them (`?audience=<token>`, optionally
 * `&audienceServer=<host:port>`, default this page's host on port 3031). No token: no room vote.
 */
export interface AudienceConfig {
  token: string
  /** ws:// or wss:// address of the audience server's socket. */
  socketUrl: string
}

export function audienceConfig(search: string, env: { token?: string, server?: string }, page: { hostname: string, protocol: string }): AudienceConfig | null {
  const params = new URLSearchParams(search)
  const token = params.get('audience') ?? env.token
  if (!token)
    return null
  const server = params.get('audienceServer') ?? env.server ?? `${page.hostname}:${DEFAULT_AUDIENCE_PORT}`
  if (!/^[\w.-]+(?::\d{1,5})?$|^\[[\da-f:]+\](?::\d{1,5})?$/i.test(server))
    return null
  return { token, socketUrl: `${page.protocol === 'https:' ? 'wss' : 'ws'}://${server}/ws` }
}

/** The option with the most votes, or null when none was cast or two lead together (the presenter decides). */
export function roomChoice(tally: Record<string, number>): string | null {
  const ranked = Object.entries(tally).sort((a, b) => b[1] - a[1])
  if (!ranked.length || ranked[0][1] === 0 || (ranked[1] && ranked[1][1] === ranked[0][1]))
    return null
  return ranked[0][0]
}

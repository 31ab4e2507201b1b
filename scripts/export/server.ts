// Starts Slidev's own server in export mode (its print view enabled), on the loopback address, for the exports.
import { createServer, resolveOptions } from '@slidev/cli'

export async function startExportServer(entry = 'slides.md') {
  // vite.config.ts reads this: the export's own dependency cache, and no dependency discovery while printing.
  process.env.OMD_SLIDEV_COMMAND = 'export'
  // A server started with NODE_ENV=production (set in a shell, or inherited from a process that ran Vite's preview)
  // mounts nothing, and the print view never becomes ready.
  delete process.env.NODE_ENV
  const options = await resolveOptions({ entry }, 'export')
  const server = await createServer(options, { server: { port: 0, host: '127.0.0.1' }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer!.address()
  if (!address || typeof address === 'string')
    throw new Error('the export server did not start on a TCP port')
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() }
}

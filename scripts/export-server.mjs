// Starts Slidev's own server in export mode (the mode `slidev export` uses: print view enabled),
// for the exports that drive Chromium themselves (handout, answer key).
import { createServer, resolveOptions } from '@slidev/cli'

export async function startExportServer(entry = 'slides.md') {
  const options = await resolveOptions({ entry }, 'export')
  const server = await createServer(options, { server: { port: 0, host: '127.0.0.1' }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer.address()
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() }
}

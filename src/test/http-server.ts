import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RunningServer = { origin: string; close: () => Promise<void> }

/** A real HTTP server on a free loopback port. */
export async function listen(handler: RequestListener): Promise<RunningServer> {
  const server = createServer(handler)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** An origin nothing listens on: a port that was free a moment ago. */
export async function closedOrigin(): Promise<string> {
  const server = await listen((_req, res) => res.end())
  await server.close()
  return server.origin
}

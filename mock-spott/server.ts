import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createDemoOpportunities } from './data.ts'
import { createMockSpottHandler, type MockSpottOptions } from './handler.ts'

export type RunningMockSpott = { url: string; close: () => Promise<void> }

/**
 * Starts the mock on loopback. The proxy then reaches it exactly as it reaches Spott,
 * over HTTP with the key header, so demo mode runs the real proxy code path.
 */
export async function startMockSpott(
  options: Partial<MockSpottOptions> & { apiKey: string; port?: number; host?: string },
): Promise<RunningMockSpott> {
  const handler = createMockSpottHandler({
    opportunities: options.opportunities ?? createDemoOpportunities(),
    ...options,
  })
  const server = createServer(handler)
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

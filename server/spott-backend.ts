import { randomUUID } from 'node:crypto'
import { startMockSpott } from '../mock-spott/server.ts'
import type { ServerEnv } from './env.ts'
import { createSpottProxy, type SpottProxy, type SpottProxyOptions } from './spott-proxy.ts'

export type SpottBackend = {
  proxy: SpottProxy
  /** True when the built-in mock answers because no SPOTT_API_KEY is set. */
  demo: boolean
  /** Where the proxy sends requests, for a startup line (never with the key). */
  upstreamHost: string
  close: () => Promise<void>
}

/**
 * The proxy as configured by the environment, for every server that mounts it (`vite`,
 * `vite preview`, `npm start`). With no key it starts the built-in mock Spott API on
 * loopback and points the proxy at it with a throwaway key.
 */
export async function startSpottBackend(
  env: ServerEnv,
  log: (line: string) => void,
): Promise<SpottBackend> {
  const tuning: Partial<SpottProxyOptions> = {
    timeoutMs: env.timeoutMs,
    cacheTtlMs: env.cacheTtlMs,
    requestsPerMinute: env.requestsPerMinute,
    maxConcurrent: env.maxConcurrent,
    log,
  }
  if (env.apiKey !== undefined) {
    const proxy = createSpottProxy({ ...tuning, baseUrl: env.apiUrl, apiKey: env.apiKey })
    return { proxy, demo: false, upstreamHost: new URL(env.apiUrl).host, close: async () => {} }
  }
  const apiKey = `demo-${randomUUID()}`
  const mock = await startMockSpott({ apiKey })
  const proxy = createSpottProxy({ ...tuning, baseUrl: mock.url, apiKey, demo: true })
  return { proxy, demo: true, upstreamHost: 'built-in mock Spott API', close: mock.close }
}

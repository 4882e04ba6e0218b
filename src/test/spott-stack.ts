import type { MockOpportunity } from '../../mock-spott/data'
import type { ThrottleOptions } from '../../mock-spott/handler'
import { startMockSpott } from '../../mock-spott/server'
import { createSpottProxy, type SpottProxyOptions } from '../../server/spott-proxy'
import { listen } from './http-server'
import { nodeHttpFetch } from './node-http-fetch'

export type SpottStack = {
  /** Where the dashboard's `/api/...` is served: the page is opened at this origin. */
  origin: string
  /** The mock Spott API itself, for a test playing another client of the same key. */
  spottUrl: string
  /** Path and query of every request the proxy sent to the mock Spott API, in order. */
  upstreamRequests: string[]
  /** What the mock Spott API answered to each of those requests, in the order answered. */
  upstreamResponses: { path: string; status: number }[]
  close: () => Promise<void>
}

export type SpottStackOptions = {
  /** What the mock Spott API holds; the demo pipeline when left out. */
  opportunities?: MockOpportunity[]
  /**
   * Rate limit the proxy's key: the mock accepts `throttle.apiKey` for `limit` requests per
   * `windowMs`, then answers 429 with Retry-After, and the proxy is given that key.
   */
  throttle?: ThrottleOptions
  /** Added before every answer of the mock Spott API, to keep a loading state on screen. */
  latencyMs?: number
  /**
   * Awaited before the proxy's request for `path` goes to the mock Spott API: a test can
   * have another client use the same key just then, to meet the rate limit deterministically.
   */
  beforeUpstream?: (path: string) => Promise<void> | void
  /**
   * The proxy keeps answers for a few seconds in production. Page tests count the requests
   * that reach Spott, and one stack serves many tests, so it keeps nothing unless asked to.
   */
  proxyCache?: Pick<SpottProxyOptions, 'cacheTtlMs' | 'staleIfErrorMs'>
}

/**
 * The dashboard's server side as in demo mode: the real mock Spott API, and a real HTTP
 * server mounting the real proxy in front of it. Non-API paths answer 404.
 */
export async function startSpottStack(options: SpottStackOptions = {}): Promise<SpottStack> {
  const fullKey = 'sk_test_page_level_key'
  const mock = await startMockSpott({
    apiKey: fullKey,
    ...(options.opportunities ? { opportunities: options.opportunities } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
  })
  const upstreamRequests: string[] = []
  const upstreamResponses: SpottStack['upstreamResponses'] = []
  const proxy = createSpottProxy({
    baseUrl: mock.url,
    apiKey: options.throttle?.apiKey ?? fullKey,
    demo: true,
    cacheTtlMs: 0,
    staleIfErrorMs: 0,
    ...options.proxyCache,
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      const path = `${url.pathname}${url.search}`
      await options.beforeUpstream?.(path)
      upstreamRequests.push(path)
      const response = await nodeHttpFetch(input, init)
      upstreamResponses.push({ path, status: response.status })
      return response
    },
    // Upstream 404s are logged as warnings; the tests assert on responses instead.
    log: () => undefined,
  })
  const server = await listen((req, res) =>
    proxy(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('Not an API path')
    }),
  )
  return {
    origin: server.origin,
    spottUrl: mock.url,
    upstreamRequests,
    upstreamResponses,
    close: async () => {
      await server.close()
      await mock.close()
    },
  }
}

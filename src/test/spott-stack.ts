import { startMockSpott } from '../../mock-spott/server'
import { createSpottProxy } from '../../server/spott-proxy'
import { listen } from './http-server'
import { nodeHttpFetch } from './node-http-fetch'

export type SpottStack = {
  /** Where the dashboard's `/api/...` is served: the page is opened at this origin. */
  origin: string
  /** Path and query of every request the proxy sent to the mock Spott API, in order. */
  upstreamRequests: string[]
  close: () => Promise<void>
}

/**
 * The dashboard's server side as in demo mode: the real mock Spott API, and a real HTTP
 * server mounting the real proxy in front of it. Non-API paths answer 404.
 */
export async function startSpottStack(): Promise<SpottStack> {
  const apiKey = 'sk_test_page_level_key'
  const mock = await startMockSpott({ apiKey })
  const upstreamRequests: string[] = []
  const proxy = createSpottProxy({
    baseUrl: mock.url,
    apiKey,
    demo: true,
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      upstreamRequests.push(`${url.pathname}${url.search}`)
      return nodeHttpFetch(input, init)
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
    upstreamRequests,
    close: async () => {
      await server.close()
      await mock.close()
    },
  }
}

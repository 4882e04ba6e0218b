import { createServer, forward, listenOnLoopback, type RunningServer } from './http-forward.ts'

export type UpstreamCounter = RunningServer & {
  /** Requests that reached the mock Spott API so far, by path (query left out). */
  counts: () => Map<string, number>
  total: () => number
}

/**
 * Sits between the production server and the mock Spott API (it is the server's
 * SPOTT_API_URL) and counts what the upstream is asked: requests "the mock saw".
 */
export async function startUpstreamCounter(mockOrigin: string): Promise<UpstreamCounter> {
  const counts = new Map<string, number>()
  let total = 0
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', mockOrigin).pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    total += 1
    forward(req, res, mockOrigin)
  })
  const running = await listenOnLoopback(server)
  return { ...running, counts: () => new Map(counts), total: () => total }
}

import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedRequest = { method: string; url: string; headers: IncomingHttpHeaders }

export type StandInUpstream = {
  url: string
  /** Every request that reached it, in order of arrival. */
  received: ReceivedRequest[]
  close: () => Promise<void>
}

export type UpstreamAnswer = (req: IncomingMessage, res: ServerResponse) => void

/**
 * A local server that plays Spott, answering however `answer` decides, including badly:
 * resets and hangs are the point, so socket errors are expected and swallowed.
 */
export async function startStandInUpstream(answer: UpstreamAnswer): Promise<StandInUpstream> {
  const received: ReceivedRequest[] = []
  const server = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    res.on('error', () => undefined)
    answer(req, res)
  })
  server.on('connection', (socket) => socket.on('error', () => undefined))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        // Hung answers never end by themselves.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

import { request, type Agent, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'

/** A whole HTTP answer, with the body as received (still compressed, if it was). */
export type HttpReply = {
  status: number
  /** The reason phrase of the status line, as sent. */
  statusMessage: string
  headers: IncomingHttpHeaders
  /** Names and values as sent, alternating, duplicates kept. */
  rawHeaders: string[]
  body: Buffer
  text: string
}

export type HttpOptions = {
  method?: string
  headers?: OutgoingHttpHeaders
  /** false (the default) opens a fresh connection that closes after the answer. */
  agent?: Agent | false
  timeoutMs?: number
}

/**
 * One request over `node:http`, which sends the path exactly as given (`..`, `%2e`, `%00`
 * untouched) and adds no Accept-Encoding of its own, unlike fetch.
 */
export function httpRequest(
  origin: string,
  path: string,
  { method = 'GET', headers = {}, agent = false, timeoutMs = 10_000 }: HttpOptions = {},
): Promise<HttpReply> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({
          status: res.statusCode ?? 0,
          statusMessage: res.statusMessage ?? '',
          headers: res.headers,
          rawHeaders: res.rawHeaders,
          body,
          text: body.toString(),
        })
      })
    })
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`${method} ${path} got no answer within ${timeoutMs} ms`)),
    )
    req.on('error', reject)
    req.end()
  })
}

/** The Authorization header of HTTP Basic for `user` and `password`. */
export const basicAuthorization = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`

/** Resolves when `check` stops throwing, or rejects with its last error after `timeoutMs`. */
export async function eventually<T>(check: () => T, timeoutMs = 5000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

/** Rejects after `ms` unless `pending` settles first. */
export function within<T>(pending: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)
  })
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer))
}

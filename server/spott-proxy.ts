import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The only way the browser reaches Spott. It holds the API key, forwards an allowlist of
 * two read-only endpoints, and turns every upstream outcome into the JSON error contract
 * in DESIGN.md. The same module is mounted by `vite`, `vite preview` and the tests.
 */

export type ProxyErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'UPSTREAM_AUTH'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'

export type ProxyErrorBody = { status: number; code: ProxyErrorCode; message: string }

export type SpottProxyOptions = {
  /** Upstream base URL, e.g. https://api.gospott.com (a path prefix is kept). */
  baseUrl: string
  apiKey: string
  timeoutMs?: number
  /** Upstream bodies above this size are refused rather than buffered. */
  maxBodyBytes?: number
  fetch?: typeof globalThis.fetch
  /** Marks responses as demo data so the UI can say so. */
  demo?: boolean
  /** Receives one line per upstream failure. Lines never contain the key. */
  log?: (line: string) => void
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/
const LIMIT_PATTERN = /^[0-9]{1,2}$/
const CURSOR_PATTERN = /^[A-Za-z0-9+/=_-]{1,1024}$/
const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024
const DEFAULT_TIMEOUT_MS = 10_000

type Route =
  | { kind: 'detail'; upstreamPath: string }
  | { kind: 'list'; upstreamPath: string }
  | { kind: 'error'; error: ProxyErrorBody }

class ProxyError extends Error {
  readonly body: ProxyErrorBody
  readonly headers: Record<string, string>

  constructor(
    status: number,
    code: ProxyErrorCode,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(message)
    this.body = { status, code, message }
    this.headers = headers
  }
}

const fail = (status: number, code: ProxyErrorCode, message: string): Route => ({
  kind: 'error',
  error: { status, code, message },
})

/**
 * Works on the raw request target, never a normalised URL: a parser that resolves `..` or
 * decodes `%2F` would let a crafted path reach an upstream path we did not allow.
 */
export function routeApiRequest(rawTarget: string): Route {
  const queryStart = rawTarget.search(/[?#]/)
  const pathname = queryStart === -1 ? rawTarget : rawTarget.slice(0, queryStart)
  const rawQuery = queryStart === -1 ? '' : rawTarget.slice(queryStart + 1).split('#')[0]!
  const segments = pathname.split('/').slice(2) // drop '' and 'api'

  if (segments[0] !== 'opportunities' || segments.length > 2) {
    return fail(404, 'NOT_FOUND', 'There is no such API endpoint.')
  }
  if (segments.length === 2) {
    const id = segments[1]!
    if (!ID_PATTERN.test(id)) {
      return fail(
        400,
        'BAD_REQUEST',
        'That opportunity id is malformed: ids are 1–128 letters, digits, "-" or "_".',
      )
    }
    return { kind: 'detail', upstreamPath: `/opportunities/${id}` }
  }
  const query = listQuery(rawQuery)
  if (typeof query !== 'string') return query
  return { kind: 'list', upstreamPath: `/opportunities${query}` }
}

/** Keeps only `limit` and `cursor`, validated; everything else is dropped. */
function listQuery(rawQuery: string): string | Route {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(rawQuery)
  } catch {
    return fail(400, 'BAD_REQUEST', 'The query string is malformed.')
  }
  const forwarded = new URLSearchParams()
  const limits = params.getAll('limit')
  const cursors = params.getAll('cursor')
  if (limits.length > 1 || cursors.length > 1) {
    return fail(400, 'BAD_REQUEST', 'Give "limit" and "cursor" at most once each.')
  }
  const [limit] = limits
  if (limit !== undefined) {
    const value = Number(limit)
    if (!LIMIT_PATTERN.test(limit) || value < 1 || value > 50) {
      return fail(400, 'BAD_REQUEST', '"limit" must be a whole number from 1 to 50.')
    }
    forwarded.set('limit', String(value))
  }
  const [cursor] = cursors
  if (cursor !== undefined) {
    if (!CURSOR_PATTERN.test(cursor)) {
      return fail(400, 'BAD_REQUEST', '"cursor" is malformed: pass the nextCursor of a page.')
    }
    forwarded.set('cursor', cursor)
  }
  const text = forwarded.toString()
  return text === '' ? '' : `?${text}`
}

export function createSpottProxy(options: SpottProxyOptions): Middleware {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const doFetch = options.fetch ?? globalThis.fetch
  const log = options.log ?? ((line: string) => console.warn(line))
  const redact = (text: string) =>
    options.apiKey ? text.split(options.apiKey).join('[redacted]') : text
  // Every answer says whether it comes from demo data, so the UI can say so even on errors.
  const modeHeaders: Record<string, string> = options.demo ? { 'x-spott-demo': '1' } : {}

  return (req, res, next) => {
    const target = req.url ?? '/'
    if (target !== '/api' && !target.startsWith('/api/') && !target.startsWith('/api?')) {
      next()
      return
    }
    const method = req.method ?? 'GET'
    if (method !== 'GET' && method !== 'HEAD') {
      const body = {
        status: 405,
        code: 'METHOD_NOT_ALLOWED',
        message: 'Only GET and HEAD are supported.',
      } as const
      send(res, method, body.status, JSON.stringify(body), {
        ...modeHeaders,
        allow: 'GET, HEAD',
      })
      return
    }
    const route = routeApiRequest(target)
    if (route.kind === 'error') {
      send(res, method, route.error.status, JSON.stringify(route.error), modeHeaders)
      return
    }

    const controller = new AbortController()
    const abortWhenClientLeaves = () => {
      if (!res.writableEnded) controller.abort(new ClientGone())
    }
    res.on('close', abortWhenClientLeaves)

    const started = Date.now()
    forward(route.upstreamPath, controller)
      .then((body) => {
        send(res, method, 200, body, modeHeaders)
      })
      .catch((error: unknown) => {
        if (controller.signal.reason instanceof ClientGone) return
        const failure =
          error instanceof ProxyError
            ? error
            : new ProxyError(502, 'UPSTREAM_UNAVAILABLE', 'Spott could not be reached.')
        log(
          redact(
            `[spott-proxy] ${method} ${route.upstreamPath} → ${failure.body.status} ${failure.body.code} ` +
              `after ${Date.now() - started} ms${describeCause(error)}`,
          ),
        )
        send(res, method, failure.body.status, JSON.stringify(failure.body), {
          ...modeHeaders,
          ...failure.headers,
        })
      })
      .finally(() => res.off('close', abortWhenClientLeaves))
  }

  async function forward(upstreamPath: string, controller: AbortController): Promise<string> {
    const timer = setTimeout(() => controller.abort(new UpstreamTimeout()), timeoutMs)
    try {
      const response = await doFetch(`${baseUrl}${upstreamPath}`, {
        method: 'GET',
        // Built from scratch: nothing of the client's request (cookies, authorization,
        // forwarded-for) reaches Spott.
        headers: { 'x-api-key': options.apiKey, accept: 'application/json' },
        // A redirect would carry the key to wherever it points.
        redirect: 'manual',
        signal: controller.signal,
      })
      const text = await readCapped(response, maxBodyBytes, controller)
      if (response.status === 200) return validJson(response, text)
      throw upstreamError(response, text, redact)
    } catch (error) {
      if (controller.signal.reason instanceof UpstreamTimeout) {
        throw new ProxyError(
          504,
          'UPSTREAM_TIMEOUT',
          `Spott did not answer within ${timeoutMs} ms.`,
        )
      }
      throw error
    } finally {
      clearTimeout(timer)
    }
  }
}

class ClientGone extends Error {}
class UpstreamTimeout extends Error {}

async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > maxBytes || !response.body) {
    if (declared > maxBytes) {
      controller.abort(new Error('oversized'))
      throw oversized(maxBytes)
    }
    return ''
  }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw oversized(maxBytes)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const oversized = (maxBytes: number) =>
  new ProxyError(
    502,
    'UPSTREAM_UNAVAILABLE',
    `Spott sent a response larger than ${formatBytes(maxBytes)}; it was refused.`,
  )

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`

function validJson(response: Response, text: string): string {
  const type = response.headers.get('content-type')
  if (type !== null && !/\bjson\b/i.test(type)) {
    throw new ProxyError(
      502,
      'UPSTREAM_UNAVAILABLE',
      'Spott answered with something other than JSON.',
    )
  }
  try {
    JSON.parse(text)
  } catch {
    throw new ProxyError(
      502,
      'UPSTREAM_UNAVAILABLE',
      'Spott sent a malformed or truncated response.',
    )
  }
  return text
}

function upstreamError(response: Response, text: string, redact: (s: string) => string) {
  const { status } = response
  if (status === 400) {
    const message = plainMessage(text)
    return new ProxyError(
      400,
      'BAD_REQUEST',
      message ? redact(message) : 'Spott rejected the request as malformed.',
    )
  }
  if (status === 401 || status === 403) {
    return new ProxyError(
      502,
      'UPSTREAM_AUTH',
      "Spott rejected the dashboard's Spott API key. Ask whoever runs the dashboard to check it.",
    )
  }
  if (status === 404) {
    return new ProxyError(404, 'NOT_FOUND', 'Spott has no opportunity with that id.')
  }
  if (status === 429) {
    const retryAfter = response.headers.get('retry-after')
    const headers: Record<string, string> =
      retryAfter !== null && isValidRetryAfter(retryAfter) ? { 'retry-after': retryAfter } : {}
    return new ProxyError(
      429,
      'RATE_LIMITED',
      'Spott is rate limiting the dashboard. Try again shortly.',
      headers,
    )
  }
  return new ProxyError(
    502,
    'UPSTREAM_UNAVAILABLE',
    status >= 500
      ? `Spott is having trouble (it answered ${status}).`
      : `Spott answered with an unexpected status (${status}).`,
  )
}

/** Spott's `message` is sometimes prose and sometimes a machine code: keep only prose. */
function plainMessage(text: string): string | undefined {
  let message: unknown
  try {
    message = (JSON.parse(text) as { message?: unknown } | null)?.message
  } catch {
    return undefined
  }
  if (typeof message !== 'string') return undefined
  const trimmed = message.trim()
  // eslint-disable-next-line no-control-regex
  const printable = !/[\u0000-\u001f\u007f<>]/.test(trimmed)
  return printable && trimmed.includes(' ') && trimmed.length <= 300 ? trimmed : undefined
}

function isValidRetryAfter(value: string): boolean {
  return /^\d{1,6}$/.test(value) || !Number.isNaN(Date.parse(value))
}

function describeCause(error: unknown): string {
  if (error instanceof ProxyError || !(error instanceof Error)) return ''
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return ` (${error.message}${cause})`
}

function send(
  res: ServerResponse,
  method: string,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) {
  if (res.headersSent) return
  const bytes = Buffer.from(body, 'utf8')
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.byteLength),
    // CRM data for one team: never stored by shared caches.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  })
  res.end(method === 'HEAD' ? undefined : bytes)
}

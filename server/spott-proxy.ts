import type { IncomingMessage, ServerResponse } from 'node:http'
import { ProxyError, retryAfterMs, unavailable } from './proxy-errors.ts'
import { routeApiRequest } from './proxy-route.ts'
import { createResponseCache } from './response-cache.ts'
import { fetchUpstream } from './upstream-fetch.ts'
import { createUpstreamGate } from './upstream-gate.ts'

export type { ProxyErrorBody, ProxyErrorCode } from './proxy-errors.ts'
export { routeApiRequest } from './proxy-route.ts'

/**
 * The only way the browser reaches Spott. It holds the API key, forwards an allowlist of
 * two read-only endpoints, and turns every upstream outcome into the JSON error contract
 * in DESIGN.md. Under load it asks Spott as little as it can: identical requests in flight
 * share one call, answers are kept for a few seconds, a recent copy stands in when Spott
 * fails, and calls are paced and capped. The same module is mounted by `vite`,
 * `vite preview`, `npm start` and the tests.
 */

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
  /** How long an answer is served from memory without asking Spott; 0 turns that off. */
  cacheTtlMs?: number
  /** How old a kept answer may be to stand in for a failed call; 0 turns that off. */
  staleIfErrorMs?: number
  cacheMaxEntries?: number
  cacheMaxBytes?: number
  /** Spott's rate limit for the key; the proxy stays under it over any 60 s window. */
  requestsPerMinute?: number
  maxConcurrent?: number
  maxQueued?: number
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

export const PROXY_DEFAULTS = {
  timeoutMs: 10_000,
  maxBodyBytes: 5 * 1024 * 1024,
  cacheTtlMs: 5_000,
  staleIfErrorMs: 60_000,
  cacheMaxEntries: 1_000,
  cacheMaxBytes: 32 * 1024 * 1024,
  requestsPerMinute: 1_000,
  maxConcurrent: 8,
  maxQueued: 256,
} as const

/** How a 429 without Retry-After still keeps everyone off Spott for a moment. */
const DEFAULT_RATE_LIMIT_PAUSE_MS = 1_000

type Answer = { body: string; cache: 'miss' | 'hit' | 'stale'; storedAt: number }
/** A failed call, with the copy that may stand in for it. */
type Failure = { error: ProxyError; stale: Answer | undefined }

/** One upstream call and the requests waiting for it. */
type Flight = { outcome: Promise<Answer | Failure>; controller: AbortController; waiters: number }

class ClientGone extends Error {}
class UpstreamTimeout extends Error {}

export type SpottProxy = Middleware & {
  read: (upstreamPath: string) => Promise<string | undefined>
  /** Answers come from the built-in mock (demo mode). */
  demo: boolean
}

export function createSpottProxy(options: SpottProxyOptions): SpottProxy {
  const settings = { ...PROXY_DEFAULTS, ...definedOnly(options) }
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const doFetch = options.fetch ?? globalThis.fetch
  const log = options.log ?? ((line: string) => console.warn(line))
  const redact = createRedactor(options.apiKey)
  // Every answer says whether it comes from demo data, so the UI can say so even on errors.
  const modeHeaders: Record<string, string> = options.demo ? { 'x-spott-demo': '1' } : {}
  const keeping = settings.cacheTtlMs > 0 || settings.staleIfErrorMs > 0
  const cache = createResponseCache({
    maxEntries: settings.cacheMaxEntries,
    maxBytes: settings.cacheMaxBytes,
  })
  const gate = createUpstreamGate({ ...settings, maxDelayMs: settings.timeoutMs })
  const flights = new Map<string, Flight>()

  const middleware: Middleware = (req, res, next) => {
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
      sendJson(res, method, body.status, JSON.stringify(body), {
        ...modeHeaders,
        allow: 'GET, HEAD',
      })
      return
    }
    const route = routeApiRequest(target)
    if (route.kind === 'error') {
      sendJson(res, method, route.error.status, JSON.stringify(route.error), modeHeaders)
      return
    }

    const key = route.upstreamPath
    // A reload or Refresh asks for what Spott says now: no kept copy, fresh or stale.
    const wantsFresh = /no-cache/i.test(`${req.headers['cache-control']} ${req.headers.pragma}`)
    const found = lookup(key, wantsFresh)
    if ('outcome' in found) join(found, res, method, wantsFresh)
    else respond(res, method, found, wantsFresh)
  }

  return Object.assign(middleware, { read, demo: options.demo ?? false })

  /**
   * The body for an upstream path as the browser's own request would get it (kept copy,
   * shared call), for the server to put into a page; undefined when there is none.
   */
  async function read(upstreamPath: string): Promise<string | undefined> {
    const found = lookup(upstreamPath, false)
    let outcome: Answer | Failure | undefined
    if ('outcome' in found) {
      // A reader never leaves: what it fetched is kept for the browser's request that follows.
      found.waiters += 1
      outcome = await found.outcome.catch(() => undefined)
    } else {
      outcome = found
    }
    if (!outcome) return undefined
    return 'body' in outcome ? outcome.body : outcome.stale?.body
  }

  /** A kept answer, a refusal, or the call for `key` in flight (joined or started). */
  function lookup(key: string, wantsFresh: boolean): Answer | Failure | Flight {
    const kept =
      settings.cacheTtlMs > 0 && !wantsFresh ? cache.get(key, settings.cacheTtlMs) : undefined
    if (kept) return { ...kept, cache: 'hit' }
    const flight = flights.get(key)
    if (flight && !flight.controller.signal.aborted) return flight
    const refusal = gate.admit()
    return refusal ? failure(key, refusal, Date.now()) : startFlight(key)
  }

  function startFlight(key: string): Flight {
    const controller = new AbortController()
    const started = Date.now()
    // The clock runs from the first request: time queued for a slot counts too.
    const timer = setTimeout(() => controller.abort(new UpstreamTimeout()), settings.timeoutMs)
    const call = async (): Promise<Answer> => {
      const release = await gate.slot(controller.signal)
      try {
        // Spott may have said 429 while this call waited for its slot.
        const held = gate.held()
        if (held) throw held
        const body = await fetchUpstream(`${baseUrl}${key}`, {
          apiKey: options.apiKey,
          maxBodyBytes: settings.maxBodyBytes,
          fetch: doFetch,
          signal: controller.signal,
          redact,
        }).catch((error: unknown) => {
          if (error instanceof ProxyError && error.body.code === 'RATE_LIMITED') {
            pauseFor(error)
          }
          throw error
        })
        if (keeping) cache.set(key, body)
        return { body, cache: 'miss', storedAt: Date.now() }
      } finally {
        release()
      }
    }
    const flight: Flight = {
      controller,
      waiters: 0,
      outcome: call()
        .catch((error: unknown) => {
          const reason: unknown = controller.signal.reason
          if (reason instanceof ClientGone) throw reason
          return failure(key, contractError(error, reason), started, describeCause(error))
        })
        .finally(() => {
          clearTimeout(timer)
          if (flights.get(key) === flight) flights.delete(key)
        }),
    }
    flights.set(key, flight)
    return flight
  }

  function contractError(error: unknown, abortReason: unknown): ProxyError {
    if (abortReason instanceof UpstreamTimeout) {
      return new ProxyError(
        504,
        'UPSTREAM_TIMEOUT',
        `Spott did not answer within ${settings.timeoutMs} ms.`,
      )
    }
    return error instanceof ProxyError ? error : unavailable('Spott could not be reached.')
  }

  /** Spott's own 429: everyone holds back for as long as it asks. */
  function pauseFor(rateLimit: ProxyError) {
    const header = rateLimit.headers['retry-after']
    gate.pause(
      (header === undefined ? undefined : retryAfterMs(header)) ?? DEFAULT_RATE_LIMIT_PAUSE_MS,
    )
  }

  /** Logs the failure once, and finds the recent copy that may stand in if it is transient. */
  function failure(key: string, error: ProxyError, started: number, cause = ''): Failure {
    const kept =
      error.transient && settings.staleIfErrorMs > 0
        ? cache.get(key, settings.staleIfErrorMs)
        : undefined
    const standIn = kept
      ? `; the copy from ${Math.round((Date.now() - kept.storedAt) / 1000)} s ago stands in`
      : ''
    log(
      redact(
        `[spott-proxy] GET ${key} → ${error.body.status} ${error.body.code} ` +
          `after ${Date.now() - started} ms${cause}${standIn}`,
      ),
    )
    return { error, stale: kept && { ...kept, cache: 'stale' } }
  }

  function join(flight: Flight, res: ServerResponse, method: string, wantsFresh: boolean) {
    flight.waiters += 1
    // The upstream call is dropped only when everyone waiting for it has gone.
    const leave = () => {
      if (res.writableEnded) return
      flight.waiters -= 1
      if (flight.waiters === 0) flight.controller.abort(new ClientGone())
    }
    res.on('close', leave)
    flight.outcome
      .then(
        (outcome) => respond(res, method, outcome, wantsFresh),
        // The only rejection is ClientGone: nobody is left to answer.
        () => undefined,
      )
      .finally(() => res.off('close', leave))
  }

  function respond(
    res: ServerResponse,
    method: string,
    outcome: Answer | Failure,
    wantsFresh: boolean,
  ) {
    if ('body' in outcome) sendAnswer(res, method, outcome)
    else if (outcome.stale && !wantsFresh) sendAnswer(res, method, outcome.stale)
    else sendError(res, method, outcome.error)
  }

  function sendAnswer(res: ServerResponse, method: string, answer: Answer) {
    const age = Math.max(0, Math.floor((Date.now() - answer.storedAt) / 1000))
    sendJson(res, method, 200, answer.body, {
      ...modeHeaders,
      'x-spott-cache': answer.cache,
      ...(answer.cache === 'miss' ? {} : { age: String(age) }),
    })
  }

  function sendError(res: ServerResponse, method: string, error: ProxyError) {
    sendJson(res, method, error.body.status, JSON.stringify(error.body), {
      ...modeHeaders,
      ...error.headers,
    })
  }
}

/**
 * Removes the key from text Spott echoes back, in the forms it could come back in: as is,
 * URL-encoded, JSON-escaped, in another letter case.
 */
function createRedactor(apiKey: string): (text: string) => string {
  if (!apiKey) return (text) => text
  const forms = new Set([apiKey, encodeURIComponent(apiKey), JSON.stringify(apiKey).slice(1, -1)])
  forms.add(apiKey.replaceAll('/', '\\/'))
  const pattern = new RegExp(
    [...forms].map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'gi',
  )
  return (text) => text.replace(pattern, '[redacted]')
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>
}

function describeCause(error: unknown): string {
  if (error instanceof ProxyError || !(error instanceof Error)) return ''
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return ` (${error.message}${cause})`
}

function sendJson(
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

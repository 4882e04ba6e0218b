import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MockOpportunity } from './data.ts'

/**
 * Speaks Spott's HTTP contract for the two endpoints the dashboard reads: `x-api-key`
 * auth, Spott-style error bodies, and opaque base64 cursors over "oldest first" pages.
 */
export type MockSpottOptions = {
  apiKey: string
  opportunities: MockOpportunity[]
  /** Added before every answer, to make demo mode and benchmarks feel like a network. */
  latencyMs?: number
  /**
   * A second accepted key with a tiny rate limit, as Spott enforces per key (about 1000
   * requests a minute): `limit` requests per fixed window, then 429 with Retry-After.
   */
  throttle?: ThrottleOptions
}

export type ThrottleOptions = { apiKey: string; limit: number; windowMs: number }

const DEFAULT_LIMIT = 25
const MAX_LIMIT = 50

export function createMockSpottHandler(options: MockSpottOptions) {
  const byId = new Map(options.opportunities.map((item) => [item.id, item]))
  const throttled = options.throttle ? createWindowCounter(options.throttle) : undefined

  return (req: IncomingMessage, res: ServerResponse) => {
    const answer = () => respond(req, res)
    if (options.latencyMs) setTimeout(answer, options.latencyMs)
    else answer()
  }

  function respond(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://mock.spott')
    const key = req.headers['x-api-key']
    const isThrottledKey = options.throttle !== undefined && key === options.throttle.apiKey
    if (key !== options.apiKey && !isThrottledKey) {
      return sendError(res, 401, 'Invalid or missing API key')
    }
    const waitSeconds = isThrottledKey ? throttled?.() : undefined
    if (waitSeconds !== undefined) {
      res.setHeader('retry-after', String(waitSeconds))
      return sendError(res, 429, 'Too many requests')
    }
    if (req.method !== 'GET') return sendError(res, 405, 'Method not allowed')

    const detail = /^\/opportunities\/([^/]+)$/.exec(url.pathname)
    if (detail) {
      const item = byId.get(safeDecode(detail[1]!))
      return item ? send(res, 200, item) : sendError(res, 404, 'Opportunity not found')
    }
    if (url.pathname === '/opportunities') return list(url, res)
    return sendError(res, 404, `Cannot GET ${url.pathname}`)
  }

  function list(url: URL, res: ServerResponse) {
    const limitText = url.searchParams.get('limit')
    const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return sendError(res, 400, 'limit must be an integer between 1 and 50', [
        { code: 'INVALID_LIMIT', path: ['limit'], message: 'Expected 1-50' },
      ])
    }
    const cursor = url.searchParams.get('cursor')
    const offset = cursor === null ? 0 : decodeCursor(cursor)
    if (offset === undefined) {
      return sendError(res, 400, 'INVALID_CURSOR', [
        { code: 'INVALID_CURSOR', path: ['cursor'], message: 'Cursor is not valid' },
      ])
    }
    const page = options.opportunities.slice(offset, offset + limit)
    const next = offset + page.length
    const hasNextPage = next < options.opportunities.length
    send(res, 200, {
      // Whether list items carry custom attributes is undocumented; assume the lean case.
      items: page.map(({ customAttributes: _omitted, ...item }) => item),
      pageInfo: { nextCursor: hasNextPage ? encodeCursor(next) : null, hasNextPage },
    })
  }
}

/** Counts requests in fixed windows; returns the seconds left when over the limit. */
function createWindowCounter({ limit, windowMs }: ThrottleOptions) {
  let windowStart = 0
  let count = 0
  return (): number | undefined => {
    const now = Date.now()
    if (now - windowStart >= windowMs) {
      windowStart = now
      count = 0
    }
    count += 1
    if (count <= limit) return undefined
    return Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000))
  }
}

/** A malformed escape such as `%E0%A4%A` is simply an id that does not exist. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const encodeCursor = (offset: number) =>
  Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64')

function decodeCursor(cursor: string): number | undefined {
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as {
      offset?: unknown
    }
    return Number.isInteger(offset) && (offset as number) >= 0 ? (offset as number) : undefined
  } catch {
    return undefined
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

function sendError(res: ServerResponse, status: number, message: string, errors?: unknown[]) {
  send(res, status, { status, message, requestId: randomUUID(), ...(errors ? { errors } : {}) })
}

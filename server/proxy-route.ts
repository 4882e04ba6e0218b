import type { ProxyErrorBody } from './proxy-errors.ts'

/**
 * Decides what, if anything, a browser request may ask of Spott: an allowlist of two
 * read-only endpoints, with the id and query checked before anything leaves the proxy.
 */

export type Route =
  | { kind: 'detail'; upstreamPath: string }
  | { kind: 'list'; upstreamPath: string }
  | { kind: 'error'; error: ProxyErrorBody }

/** An opportunity id as DESIGN.md allows it; nothing else is ever put into an upstream path. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/
const LIMIT_PATTERN = /^[0-9]{1,2}$/
const CURSOR_PATTERN = /^[A-Za-z0-9+/=_-]{1,1024}$/

const fail = (status: number, code: ProxyErrorBody['code'], message: string): Route => ({
  kind: 'error',
  error: { status, code, message },
})

/**
 * Works on the raw request target, never a normalised URL: a parser that resolves `..` or
 * decodes `%2F` would let a crafted path reach an upstream path we did not allow.
 */
export function routeApiRequest(rawTarget: string): Route {
  // A fragment is never part of the request: what follows "#" is dropped, even a "?".
  const target = rawTarget.split('#')[0]!
  const queryStart = target.indexOf('?')
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart)
  const rawQuery = queryStart === -1 ? '' : target.slice(queryStart + 1)
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

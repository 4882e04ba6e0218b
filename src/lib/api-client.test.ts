import type { IncomingHttpHeaders, ServerResponse } from 'node:http'
import { z } from 'zod/mini'
import { closedOrigin, listen, type RunningServer } from '../test/http-server'
import { referenceOpportunity, wrapperOf } from '../test/opportunity-json'
import { setPageUrl } from '../test/page-url'
import { opportunitySchema } from '../features/opportunities/api/opportunity-schema'
import { ApiError, getJson, isApiError } from './api-client'

/**
 * getJson against a real HTTP server. The page is moved to the server's origin, as the app
 * is served from the proxy's origin, so the requests are same-origin like the app's.
 */

type Answer = (res: ServerResponse) => void

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }

const text =
  (status: number, body: string, type = 'text/html'): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': type })
    res.end(body)
  }

const brokenOrder = () => {
  const raw = referenceOpportunity()
  wrapperOf(raw, 'stage').stage = { id: 'stg_1', name: 'Lead', order: 'first', isOpen: true }
  return raw
}

const ANSWERS: Record<string, Answer> = {
  '/ok': json(200, referenceOpportunity()),
  '/not-found': json(404, {
    status: 404,
    code: 'NOT_FOUND',
    message: 'Spott has no opportunity with that id.',
  }),
  '/rate-limited': json(
    429,
    { status: 429, code: 'RATE_LIMITED', message: 'Spott is rate limiting the dashboard.' },
    { 'retry-after': '7' },
  ),
  '/rate-limited-date': json(
    429,
    { status: 429, code: 'RATE_LIMITED', message: 'Spott is rate limiting the dashboard.' },
    { 'retry-after': 'Wed, 21 Oct 2037 07:28:00 GMT' },
  ),
  '/rate-limited-garbage': json(
    429,
    { status: 429, code: 'RATE_LIMITED', message: 'Spott is rate limiting the dashboard.' },
    { 'retry-after': 'soon' },
  ),
  '/key-rejected': json(502, {
    status: 502,
    code: 'UPSTREAM_AUTH',
    message: "Spott rejected the dashboard's Spott API key.",
  }),
  '/html-error': text(502, '<html><body>Bad gateway</body></html>'),
  '/error-without-code': json(500, { message: 'Internal error' }),
  '/not-json': text(200, 'hello', 'text/plain'),
  '/truncated': text(200, '{"id": "opp_1", "name": {', 'application/json'),
  '/wrong-shape': json(200, brokenOrder()),
}

let server: RunningServer
const received: { url: string; headers: IncomingHttpHeaders }[] = []

beforeAll(async () => {
  server = await listen((req, res) => {
    received.push({ url: req.url ?? '', headers: req.headers })
    const answer =
      ANSWERS[req.url ?? ''] ??
      json(404, { status: 404, code: 'NOT_FOUND', message: 'No such test route' })
    answer(res)
  })
  setPageUrl(`${server.origin}/opportunities/opp_1`)
})

afterAll(() => server.close())

beforeEach(() => {
  received.length = 0
})

const get = (path: string) => getJson(`${server.origin}${path}`, opportunitySchema)

/** The ApiError a request fails with (the test fails if it succeeds or fails otherwise). */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => expect.unreachable('the request should have failed'),
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

test('a 200 JSON body is parsed with the schema, asking for JSON', async () => {
  const opportunity = await get('/ok')

  expect(opportunity.name).toEqual({ viewType: 'opportunityName', value: '<string>' })
  expect(received).toHaveLength(1)
  expect(received[0]?.headers.accept).toBe('application/json')
})

test('asks for what Spott says now (no-cache) only when told to', async () => {
  await get('/ok')
  await getJson(`${server.origin}/ok`, opportunitySchema, { fresh: true })

  expect(received.map((request) => request.headers['cache-control'])).toEqual([
    undefined,
    'no-cache',
  ])
})

test("a non-2xx answer with the proxy's error body keeps its status, code and message", async () => {
  const error = await failure(get('/not-found'))

  expect(error).toMatchObject({
    name: 'ApiError',
    status: 404,
    code: 'NOT_FOUND',
    message: 'Spott has no opportunity with that id.',
    retryAfterSeconds: undefined,
  })
  expect(isApiError(error)).toBe(true)
})

test('UPSTREAM_AUTH keeps its 502 and code', async () => {
  expect(await failure(get('/key-rejected'))).toMatchObject({ status: 502, code: 'UPSTREAM_AUTH' })
})

test('a 429 carries the seconds from Retry-After', async () => {
  const error = await failure(get('/rate-limited'))
  expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 7 })
})

test('a Retry-After given as an HTTP date becomes the seconds until then', async () => {
  const error = await failure(get('/rate-limited-date'))
  expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
  expect(Number.isInteger(error.retryAfterSeconds)).toBe(true)
  expect(error.retryAfterSeconds).toBeGreaterThan(0)
})

test('a Retry-After that is neither seconds nor a date is left out, not NaN', async () => {
  const error = await failure(get('/rate-limited-garbage'))
  expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: undefined })
})

test.each(['/html-error', '/error-without-code'])(
  'an error body without a code (%s) becomes HTTP_ERROR with the status',
  async (path) => {
    const error = await failure(get(path))
    expect(error.code).toBe('HTTP_ERROR')
    expect(error.status).toBe(path === '/html-error' ? 502 : 500)
    expect(error.message).toBe(`The server answered ${error.status}.`)
  },
)

test.each(['/not-json', '/truncated'])(
  'a 200 that is not JSON (%s) is INVALID_RESPONSE',
  async (path) => {
    const error = await failure(get(path))
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' })
    expect(error.message).toMatch(/not JSON/)
  },
)

test('a 200 that does not match the schema is INVALID_RESPONSE naming the field path', async () => {
  const error = await failure(get('/wrong-shape'))

  expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' })
  expect(error.message).toContain('“stage.stage.order”')
  expect(error.message).not.toMatch(/\b(null|undefined|NaN)\b|\[object/)
})

test('a schema problem at the top level says "response"', async () => {
  const error = await failure(getJson(`${server.origin}/ok`, z.array(z.unknown())))
  expect(error.message).toBe(
    'Spott sent data the dashboard cannot read: the response should be a list but is an object.',
  )
})

test('a server that cannot be reached is status 0, NETWORK_ERROR', async () => {
  const origin = await closedOrigin()

  const error = await failure(getJson(`${origin}/api/opportunities/opp_1`, opportunitySchema))

  expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' })
  expect(error.message).toMatch(/could not be reached/)
})

test('an aborted request rejects with the abort, not an ApiError', async () => {
  const controller = new AbortController()
  controller.abort()

  const reason = await getJson(`${server.origin}/ok`, opportunitySchema, {
    signal: controller.signal,
  }).catch((error: unknown) => error)

  expect(isApiError(reason)).toBe(false)
  expect(reason).toBeInstanceOf(Error)
})

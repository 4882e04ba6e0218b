import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createSpottProxy,
  type ProxyErrorBody,
  type ProxyErrorCode,
  type SpottProxyOptions,
} from './spott-proxy.ts'
import { closeServer, listenOnLoopback } from './test-support/loopback.ts'

/**
 * The proxy over real sockets: a fake Spott records what reaches it, a second server mounts
 * the proxy exactly as Vite and `npm start` do, and requests come from fetch or raw
 * `node:http` (which, unlike fetch, sends `..` and `%2F` untouched).
 */

const KEY = 'sk_live_PROXY-TEST-KEY_7d3f9a1c5e'
const DETAIL_PATH = '/api/opportunities/abc_1-2'
/** Odd spacing and non-ASCII text: the proxy must hand the body through byte for byte. */
const DETAIL_TEXT =
  '{"id":"abc_1-2",  "name": {"viewType":"opportunityName","name":"Ünïcødé — 商談 😀"}}\n'

type Answer = (req: IncomingMessage, res: ServerResponse) => void
type Received = { method: string; url: string; headers: IncomingHttpHeaders }
type Reply = { status: number; headers: Record<string, string>; text: string }
type FakeUpstream = { url: string; received: Received[]; answer: Answer }
type RunningProxy = {
  origin: string
  logs: string[]
  /** Requests the proxy's server has received so far. */
  received: () => number
  get: (path: string, init?: RequestInit) => Promise<Reply>
  raw: (
    path: string,
    options?: { method?: string; headers?: OutgoingHttpHeaders },
  ) => Promise<Reply>
}

const cleanups: (() => Promise<void>)[] = []
const proxies: RunningProxy[] = []
let upstream: FakeUpstream
let proxy: RunningProxy

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler)
  const url = await listenOnLoopback(server)
  cleanups.push(() => closeServer(server))
  return url
}

/** Stands in for Spott: records every request, answers with whatever `answer` is now. */
async function startUpstream(): Promise<FakeUpstream> {
  const fake: FakeUpstream = { url: '', received: [], answer: ok }
  fake.url = await serve((req, res) => {
    fake.received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    fake.answer(req, res)
  })
  return fake
}

async function startProxy(options: Partial<SpottProxyOptions> = {}): Promise<RunningProxy> {
  const logs: string[] = []
  const middleware = createSpottProxy({
    baseUrl: upstream.url,
    apiKey: KEY,
    timeoutMs: 30_000,
    log: (line) => logs.push(line),
    ...options,
  })
  let received = 0
  const origin = await serve((req, res) => {
    received += 1
    middleware(req, res, () => {
      res.statusCode = 418
      res.end('next')
    })
  })
  const running: RunningProxy = {
    origin,
    logs,
    received: () => received,
    get: (path, init) => checked(viaFetch(`${origin}${path}`, init)),
    raw: (path, rawOptions) => checked(viaHttp(origin, path, rawOptions)),
  }
  proxies.push(running)
  return running
}

/** Every reply of every test is checked: the key never appears in a header or body. */
async function checked(pending: Promise<Reply>): Promise<Reply> {
  const reply = await pending
  expect(JSON.stringify(reply)).not.toContain(KEY)
  return reply
}

async function viaFetch(url: string, init?: RequestInit): Promise<Reply> {
  const response = await fetch(url, init)
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  return { status: response.status, headers, text: await response.text() }
}

function viaHttp(
  origin: string,
  path: string,
  options: { method?: string; headers?: OutgoingHttpHeaders } = {},
): Promise<Reply> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          const headers: Record<string, string> = {}
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) headers[name] = [value].flat().join(', ')
          }
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers, text })
        })
      },
    )
    req.on('error', reject)
    req.end()
  })
}

function expectError(reply: Reply, status: number, code: ProxyErrorCode): ProxyErrorBody {
  expect(reply.status).toBe(status)
  expect(reply.headers['content-type']).toMatch(/^application\/json/)
  const body = JSON.parse(reply.text) as ProxyErrorBody
  expect(body).toStrictEqual({ status, code, message: expect.any(String) })
  expect(body.message.trim()).not.toBe('')
  return body
}

// Upstream behaviours.
function send(status: number, body: string, headers: OutgoingHttpHeaders = {}): Answer {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(body)
  }
}
const json = (status: number, body: unknown, headers?: OutgoingHttpHeaders) =>
  send(status, JSON.stringify(body), headers)
const spottError = (status: number, message: string, headers?: OutgoingHttpHeaders) =>
  json(status, { status, message, requestId: 'req_123' }, headers)
const ok: Answer = send(200, DETAIL_TEXT)
const hang: Answer = () => undefined
const jsonOfSize = (bytes: number) => {
  const shell = '{"id":"abc_1-2","pad":""}'
  return `{"id":"abc_1-2","pad":"${'x'.repeat(bytes - shell.length)}"}`
}
/** Promises the body, sends part of it, then drops the connection. */
const truncated: Answer = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' })
  res.write('{"id":"abc_1-2","name":', () => res.destroy())
}
/** Sent in two chunks without a content-length, so nothing warns the proxy of the size. */
const chunked =
  (body: string): Answer =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write(body.slice(0, 100))
    res.end(body.slice(100))
  }
const headersThenStall: Answer = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.write('{"id":')
}

async function closedPortUrl(): Promise<string> {
  const server = createServer()
  const url = await listenOnLoopback(server)
  await closeServer(server)
  return url
}

beforeEach(async () => {
  upstream = await startUpstream()
  proxy = await startProxy()
})

afterEach(async () => {
  const logged = proxies.flatMap((running) => running.logs).join('\n')
  proxies.length = 0
  await Promise.all(cleanups.splice(0).map((close) => close()))
  expect(logged).not.toContain(KEY)
})

describe('forwarding', () => {
  it('passes a detail request through: upstream path, body, status and headers', async () => {
    const reply = await proxy.get(DETAIL_PATH)

    expect(reply.status).toBe(200)
    expect(reply.text).toBe(DETAIL_TEXT)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers).not.toHaveProperty('x-spott-demo')
    expect(upstream.received).toEqual([
      { method: 'GET', url: '/opportunities/abc_1-2', headers: expect.any(Object) },
    ])
  })

  it('injects the configured key and asks for JSON', async () => {
    await proxy.get(DETAIL_PATH)

    const [received] = upstream.received
    expect(received?.headers['x-api-key']).toBe(KEY)
    expect(received?.headers.accept).toBe('application/json')
  })

  it("never forwards the client's credentials, addresses or its own x-api-key", async () => {
    const clientHeaders = {
      cookie: 'session=client-cookie-value',
      authorization: 'Bearer client-bearer-token',
      'x-forwarded-for': '203.0.113.77',
      forwarded: 'for=203.0.113.77',
      'x-api-key': 'attacker-chosen-key',
      host: 'evil.example',
    }
    expect((await proxy.raw(DETAIL_PATH, { headers: clientHeaders })).status).toBe(200)

    const [received] = upstream.received
    expect(received?.headers['x-api-key']).toBe(KEY)
    for (const name of ['cookie', 'authorization', 'x-forwarded-for', 'forwarded']) {
      expect(received?.headers).not.toHaveProperty(name)
    }
    expect(received?.headers.host).toBe(new URL(upstream.url).host)
    const upstreamHeaders = JSON.stringify(received?.headers)
    for (const value of Object.values(clientHeaders)) {
      expect(upstreamHeaders).not.toContain(value)
    }
  })

  it('keeps a path prefix of the base URL', async () => {
    const prefixed = await startProxy({ baseUrl: `${upstream.url}/v1/` })
    expect((await prefixed.get(DETAIL_PATH)).status).toBe(200)
    expect(upstream.received.map((r) => r.url)).toEqual(['/v1/opportunities/abc_1-2'])
  })

  it('accepts an id of exactly 128 characters', async () => {
    const id = `${'a'.repeat(64)}${'Z9_-'.repeat(16)}`
    expect((await proxy.get(`/api/opportunities/${id}`)).status).toBe(200)
    expect(upstream.received.map((r) => r.url)).toEqual([`/opportunities/${id}`])
  })

  it.each([
    ['a 200', DETAIL_PATH, ok],
    ['an upstream error', DETAIL_PATH, spottError(404, 'Not found')],
    ['a request refused locally', '/api/opportunities/a%2Fb', ok],
  ])('marks %s as demo data only when asked to', async (_label, path, answer) => {
    upstream.answer = answer
    const demo = await startProxy({ demo: true })
    expect((await demo.get(path)).headers['x-spott-demo']).toBe('1')
    expect((await proxy.get(path)).headers).not.toHaveProperty('x-spott-demo')
  })
})

describe('list query', () => {
  const forwardedQuery = () => {
    const url = new URL(upstream.received[0]?.url ?? '', 'http://upstream')
    expect(url.pathname).toBe('/opportunities')
    return [...url.searchParams]
  }

  it('forwards limit and cursor and drops every other parameter', async () => {
    const listBody = '{"items":[],"pageInfo":{"nextCursor":null,"hasNextPage":false}}'
    upstream.answer = send(200, listBody)
    const reply = await proxy.get(
      '/api/opportunities?modifiedSince=2024-01-01&limit=10&search=acme&cursor=eyJvZmZzZXQiOjI1fQ%3D%3D&stage=won',
    )

    expect(reply.status).toBe(200)
    expect(reply.text).toBe(listBody)
    expect(forwardedQuery()).toEqual([
      ['limit', '10'],
      ['cursor', 'eyJvZmZzZXQiOjI1fQ=='],
    ])
  })

  it('sends no query string when none of the allowed parameters is given', async () => {
    await proxy.get('/api/opportunities?search=acme&sort=name')
    expect(upstream.received.map((r) => r.url)).toEqual(['/opportunities'])
  })

  it('keeps "+", "/" and "=" of a base64 cursor intact', async () => {
    await proxy.get('/api/opportunities?cursor=ab%2Bc%2Fd%3D')
    expect(forwardedQuery()).toEqual([['cursor', 'ab+c/d=']])
  })

  it.each([
    'limit=0',
    'limit=51',
    'limit=abc',
    'limit=1.5',
    'limit=-1',
    'limit=',
    'limit=5&limit=6',
    'cursor=',
    'cursor=not%20a%20cursor',
    'cursor=%7B%22offset%22%3A1%7D',
    `cursor=${'a'.repeat(1025)}`,
    'cursor=a&cursor=b',
  ])('rejects ?%s with 400 and never forwards it', async (query) => {
    expectError(await proxy.get(`/api/opportunities?${query}`), 400, 'BAD_REQUEST')
    expect(upstream.received).toHaveLength(0)
  })
})

describe('paths that are never forwarded', () => {
  it.each([
    ['%2F', '/api/opportunities/%2F'],
    ['an encoded slash', '/api/opportunities/a%2Fb'],
    ['..', '/api/opportunities/..'],
    ['%2e%2e', '/api/opportunities/%2e%2e'],
    ['encoded traversal', '/api/opportunities/..%2F..%2Fadmin'],
    ['a space', '/api/opportunities/a%20b'],
    ['129 characters', `/api/opportunities/${'a'.repeat(129)}`],
    ['unicode', '/api/opportunities/%C3%A9t%C3%A9'],
    ['CJK', '/api/opportunities/%E6%A1%88%E4%BB%B6'],
    ['%00', '/api/opportunities/abc%00'],
    ['an empty id', '/api/opportunities/'],
  ])('an id with %s → 400', async (_label, path) => {
    expectError(await proxy.raw(path), 400, 'BAD_REQUEST')
    expect(upstream.received).toHaveLength(0)
  })

  it.each([
    '/api',
    '/api/',
    '/api?limit=5',
    '/api/other',
    '/api/opportunitiesX',
    '/api/%6Fpportunities',
    '/api//opportunities',
    '/api/opportunities/a/b',
    '/api/opportunities/abc/',
    '/api/opportunities/a/../b',
    '/api/../api/opportunities/abc',
  ])('%s → 404 NOT_FOUND', async (path) => {
    expectError(await proxy.raw(path), 404, 'NOT_FOUND')
    expect(upstream.received).toHaveLength(0)
  })

  it.each(['/', '/opportunities/abc', '/apiary', '/assets/index.js', '/API/opportunities'])(
    '%s is not the proxy’s: next() handles it',
    async (path) => {
      const reply = await proxy.raw(path)
      expect(reply.status).toBe(418)
      expect(reply.text).toBe('next')
      expect(upstream.received).toHaveLength(0)
    },
  )
})

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    '%s → 405 with an allow header, not forwarded',
    async (method) => {
      for (const path of [DETAIL_PATH, '/api/opportunities']) {
        const reply = await proxy.get(path, { method })
        const body = expectError(reply, 405, 'METHOD_NOT_ALLOWED')
        expect(body.message).toMatch(/GET/)
        expect(reply.headers.allow).toBe('GET, HEAD')
      }
      expect(upstream.received).toHaveLength(0)
    },
  )

  it.each([
    ['a detail', DETAIL_PATH],
    ['a list', '/api/opportunities?limit=5'],
    ['a malformed id', '/api/opportunities/a%2Fb'],
    ['an unknown endpoint', '/api/other'],
  ])('HEAD of %s answers like GET without a body', async (_label, path) => {
    // Date and connection handling are the transport's (fetch sends HEAD with "close").
    const endToEnd = ({
      date: _date,
      connection: _connection,
      'keep-alive': _keepAlive,
      ...headers
    }: Record<string, string>) => headers
    // Without the cache, so both are answered by Spott the same way.
    const uncached = await startProxy({ cacheTtlMs: 0, staleIfErrorMs: 0 })
    const get = await uncached.get(path)
    const head = await uncached.get(path, { method: 'HEAD' })

    expect(head.status).toBe(get.status)
    expect(endToEnd(head.headers)).toEqual(endToEnd(get.headers))
    expect(get.text).not.toBe('')
    expect(head.text).toBe('')
    expect(upstream.received.every((r) => r.method === 'GET')).toBe(true)
  })
})

describe('upstream errors', () => {
  it('keeps a prose message of an upstream 400', async () => {
    upstream.answer = spottError(400, 'The limit parameter must be at most 50')
    const body = expectError(await proxy.get(DETAIL_PATH), 400, 'BAD_REQUEST')
    expect(body.message).toBe('The limit parameter must be at most 50')
  })

  it.each([
    ['a machine code', spottError(400, 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED'), 'ONLY_ONE_PRIMARY'],
    ['markup', spottError(400, '<script>alert("hi")</script> bad input'), 'script'],
    ['a non-JSON body', send(400, 'Bad Request: nope', { 'content-type': 'text/plain' }), 'nope'],
  ])('replaces %s in an upstream 400 with a generic message', async (_label, answer, hidden) => {
    upstream.answer = answer
    const body = expectError(await proxy.get(DETAIL_PATH), 400, 'BAD_REQUEST')
    expect(body.message).not.toContain(hidden)
  })

  it('redacts the key when an upstream 400 message echoes it', async () => {
    upstream.answer = spottError(400, `The key ${KEY} may not read this opportunity`)
    const body = expectError(await proxy.get(DETAIL_PATH), 400, 'BAD_REQUEST')
    expect(body.message).toMatch(/^The key .+ may not read this opportunity$/)
  })

  it.each([
    ['seconds', () => '30', /^30$/],
    ['a date 90 s ahead', () => new Date(Date.now() + 90_000).toUTCString(), /^(89|90)$/],
    ['a past date', () => 'Wed, 21 Oct 2015 07:28:00 GMT', /^0$/],
    // Date.parse skips "(comments)": passed through, this one would carry the key.
    [
      'a date with a comment',
      () => `${new Date(Date.now() + 60_000).toUTCString()} (${KEY})`,
      /^(59|60)$/,
    ],
  ])('429 passes on Retry-After given as %s, as whole seconds', async (_label, value, seconds) => {
    upstream.answer = spottError(429, 'Slow down', { 'retry-after': value() })
    const reply = await proxy.get(DETAIL_PATH)
    expectError(reply, 429, 'RATE_LIMITED')
    expect(reply.headers['retry-after']).toMatch(seconds)
  })

  it('429 without Retry-After has no Retry-After either', async () => {
    upstream.answer = spottError(429, 'Too many requests')
    const reply = await proxy.get(DETAIL_PATH)
    expectError(reply, 429, 'RATE_LIMITED')
    expect(reply.headers).not.toHaveProperty('retry-after')
  })

  it.each([401, 403])('%i means the key was rejected: 502 UPSTREAM_AUTH', async (status) => {
    upstream.answer = spottError(status, `Invalid API key ${KEY}`)
    const body = expectError(await proxy.get(DETAIL_PATH), 502, 'UPSTREAM_AUTH')
    expect(body.message).toContain('API key')
  })

  it('does not follow a redirect, so the key never travels to its target', async () => {
    upstream.answer = json(302, {}, { location: `${upstream.url}/stolen?key=${KEY}` })
    expectError(await proxy.get(DETAIL_PATH), 502, 'UPSTREAM_UNAVAILABLE')
    expect(upstream.received.map((r) => r.url)).toEqual(['/opportunities/abc_1-2'])
  })

  it.each([
    ['a declared', (bytes: number) => send(200, jsonOfSize(bytes))],
    ['a streamed', (bytes: number) => chunked(jsonOfSize(bytes))],
  ])('refuses %s body over maxBodyBytes and accepts one at the cap', async (_label, answerOf) => {
    const capped = await startProxy({ maxBodyBytes: 1024 })
    upstream.answer = answerOf(1025)
    expectError(await capped.get(DETAIL_PATH), 502, 'UPSTREAM_UNAVAILABLE')
    upstream.answer = answerOf(1024)
    const atCap = await capped.get(DETAIL_PATH)
    expect(atCap.status).toBe(200)
    expect(atCap.text).toBe(jsonOfSize(1024))
  })

  it('answers 502 UPSTREAM_UNAVAILABLE, again and again, when Spott cannot be reached', async () => {
    const unreachable = await startProxy({ baseUrl: await closedPortUrl() })
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expectError(await unreachable.get(DETAIL_PATH), 502, 'UPSTREAM_UNAVAILABLE')
    }
    expect(unreachable.logs).toHaveLength(2)
  })

  it('redacts the key from the causes it logs', async () => {
    const failing = await startProxy({
      fetch: () =>
        Promise.reject(
          new TypeError(`upstream said ${KEY}`, { cause: new Error(`socket for ${KEY}`) }),
        ),
    })
    expectError(await failing.get(DETAIL_PATH), 502, 'UPSTREAM_UNAVAILABLE')
    expect(failing.logs).toHaveLength(1)
    expect(failing.logs[0]).toContain('upstream said')
    expect(failing.logs[0]).toContain('socket for')
  })

  it('gives up on the upstream call when the client goes away', async () => {
    let arrived!: () => void
    let upstreamClosed!: () => void
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve))
    const connectionClosed = new Promise<void>((resolve) => (upstreamClosed = resolve))
    upstream.answer = (_req, res) => {
      res.on('close', upstreamClosed)
      arrived()
    }
    const client = new AbortController()
    const pending = proxy.get(DETAIL_PATH, { signal: client.signal })
    await requestArrived
    client.abort()

    await expect(pending).rejects.toThrow()
    await connectionClosed
    upstream.answer = ok
    expect((await proxy.get(DETAIL_PATH)).status).toBe(200)
  })

  describe('every fault gets its error and the proxy keeps serving', () => {
    const faults: {
      name: string
      answer: () => Answer
      options?: Partial<SpottProxyOptions>
      status: number
      code: ProxyErrorCode
    }[] = [
      {
        name: 'upstream 400',
        answer: () => spottError(400, 'bad'),
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'upstream 404',
        answer: () => spottError(404, 'Not found'),
        status: 404,
        code: 'NOT_FOUND',
      },
      {
        // Retry-After 0: the proxy holds back for as long as Spott asks, here not at all.
        name: 'upstream 429',
        answer: () => spottError(429, 'Slow', { 'retry-after': '0' }),
        status: 429,
        code: 'RATE_LIMITED',
      },
      {
        name: 'upstream 401',
        answer: () => spottError(401, 'No'),
        status: 502,
        code: 'UPSTREAM_AUTH',
      },
      {
        name: 'upstream 403',
        answer: () => spottError(403, 'No'),
        status: 502,
        code: 'UPSTREAM_AUTH',
      },
      {
        name: 'upstream 500 echoing the key',
        answer: () => spottError(500, `Internal error for key ${KEY}`),
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'upstream 502',
        answer: () => send(502, '<html>Bad gateway</html>', { 'content-type': 'text/html' }),
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'upstream 503 with the key in a header',
        answer: () => spottError(503, 'Maintenance', { 'x-echo': KEY }),
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'a redirect',
        answer: () => json(302, {}, { location: `${upstream.url}/elsewhere` }),
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'a 200 with malformed JSON',
        answer: () => send(200, '{"id": "abc_1-2", '),
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'a 200 with an empty body',
        answer: () => send(200, ''),
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'a body cut off mid-way',
        answer: () => truncated,
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'a 200 in text/html',
        answer: () => send(200, DETAIL_TEXT, { 'content-type': 'text/html; charset=utf-8' }),
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'an oversized declared body',
        answer: () => send(200, jsonOfSize(4096)),
        options: { maxBodyBytes: 1024 },
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'an oversized streamed body',
        answer: () => chunked(jsonOfSize(4096)),
        options: { maxBodyBytes: 1024 },
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
      },
      {
        name: 'no answer at all',
        answer: () => hang,
        options: { timeoutMs: 200 },
        status: 504,
        code: 'UPSTREAM_TIMEOUT',
      },
      {
        name: 'headers but a stalled body',
        answer: () => headersThenStall,
        options: { timeoutMs: 200 },
        status: 504,
        code: 'UPSTREAM_TIMEOUT',
      },
    ]

    it.each(faults)('$name → $status $code', async ({ answer, options, status, code }) => {
      const faulty = options ? await startProxy(options) : proxy
      upstream.answer = answer()
      expectError(await faulty.get(DETAIL_PATH), status, code)
      expect(faulty.logs).toHaveLength(1)

      upstream.answer = ok
      const next = await faulty.get(DETAIL_PATH)
      expect(next.status).toBe(200)
      expect(next.text).toBe(DETAIL_TEXT)
    })
  })
})

/** Holds every upstream answer until `release()`, counting how many are held at once. */
function holdAnswers(then: Answer = ok) {
  const held: (() => void)[] = []
  let arrived: () => void = () => undefined
  const state = {
    inFlight: 0,
    maxInFlight: 0,
    answer: ((req, res) => {
      state.inFlight += 1
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
      held.push(() => {
        state.inFlight -= 1
        then(req, res)
      })
      arrived()
    }) as Answer,
    /** Resolves once `count` answers are being held. */
    waitFor: async (count: number) => {
      while (held.length < count) await new Promise<void>((resolve) => (arrived = resolve))
    },
    release: () => held.splice(0).forEach((answer) => answer()),
  }
  return state
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const detailPath = (id: string) => `/api/opportunities/${id}`

describe('under load', () => {
  it('100 identical requests in flight share one upstream call', async () => {
    const hold = holdAnswers()
    upstream.answer = hold.answer
    const replies = Array.from({ length: 100 }, () => proxy.get(DETAIL_PATH))
    await hold.waitFor(1)
    while (proxy.received() < 100) await sleep(10)
    hold.release()

    const answered = await Promise.all(replies)
    expect(upstream.received).toHaveLength(1)
    expect(answered.map((reply) => reply.status)).toEqual(Array(100).fill(200))
    expect(new Set(answered.map((reply) => reply.text))).toEqual(new Set([DETAIL_TEXT]))
    expect(answered.every((reply) => reply.headers['x-spott-cache'] === 'miss')).toBe(true)
  })

  it('serves a detail from memory for the TTL, then asks Spott again', async () => {
    const short = await startProxy({ cacheTtlMs: 300 })
    const first = await short.get(DETAIL_PATH)
    const second = await short.get(DETAIL_PATH)
    expect(first.headers['x-spott-cache']).toBe('miss')
    expect(second.headers['x-spott-cache']).toBe('hit')
    expect(second.headers.age).toBe('0')
    expect(second.text).toBe(DETAIL_TEXT)
    expect(upstream.received).toHaveLength(1)

    await sleep(350)
    expect((await short.get(DETAIL_PATH)).headers['x-spott-cache']).toBe('miss')
    expect(upstream.received).toHaveLength(2)
  })

  it('keeps each id and each list page apart, and HEAD shares what GET fetched', async () => {
    await proxy.get(detailPath('a'))
    await proxy.get(detailPath('b'))
    await proxy.get('/api/opportunities?limit=5')
    await proxy.get('/api/opportunities?limit=5&cursor=abc')
    const head = await proxy.get(detailPath('a'), { method: 'HEAD' })
    expect(head.headers['x-spott-cache']).toBe('hit')
    expect(upstream.received.map((r) => r.url)).toEqual([
      '/opportunities/a',
      '/opportunities/b',
      '/opportunities?limit=5',
      '/opportunities?limit=5&cursor=abc',
    ])
  })

  it('keeps no error: each request after a failure asks Spott again', async () => {
    upstream.answer = spottError(404, 'Not found')
    expectError(await proxy.get(DETAIL_PATH), 404, 'NOT_FOUND')
    upstream.answer = spottError(500, 'Boom')
    expectError(await proxy.get(DETAIL_PATH), 502, 'UPSTREAM_UNAVAILABLE')
    upstream.answer = ok
    expect((await proxy.get(DETAIL_PATH)).status).toBe(200)
    expect(upstream.received).toHaveLength(3)
  })

  it('with the cache off, every request asks Spott', async () => {
    const uncached = await startProxy({ cacheTtlMs: 0, staleIfErrorMs: 0 })
    await uncached.get(DETAIL_PATH)
    await uncached.get(DETAIL_PATH)
    expect(upstream.received).toHaveLength(2)
  })

  describe('a recent copy stands in when Spott fails', () => {
    it.each([
      ['a 500', () => spottError(500, 'Boom'), {}],
      ['a reset connection', () => resetConnection, {}],
      ['malformed JSON', () => send(200, '{"id":'), {}],
      ['no answer in time', () => hang, { timeoutMs: 200 }],
      ['a 429', () => spottError(429, 'Slow', { 'retry-after': '0' }), {}],
    ])('%s', async (_label, answer, options) => {
      const stale = await startProxy({ cacheTtlMs: 50, staleIfErrorMs: 60_000, ...options })
      await stale.get(DETAIL_PATH)
      await sleep(1100)
      upstream.answer = answer()

      const reply = await stale.get(DETAIL_PATH)
      expect(reply.status).toBe(200)
      expect(reply.text).toBe(DETAIL_TEXT)
      expect(reply.headers['x-spott-cache']).toBe('stale')
      expect(Number(reply.headers.age)).toBeGreaterThanOrEqual(1)
      expect(upstream.received).toHaveLength(2)
      expect(stale.logs).toHaveLength(1)
      expect(stale.logs[0]).toMatch(/; the copy from 1 s ago stands in$/)
    })

    it('but not to a request that asks for what Spott says now (no-cache)', async () => {
      const stale = await startProxy({ cacheTtlMs: 60_000, staleIfErrorMs: 60_000 })
      await stale.get(DETAIL_PATH)
      const fresh = { headers: { 'cache-control': 'no-cache' } }
      expect((await stale.get(DETAIL_PATH, fresh)).headers['x-spott-cache']).toBe('miss')
      upstream.answer = spottError(500, 'Boom')
      expectError(await stale.get(DETAIL_PATH, fresh), 502, 'UPSTREAM_UNAVAILABLE')
      expect(upstream.received).toHaveLength(3)
      // Everyone else still gets the kept copy.
      expect((await stale.get(DETAIL_PATH)).headers['x-spott-cache']).toBe('hit')
    })

    it('but not once the copy is older than the stale window', async () => {
      const stale = await startProxy({ cacheTtlMs: 50, staleIfErrorMs: 150 })
      await stale.get(DETAIL_PATH)
      await sleep(200)
      upstream.answer = spottError(500, 'Boom')
      expectError(await stale.get(DETAIL_PATH), 502, 'UPSTREAM_UNAVAILABLE')
    })

    it.each([
      ['deleted (404)', () => spottError(404, 'Not found'), 404, 'NOT_FOUND'],
      ['refused (401)', () => spottError(401, 'No'), 502, 'UPSTREAM_AUTH'],
    ] as const)('and never for a record Spott says is %s', async (_label, answer, status, code) => {
      const stale = await startProxy({ cacheTtlMs: 50, staleIfErrorMs: 60_000 })
      await stale.get(DETAIL_PATH)
      await sleep(80)
      upstream.answer = answer()
      expectError(await stale.get(DETAIL_PATH), status, code)
    })
  })

  it('caps the calls in flight and queues the rest in order', async () => {
    const capped = await startProxy({ maxConcurrent: 2 })
    const hold = holdAnswers()
    upstream.answer = hold.answer
    const replies = ['a', 'b', 'c', 'd', 'e'].map((id) => capped.get(detailPath(id)))
    await hold.waitFor(2)
    await sleep(50)
    expect(upstream.received.map((r) => r.url)).toEqual(['/opportunities/a', '/opportunities/b'])

    upstream.answer = ok
    hold.release()
    expect((await Promise.all(replies)).map((reply) => reply.status)).toEqual(Array(5).fill(200))
    expect(hold.maxInFlight).toBe(2)
    expect(upstream.received).toHaveLength(5)
  })

  it('refuses with 429 at once when the queue is full, without asking Spott', async () => {
    const capped = await startProxy({ maxConcurrent: 1, maxQueued: 1 })
    const hold = holdAnswers()
    upstream.answer = hold.answer
    const first = capped.get(detailPath('a'))
    const queued = capped.get(detailPath('b'))
    await hold.waitFor(1)
    while (capped.received() < 2) await sleep(10)
    await sleep(30)

    const refused = await capped.get(detailPath('c'))
    expectError(refused, 429, 'RATE_LIMITED')
    expect(refused.headers['retry-after']).toBe('1')
    upstream.answer = ok
    hold.release()
    expect((await first).status).toBe(200)
    expect((await queued).status).toBe(200)
    expect(upstream.received.map((r) => r.url)).not.toContain('/opportunities/c')
  })

  it('a queued call counts against the timeout', async () => {
    const capped = await startProxy({ maxConcurrent: 1, timeoutMs: 300 })
    upstream.answer = hang
    const replies = await Promise.all([capped.get(detailPath('a')), capped.get(detailPath('b'))])
    for (const reply of replies) expectError(reply, 504, 'UPSTREAM_TIMEOUT')
    expect(upstream.received).toHaveLength(1)
  })

  describe('a 429 is never amplified', () => {
    it('after Spott says 429, nobody reaches Spott until Retry-After has passed', async () => {
      upstream.answer = spottError(429, 'Slow', { 'retry-after': '1' })
      expectError(await proxy.get(detailPath('a')), 429, 'RATE_LIMITED')
      upstream.answer = ok

      const during = await Promise.all(['b', 'c', 'd', 'a'].map((id) => proxy.get(detailPath(id))))
      for (const reply of during) {
        expectError(reply, 429, 'RATE_LIMITED')
        expect(reply.headers['retry-after']).toBe('1')
      }
      expect(upstream.received).toHaveLength(1)

      await sleep(1050)
      expect((await proxy.get(detailPath('b'))).status).toBe(200)
      expect(upstream.received).toHaveLength(2)
    })

    it('a 429 without Retry-After still holds everyone back for a second', async () => {
      upstream.answer = spottError(429, 'Slow')
      expectError(await proxy.get(detailPath('a')), 429, 'RATE_LIMITED')
      upstream.answer = ok
      expectError(await proxy.get(detailPath('b')), 429, 'RATE_LIMITED')
      expect(upstream.received).toHaveLength(1)
      await sleep(1050)
      expect((await proxy.get(detailPath('b'))).status).toBe(200)
    })

    it('the proxy paces itself under the per-minute budget before Spott has to', async () => {
      // 10 a minute: a burst of 1, then the other 9 spread over 60 s plus the 10 s a call
      // may wait for its slot, one every 7.8 s.
      const paced = await startProxy({ requestsPerMinute: 10, timeoutMs: 10_000 })
      expect((await paced.get(detailPath('a'))).status).toBe(200)
      const refused = await paced.get(detailPath('b'))
      expectError(refused, 429, 'RATE_LIMITED')
      expect(refused.headers['retry-after']).toBe('8')
      // Cached answers cost nothing from the budget.
      expect((await paced.get(detailPath('a'))).headers['x-spott-cache']).toBe('hit')
      expect(upstream.received).toHaveLength(1)
    })
  })

  describe('clients leaving', () => {
    it('one client leaving does not cancel the call others wait for', async () => {
      const hold = holdAnswers()
      upstream.answer = hold.answer
      const leaving = new AbortController()
      const gone = proxy.get(DETAIL_PATH, { signal: leaving.signal })
      const staying = proxy.get(DETAIL_PATH)
      await hold.waitFor(1)
      await sleep(30)
      leaving.abort()
      await expect(gone).rejects.toThrow()
      await sleep(30)
      hold.release()
      expect((await staying).text).toBe(DETAIL_TEXT)
      expect(upstream.received).toHaveLength(1)
    })

    it('when the last one leaves, the call is dropped and the next request starts afresh', async () => {
      let upstreamClosed!: () => void
      const closed = new Promise<void>((resolve) => (upstreamClosed = resolve))
      upstream.answer = (_req, res) => res.on('close', upstreamClosed)
      const clients = [new AbortController(), new AbortController()]
      const pending = clients.map((client) => proxy.get(DETAIL_PATH, { signal: client.signal }))
      await sleep(50)
      clients.forEach((client) => client.abort())
      await Promise.allSettled(pending)
      await closed

      upstream.answer = ok
      expect((await proxy.get(DETAIL_PATH)).text).toBe(DETAIL_TEXT)
      expect(upstream.received).toHaveLength(2)
    })
  })
})

/** Accepts the request, then drops the connection without a byte of answer. */
const resetConnection: Answer = (req) => req.socket.destroy()

describe('more faults, and the proxy keeps serving', () => {
  it('a slow Spott within the timeout is waited for', async () => {
    const patient = await startProxy({ timeoutMs: 2_000 })
    upstream.answer = (req, res) => setTimeout(() => ok(req, res), 400)
    const reply = await patient.get(DETAIL_PATH)
    expect(reply.status).toBe(200)
    expect(reply.text).toBe(DETAIL_TEXT)
  })

  it('a burst of 500s: each is a 502, each is logged, and the next success gets through', async () => {
    upstream.answer = spottError(500, 'Boom')
    for (const id of ['a', 'b', 'c', 'd', 'e', 'a']) {
      expectError(await proxy.get(detailPath(id)), 502, 'UPSTREAM_UNAVAILABLE')
    }
    expect(proxy.logs).toHaveLength(6)
    upstream.answer = ok
    expect((await proxy.get(detailPath('a'))).status).toBe(200)
  })

  it('a reset connection is a 502', async () => {
    upstream.answer = resetConnection
    expectError(await proxy.get(DETAIL_PATH), 502, 'UPSTREAM_UNAVAILABLE')
    upstream.answer = ok
    expect((await proxy.get(DETAIL_PATH)).status).toBe(200)
  })

  it('a body over the default 5 MB cap is refused with a 502', async () => {
    upstream.answer = chunked(jsonOfSize(6 * 1024 * 1024))
    const body = expectError(await proxy.get(DETAIL_PATH), 502, 'UPSTREAM_UNAVAILABLE')
    expect(body.message).toContain('5 MB')
    upstream.answer = ok
    expect((await proxy.get(DETAIL_PATH)).status).toBe(200)
  })
})

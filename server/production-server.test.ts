import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import {
  Agent,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readAccessControl, type AccessControl } from './access-control.ts'
import { createProductionHandler, listen, requestLine } from './production-server.ts'
import { createSpottProxy, type SpottProxy } from './spott-proxy.ts'
import {
  APP_JS,
  FAVICON_SVG,
  INDEX_HTML,
  LOGO_SVG,
  OUTSIDE_MARKER,
  ROBOTS_TXT,
  createFakeBuild,
  type FakeBuild,
} from './test-support/fake-dist.ts'
import {
  basicAuthorization,
  eventually,
  httpRequest,
  within,
  type HttpOptions,
  type HttpReply,
} from './test-support/http.ts'

/**
 * The production handler over real sockets, as `npm start` runs it: a fake `vite build`
 * output in a temporary folder, the real proxy in front of a stand-in Spott, and requests
 * from raw `node:http`, so Accept-Encoding and the request target are exactly as written.
 */

const KEY = 'sk_live_PRODUCTION-SERVER-KEY_5e0c9b27a4'
const USER = 'dash-admin'
/** Holds colons: the credentials split on the first one only. */
const PASSWORD = 'correct:horse battery:staple'
const COOKIE_VALUE = 'cookie-secret-0b7d4f19'
const DETAIL = '{"id":"opp_1","name":{"viewType":"opportunityName","name":"Acme renewal"}}'
const LIST = '{"items":[],"pageInfo":{"nextCursor":null,"hasNextPage":false}}'
const ASSET = '/assets/app-abc123.js'
const IMMUTABLE = 'public, max-age=31536000, immutable'

type Running = {
  origin: string
  logs: string[]
  /** Requests sent so far, to know when every log line has come. */
  requests: number
  shutdown: () => Promise<void>
}

let build: FakeBuild
let upstreamUrl: string
let closeUpstream: () => Promise<void>
const upstreamReceived: IncomingHttpHeaders[] = []
const proxyLogs: string[] = []
let proxy: SpottProxy
let open: Running
let locked: Running
/** Every answer of every test: none may hold the key. */
const replies: HttpReply[] = []

/** Stands in for Spott: one opportunity, a list, and an error that echoes the key. */
function upstreamAnswer(req: IncomingMessage, res: ServerResponse) {
  upstreamReceived.push(req.headers)
  const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(body)
  }
  if (req.headers['x-api-key'] !== KEY) return reply(401, '{"message":"Invalid API key"}')
  if (req.url === '/opportunities/opp_1') return reply(200, DETAIL)
  if (req.url?.startsWith('/opportunities?') || req.url === '/opportunities') {
    return reply(200, LIST)
  }
  if (req.url === '/opportunities/opp_echo') {
    return reply(500, `{"message":"Internal error for key ${KEY}"}`, { 'x-echo': KEY })
  }
  reply(404, '{"message":"Opportunity not found"}')
}

async function startServer(
  access: AccessControl,
  options: { proxy?: SpottProxy; graceMs?: number } = {},
): Promise<Running> {
  const logs: string[] = []
  const handler = createProductionHandler({
    distDir: build.distDir,
    proxy: options.proxy ?? proxy,
    access,
    log: (line) => logs.push(line),
  })
  const running = await listen(handler, {
    host: '127.0.0.1',
    port: 0,
    graceMs: options.graceMs ?? 2000,
  })
  return { origin: running.url, logs, requests: 0, shutdown: running.shutdown }
}

async function get(
  server: Running,
  path: string,
  options: HttpOptions & { auth?: boolean } = {},
): Promise<HttpReply> {
  const headers = {
    ...(options.auth ? { authorization: basicAuthorization(USER, PASSWORD) } : {}),
    ...options.headers,
  }
  server.requests += 1
  const reply = await httpRequest(server.origin, path, { ...options, headers })
  replies.push(reply)
  return reply
}

/**
 * The answer's headers without those that belong to the connection or the clock, and
 * without Content-Length, which a HEAD answer may leave out (RFC 9110 §9.3.2).
 */
function endToEnd({
  date: _d,
  connection: _c,
  'keep-alive': _k,
  'content-length': _l,
  ...rest
}: IncomingHttpHeaders) {
  return rest
}

function cspDirectives(reply: HttpReply): Map<string, string> {
  const policy = String(reply.headers['content-security-policy'] ?? '')
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/)
        return [name.toLowerCase(), values.join(' ')] as const
      }),
  )
}

function expectSecurityHeaders(reply: HttpReply) {
  const policy = String(reply.headers['content-security-policy'] ?? '')
  expect(policy).not.toBe('')
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
  const csp = cspDirectives(reply)
  expect(csp.get('script-src')).toBe("'self'")
  expect(csp.get('frame-ancestors')).toBe("'none'")
  expect(csp.get('object-src')).toBe("'none'")
  expect(csp.get('default-src')).toBe("'self'")
  expect(reply.headers['x-content-type-options']).toBe('nosniff')
  expect(reply.headers['referrer-policy']).toBe('no-referrer')
  expect(reply.headers['x-frame-options']).toBe('DENY')
}

function expectIndexHtml(reply: HttpReply) {
  expect(reply.status).toBe(200)
  expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(reply.headers['cache-control']).toBe('no-cache')
  expect(reply.text).toBe(INDEX_HTML)
}

/**
 * The answer to a deep link (/opportunities/:id): the app around what Spott said, so a
 * reload lands on the deal. It carries CRM data, so nothing may keep it (deep-link-page.test.ts
 * has the rest).
 */
function expectDeepLinkPage(reply: HttpReply) {
  expect(reply.status).toBe(200)
  expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(reply.headers['cache-control']).toBe('no-store')
  expect(reply.headers.etag).toBeUndefined()
  expect(reply.text).toContain('<div id="root">')
  expect(reply.text).toContain('<script type="module" crossorigin src="/assets/app-abc123.js">')
  expect(reply.text).not.toBe(INDEX_HTML)
}

function expectPlain404(reply: HttpReply) {
  expect(reply.status).toBe(404)
  expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8')
  expect(reply.headers['cache-control']).toBe('no-store')
  expect(reply.text).toBe('Not found\n')
}

function expect401(reply: HttpReply) {
  expect(reply.status).toBe(401)
  expect(reply.headers['www-authenticate']).toMatch(/^Basic realm="[^"]+"/)
  expect(reply.headers['cache-control']).toBe('no-store')
  expect(reply.text).not.toContain(INDEX_HTML)
  expect(reply.text).not.toContain(APP_JS.slice(0, 40))
  expect(reply.text).not.toContain('opp_1')
  expectSecurityHeaders(reply)
}

/** The max-age of a Cache-Control value, in seconds. */
const maxAge = (cacheControl: string | undefined) =>
  Number(/max-age=(\d+)/.exec(cacheControl ?? '')?.[1] ?? NaN)

beforeAll(async () => {
  build = createFakeBuild()
  const upstream = createServer(upstreamAnswer)
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  closeUpstream = () =>
    new Promise((resolve) => {
      upstream.closeAllConnections()
      upstream.close(() => resolve())
    })
  proxy = createSpottProxy({
    baseUrl: upstreamUrl,
    apiKey: KEY,
    timeoutMs: 5000,
    // Shared by every test here, which each count what reaches Spott: nothing kept between.
    cacheTtlMs: 0,
    staleIfErrorMs: 0,
    log: (line) => proxyLogs.push(line),
  })
  open = await startServer({ kind: 'none' })
  locked = await startServer(readAccessControl({ DASHBOARD_BASIC_AUTH: `${USER}:${PASSWORD}` }))
})

beforeEach(() => {
  upstreamReceived.length = 0
})

afterAll(async () => {
  await Promise.all([open?.shutdown(), locked?.shutdown()])
  await closeUpstream?.()
  build?.remove()
  const everything = [
    ...open.logs,
    ...locked.logs,
    ...proxyLogs,
    ...replies.map((reply) => `${JSON.stringify(reply.headers)}\n${reply.text}`),
  ].join('\n')
  expect(everything).not.toContain(KEY)
})

describe('security headers', () => {
  it.each<[string, () => Running, string, string, HttpOptions['headers'], number]>([
    ['the app shell', () => open, 'GET', '/', {}, 200],
    ['a deep link', () => open, 'GET', '/opportunities/opp_1', {}, 200],
    ['a brotli asset', () => open, 'GET', ASSET, { 'accept-encoding': 'br' }, 200],
    ['a plain asset', () => open, 'GET', ASSET, {}, 200],
    ['the favicon', () => open, 'GET', '/favicon.svg', {}, 200],
    ['a HEAD', () => open, 'HEAD', '/', {}, 200],
    ['an API answer', () => open, 'GET', '/api/opportunities/opp_1', {}, 200],
    ['an API upstream failure', () => open, 'GET', '/api/opportunities/opp_echo', {}, 502],
    ['an API 404', () => open, 'GET', '/api/other', {}, 404],
    ['an API 405', () => open, 'POST', '/api/opportunities', {}, 405],
    ['a missing file', () => open, 'GET', '/missing.png', {}, 404],
    ['a 405', () => open, 'POST', '/', {}, 405],
    ['a 401', () => locked, 'GET', '/', {}, 401],
    ['/healthz', () => open, 'GET', '/healthz', {}, 200],
    ['/healthz behind Basic auth', () => locked, 'GET', '/healthz', {}, 200],
  ])('on %s', async (_label, server, method, path, headers, status) => {
    const reply = await get(server(), path, { method, headers })
    expect(reply.status).toBe(status)
    expectSecurityHeaders(reply)
  })

  it('on a 304', async () => {
    const first = await get(open, ASSET)
    const reply = await get(open, ASSET, { headers: { 'if-none-match': first.headers.etag } })
    expect(reply.status).toBe(304)
    expectSecurityHeaders(reply)
  })
})

describe('caching', () => {
  it('keeps a hashed asset for a year, in every encoding', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const reply = await get(open, ASSET, { headers: { 'accept-encoding': encoding } })
      expect(reply.headers['cache-control']).toBe(IMMUTABLE)
    }
  })

  it.each(['/', '/opportunities', '/reports/2026', '/opportunities?x=1', '/anything/deep'])(
    'revalidates the app shell at %s on every load',
    async (path) => {
      const reply = await get(open, path)
      expect(reply.status).toBe(200)
      expect(reply.headers['cache-control']).toBe('no-cache')
    },
  )

  it.each(['/favicon.svg', '/robots.txt', '/demo/logos/acme.svg'])(
    'keeps the unhashed %s briefly, never immutable',
    async (path) => {
      const reply = await get(open, path)
      expect(reply.status).toBe(200)
      expect(reply.headers['cache-control']).toMatch(/^public, max-age=\d+$/)
      expect(maxAge(reply.headers['cache-control'])).toBeGreaterThan(0)
      expect(maxAge(reply.headers['cache-control'])).toBeLessThanOrEqual(86_400)
    },
  )

  it.each([
    '/api/opportunities/opp_1',
    '/api/opportunities?limit=5',
    '/api/other',
    '/healthz',
    // A deep link's page holds the deal's record.
    '/opportunities/opp_1',
  ])('never stores %s', async (path) => {
    expect((await get(open, path)).headers['cache-control']).toBe('no-store')
  })

  it.each(['/missing.png', '/assets/missing.js'])('never stores the 404 of %s', async (path) => {
    expect((await get(open, path)).headers['cache-control']).toBe('no-store')
  })
})

describe('compression', () => {
  it.each<[string | undefined, 'br' | 'gzip' | undefined]>([
    ['br, gzip', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip;q=1.0, br;q=0.1', 'br'],
    ['BR', 'br'],
    ['gzip', 'gzip'],
    ['deflate, gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br; q=0, gzip;q=0.8', 'gzip'],
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['deflate', undefined],
    ['br;q=0, gzip;q=0', undefined],
    ['br;q=0.0, gzip;q=0.000', undefined],
  ])('Accept-Encoding %j → %s', async (acceptEncoding, expected) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
    const reply = await get(open, ASSET, { headers })

    expect(reply.status).toBe(200)
    expect(reply.headers['content-encoding']).toBe(expected)
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(reply.headers.vary).toBe('Accept-Encoding')
    expect(reply.headers['content-length']).toBe(String(reply.body.byteLength))
    const decoded =
      expected === 'br'
        ? brotliDecompressSync(reply.body)
        : expected === 'gzip'
          ? gunzipSync(reply.body)
          : reply.body
    expect(decoded.toString('utf8')).toBe(APP_JS)
    if (expected) expect(reply.body.byteLength).toBeLessThan(Buffer.byteLength(APP_JS))
  })

  it('gives each encoding its own ETag', async () => {
    const tags = new Set<string | undefined>()
    for (const encoding of ['br', 'gzip', 'identity']) {
      tags.add((await get(open, ASSET, { headers: { 'accept-encoding': encoding } })).headers.etag)
    }
    expect(tags.size).toBe(3)
  })

  it('sends a file without precompressed siblings as it is, whatever is accepted', async () => {
    const reply = await get(open, '/favicon.svg', { headers: { 'accept-encoding': 'br, gzip' } })
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.headers['content-type']).toBe('image/svg+xml')
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(FAVICON_SVG)))
    expect(reply.text).toBe(FAVICON_SVG)
  })
})

describe('conditional requests and HEAD', () => {
  it.each(['br', 'gzip', 'identity'])(
    'answers a matching If-None-Match with 304 and no body (%s)',
    async (encoding) => {
      const first = await get(open, ASSET, { headers: { 'accept-encoding': encoding } })
      expect(first.headers.etag).toMatch(/^"[^"]+"$/)
      const again = await get(open, ASSET, {
        headers: { 'accept-encoding': encoding, 'if-none-match': first.headers.etag },
      })
      expect(again.status).toBe(304)
      expect(again.body.byteLength).toBe(0)
      expect(again.headers.etag).toBe(first.headers.etag)
      expect(again.headers['cache-control']).toBe(IMMUTABLE)
    },
  )

  it('answers 304 for the app shell too, and 200 for a stale or foreign ETag', async () => {
    const first = await get(open, '/reports/2026')
    expectIndexHtml(first)
    const etag = first.headers.etag!
    expect(etag).toMatch(/^"[^"]+"$/)
    const again = await get(open, '/', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.body.byteLength).toBe(0)

    const stale = await get(open, '/', { headers: { 'if-none-match': '"stale"' } })
    expectIndexHtml(stale)
    // The brotli variant's tag does not vouch for the identity bytes.
    const brTag = (await get(open, ASSET, { headers: { 'accept-encoding': 'br' } })).headers.etag
    const identity = await get(open, ASSET, { headers: { 'if-none-match': brTag } })
    expect(identity.status).toBe(200)
    expect(identity.text).toBe(APP_JS)
  })

  it.each<[string, HttpOptions['headers']]>([
    ['/', {}],
    ['/reports/2026', {}],
    [ASSET, { 'accept-encoding': 'br' }],
    [ASSET, { 'accept-encoding': 'gzip' }],
    [ASSET, {}],
    ['/favicon.svg', {}],
    ['/missing.png', {}],
    ['/healthz', {}],
    ['/api/opportunities/opp_1', {}],
  ])('HEAD %s answers like GET without a body', async (path, headers) => {
    const getReply = await get(open, path, { headers })
    const head = await get(open, path, { method: 'HEAD', headers })
    expect(head.status).toBe(getReply.status)
    expect(endToEnd(head.headers)).toEqual(endToEnd(getReply.headers))
    expect(getReply.body.byteLength).toBeGreaterThan(0)
    expect(head.body.byteLength).toBe(0)
    // A file's HEAD announces the size its GET sends.
    if (getReply.headers.etag) {
      expect(head.headers['content-length']).toBe(String(getReply.body.byteLength))
    }
  })
})

describe('routing', () => {
  it.each(['/', '/opportunities', '/reports/2026', '/opportunities?x=1', '/anything/deep'])(
    'serves index.html for the SPA route %s',
    async (path) => {
      expectIndexHtml(await get(open, path))
      expect(upstreamReceived).toHaveLength(0)
    },
  )

  it('serves a deep link on a reload: the app, with what Spott says of the deal', async () => {
    const reply = await get(open, '/opportunities/opp_1')
    expectDeepLinkPage(reply)
    expect(reply.text).toContain('Acme renewal')
    expect(upstreamReceived).toHaveLength(1)
    expect(upstreamReceived[0]?.['x-api-key']).toBe(KEY)
  })

  it('serves /index.html itself', async () => {
    expectIndexHtml(await get(open, '/index.html'))
  })

  it.each([
    ['/favicon.svg', FAVICON_SVG, 'image/svg+xml'],
    ['/robots.txt', ROBOTS_TXT, 'text/plain; charset=utf-8'],
    ['/demo/logos/acme.svg', LOGO_SVG, 'image/svg+xml'],
    [`${ASSET}?v=2`, APP_JS, 'text/javascript; charset=utf-8'],
  ])('serves the file %s', async (path, content, type) => {
    const reply = await get(open, path)
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe(type)
    expect(reply.text).toBe(content)
  })

  it.each([
    '/assets/missing.js',
    '/assets/app-old999.js',
    '/assets/',
    '/missing.png',
    '/favicon.ico',
    '/opportunities/opp_1.json',
  ])('answers %s with a plain 404, never the app shell', async (path) => {
    expectPlain404(await get(open, path))
  })

  it('never serves the .br and .gz files by name', async () => {
    for (const path of [`${ASSET}.br`, `${ASSET}.gz`]) expectPlain404(await get(open, path))
  })

  it('answers /healthz with a plain ok', async () => {
    const reply = await get(open, '/healthz')
    expect(reply.status).toBe(200)
    expect(reply.text).toBe('ok\n')
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8')
  })

  it('hands /api to the proxy, which forwards with the key', async () => {
    const reply = await get(open, '/api/opportunities/opp_1', {
      headers: { cookie: `session=${COOKIE_VALUE}` },
    })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(reply.text).toBe(DETAIL)
    expect(upstreamReceived).toHaveLength(1)
    expect(upstreamReceived[0]?.['x-api-key']).toBe(KEY)
    expect(upstreamReceived[0]).not.toHaveProperty('cookie')
  })
})

describe('paths outside dist', () => {
  const attempts = [
    '/../package.json',
    '/../secret.txt',
    '/../../../../etc/passwd',
    '/%2e%2e/package.json',
    '/%2E%2E/secret.txt',
    '/%2e%2e%2fpackage.json',
    '/assets/../../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5cpackage.json',
    '/assets/..%5c..%5csecret.txt',
    '//package.json',
    '/./package.json',
    '/dist/index.html',
    '/%2fetc%2fpasswd',
    '/index.html%00',
    '/index.html%00.png',
    '/assets/app-abc123.js%00',
    '/%00',
    '/%00/../package.json',
    '/%',
    '/%E0%A4%A',
    '/%c0%ae%c0%ae/package.json',
    `/${'../'.repeat(2000)}package.json`,
    `/${'%2e%2e%2f'.repeat(900)}secret.txt`,
    `/${'a/'.repeat(5000)}`,
    `/assets/${'x'.repeat(8000)}.js`,
  ]

  it.each(attempts.map((path) => [path.length > 60 ? `${path.slice(0, 60)}…` : path, path]))(
    '%s gets a 404 or the app shell, never a file outside dist',
    async (_label, path) => {
      const reply = await get(open, path)
      expect(reply.text).not.toContain(OUTSIDE_MARKER)
      if (reply.status === 200) expect(reply.text).toBe(INDEX_HTML)
      else expectPlain404(reply)
      expectSecurityHeaders(reply)
    },
  )

  it('serves nothing that was added to dist after startup', async () => {
    writeFileSync(join(build.distDir, 'late.txt'), `${OUTSIDE_MARKER}\n`)
    try {
      expectPlain404(await get(open, '/late.txt'))
    } finally {
      rmSync(join(build.distDir, 'late.txt'))
    }
  })
})

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    '%s → 405 with Allow: GET, HEAD',
    async (method) => {
      for (const path of ['/', '/index.html', ASSET, '/opportunities/opp_1', '/missing.png']) {
        const reply = await get(open, path, { method })
        expect(reply.status).toBe(405)
        expect(reply.headers.allow).toBe('GET, HEAD')
        expect(reply.headers['cache-control']).toBe('no-store')
        expect(reply.text).not.toContain(INDEX_HTML)
      }
    },
  )

  it('lets the proxy answer 405 for /api, with Allow too, and forwards nothing', async () => {
    const reply = await get(open, '/api/opportunities/opp_1', { method: 'DELETE' })
    expect(reply.status).toBe(405)
    expect(reply.headers.allow).toBe('GET, HEAD')
    expect(JSON.parse(reply.text)).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' })
    expect(upstreamReceived).toHaveLength(0)
  })
})

describe('Basic auth', () => {
  const b64 = (text: string) => `Basic ${Buffer.from(text, 'utf8').toString('base64')}`
  const wrong: [string, string | undefined][] = [
    ['no Authorization', undefined],
    ['a wrong user', basicAuthorization('someone-else', PASSWORD)],
    ['the user in another case', basicAuthorization(USER.toUpperCase(), PASSWORD)],
    ['a wrong password', basicAuthorization(USER, 'wrong')],
    ['the password up to its first colon', basicAuthorization(USER, PASSWORD.split(':')[0]!)],
    ['the password with a trailing space', basicAuthorization(USER, `${PASSWORD} `)],
    ['the credentials swapped', basicAuthorization(PASSWORD, USER)],
    ['no colon', b64(`${USER}${PASSWORD}`)],
    ['an empty Basic', 'Basic '],
    ['a bare Basic', 'Basic'],
    ['not base64', 'Basic !!!not-base64!!!'],
    ['the credentials unencoded', `Basic ${USER}:${PASSWORD}`],
    ['a Bearer token', 'Bearer x'],
    ['a Bearer with the right base64', `Bearer ${basicAuthorization(USER, PASSWORD).slice(6)}`],
    ['two credentials', `${basicAuthorization(USER, PASSWORD)}, Basic abc`],
  ]
  const paths = [
    '/',
    '/index.html',
    '/opportunities/opp_1',
    ASSET,
    '/favicon.svg',
    '/missing.png',
    '/api/opportunities/opp_1',
    '/api/opportunities?limit=5',
    '/healthz/',
  ]

  it.each(wrong)('refuses %s on every path but /healthz with 401', async (_label, header) => {
    const headers = header === undefined ? {} : { authorization: header }
    for (const path of paths) expect401(await get(locked, path, { headers }))
    expect401(await get(locked, '/', { method: 'POST', headers }))
    expect401(await get(locked, ASSET, { method: 'HEAD', headers }))
    expect(upstreamReceived).toHaveLength(0)
  })

  it('lets the right credentials through, the password with its colons included', async () => {
    expectIndexHtml(await get(locked, '/', { auth: true }))
    expectIndexHtml(await get(locked, '/reports/2026', { auth: true }))
    expect(upstreamReceived).toHaveLength(0)
    expectDeepLinkPage(await get(locked, '/opportunities/opp_1', { auth: true }))
    expect((await get(locked, ASSET, { auth: true })).text).toBe(APP_JS)
    const api = await get(locked, '/api/opportunities/opp_1', { auth: true })
    expect(api.status).toBe(200)
    expect(api.text).toBe(DETAIL)
    // One call for the deep link's page, one for the API request: neither with the password.
    expect(upstreamReceived).toHaveLength(2)
    for (const headers of upstreamReceived) expect(headers).not.toHaveProperty('authorization')
    expectPlain404(await get(locked, '/missing.png', { auth: true }))
    expect((await get(locked, '/', { auth: true, method: 'POST' })).status).toBe(405)
  })

  it('accepts the scheme in any case and extra spaces, as RFC 7617 allows', async () => {
    const token = basicAuthorization(USER, PASSWORD).slice('Basic '.length)
    for (const header of [`basic ${token}`, `BASIC ${token}`, `Basic   ${token}`]) {
      expect((await get(locked, '/', { headers: { authorization: header } })).status).toBe(200)
    }
  })

  it('answers /healthz without credentials, and with wrong ones', async () => {
    for (const header of [undefined, 'Bearer x', basicAuthorization(USER, 'wrong')]) {
      const headers = header === undefined ? {} : { authorization: header }
      for (const [method, path] of [
        ['GET', '/healthz'],
        ['HEAD', '/healthz'],
        ['GET', '/healthz?probe=1'],
      ] as const) {
        const reply = await get(locked, path, { method, headers })
        expect(reply.status).toBe(200)
        expect(reply.headers).not.toHaveProperty('www-authenticate')
      }
    }
  })
})

describe('request log', () => {
  /**
   * The number of lines once every request sent so far is logged: a line is written when
   * the server closes the response, which may come after the client has read it all.
   */
  async function settledLogs(server: Running) {
    await eventually(() => expect(server.logs).toHaveLength(server.requests))
    return server.logs.length
  }

  /** Waits for `count` new lines after `before`, then makes sure no more come. */
  async function newLines(server: Running, before: number, count: number) {
    await eventually(() => expect(server.logs.length).toBeGreaterThanOrEqual(before + count))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(server.logs).toHaveLength(before + count)
    return server.logs.slice(before)
  }

  it('writes one line per request: time, method, target, status, duration', async () => {
    const before = await settledLogs(open)
    const requests: [string, string, number][] = [
      ['GET', '/reports/2026', 200],
      ['GET', '/opportunities/opp_1', 200],
      ['GET', ASSET, 200],
      ['HEAD', '/', 200],
      ['GET', '/missing.png', 404],
      ['POST', '/', 405],
      ['GET', '/api/opportunities/opp_1', 200],
      ['GET', '/api/opportunities?limit=5', 200],
      ['GET', '/api/opportunities/opp_echo', 502],
      ['GET', '/healthz', 200],
    ]
    for (const [method, path, status] of requests) {
      expect((await get(open, path, { method })).status).toBe(status)
    }
    const lines = await newLines(open, before, requests.length)
    for (const line of lines) {
      expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \S+ \S+ \d{3} \d+\.\dms$/)
    }
    // Lines are written as responses close, so two may swap: compare them as a set.
    const logged = lines.map((line) => line.split(' ').slice(1, 4).join(' ')).sort()
    expect(logged).toEqual(requests.map((request) => request.join(' ')).sort())
  })

  it('logs a 304 and a 401 too', async () => {
    const etag = (await get(open, ASSET)).headers.etag
    const before = await settledLogs(open)
    await get(open, ASSET, { headers: { 'if-none-match': etag } })
    expect((await newLines(open, before, 1))[0]).toMatch(/ GET \/assets\/app-abc123\.js 304 /)

    const lockedBefore = await settledLogs(locked)
    await get(locked, '/opportunities/opp_1')
    expect((await newLines(locked, lockedBefore, 1))[0]).toMatch(/ GET \/opportunities\/opp_1 401 /)
  })

  it('never logs Authorization or cookies, whether the credentials are right or not', async () => {
    const before = await settledLogs(locked)
    const cookie = `session=${COOKIE_VALUE}; theme=dark`
    const right = basicAuthorization(USER, PASSWORD)
    const wrongPassword = basicAuthorization(USER, 'a-wrong-password-77')
    for (const authorization of [right, wrongPassword]) {
      for (const path of ['/', '/api/opportunities/opp_1', ASSET, '/healthz']) {
        await get(locked, path, { headers: { authorization, cookie } })
      }
    }
    const logged = (await newLines(locked, before, 8)).join('\n')
    for (const secret of [
      right.slice(6),
      wrongPassword.slice(6),
      PASSWORD,
      'a-wrong-password-77',
      USER,
      COOKIE_VALUE,
      'Basic',
      'theme=dark',
    ]) {
      expect(logged).not.toContain(secret)
    }
  })

  it('never logs credentials sent in an absolute-form target', async () => {
    const before = await settledLogs(locked)
    const { port } = new URL(locked.origin)
    locked.requests += 1
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `GET http://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/ HTTP/1.1\r\n` +
            'Host: 127.0.0.1\r\nConnection: close\r\n\r\n',
        )
      })
      let received = ''
      socket.setEncoding('utf8').on('data', (text: string) => (received += text))
      socket.on('error', reject)
      socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''))
    })
    expect(statusLine).toBe('HTTP/1.1 401 Unauthorized')
    const logged = (await newLines(locked, before, 1)).join('\n')
    expect(logged).not.toContain(encodeURIComponent(PASSWORD))
  })

  it('replaces control characters of the target, so a line stays one line', async () => {
    const before = await settledLogs(open)
    await get(open, '/reports/2026?q=%0d%0aFAKE')
    const [line] = await newLines(open, before, 1)
    expect(line).not.toMatch(/[\r\n]/)
    expect(line).toContain('/reports/2026?q=%0d%0aFAKE')
  })

  it('never holds the key, even when Spott echoes it in an error', async () => {
    const reply = await get(open, '/api/opportunities/opp_echo')
    expect(reply.status).toBe(502)
    expect(JSON.parse(reply.text)).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' })
    expect(upstreamReceived[0]?.['x-api-key']).toBe(KEY)
    await eventually(() => expect(proxyLogs.join('\n')).toContain('/opportunities/opp_echo'))
    expect(
      [...open.logs, ...proxyLogs, reply.text, JSON.stringify(reply.headers)].join('\n'),
    ).not.toContain(KEY)
  })
})

describe('requestLine', () => {
  const fakeRequest = (method: string, url: string) => ({ method, url }) as IncomingMessage

  it('formats time, method, target, status and duration', () => {
    expect(requestLine(fakeRequest('GET', '/a?b=1'), 200, 3.14159)).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z GET \/a\?b=1 200 3\.1ms$/,
    )
  })

  it('caps the target at 2048 characters and replaces control characters', () => {
    const line = requestLine(fakeRequest('GET', `/${'x'.repeat(5000)}\u0000\n`), 404, 1)
    expect(line).toContain(`/${'x'.repeat(2047)} 404`)
    expect(line).not.toMatch(/\p{Cc}/u)
    expect(requestLine(fakeRequest('GET', '/a\r\nb\u001b[31m'), 200, 1)).toContain('/a??b?[31m')
  })
})

describe('createProductionHandler', () => {
  const folders: string[] = []
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
  })

  it('refuses a dist without index.html, saying to build first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spott-empty-dist-'))
    folders.push(dir)
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets/app.js'), 'export {}\n')
    expect(() =>
      createProductionHandler({ distDir: dir, proxy, access: { kind: 'none' }, log: () => {} }),
    ).toThrow(/index\.html[\s\S]*npm run build/)
  })

  it('refuses an empty dist the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spott-empty-dist-'))
    folders.push(dir)
    expect(() =>
      createProductionHandler({ distDir: dir, proxy, access: { kind: 'none' }, log: () => {} }),
    ).toThrow(/has no index\.html/)
  })
})

describe('listen: graceful shutdown', () => {
  /** A proxy that holds every request until released. */
  function holdingProxy() {
    const held: (() => void)[] = []
    const middleware: SpottProxy = Object.assign(
      (_req: IncomingMessage, res: ServerResponse) => {
        held.push(() => {
          res.setHeader('content-type', 'application/json')
          res.end('{"done":true}')
        })
      },
      { read: () => Promise.resolve(undefined), demo: false },
    )
    return { middleware, held }
  }

  const refused = (server: Running) =>
    httpRequest(server.origin, '/healthz', { timeoutMs: 1000 }).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
    )

  it('finishes the requests in flight, refuses new ones and closes idle connections', async () => {
    const { middleware, held } = holdingProxy()
    const server = await startServer({ kind: 'none' }, { proxy: middleware, graceMs: 10_000 })
    const agent = new Agent({ keepAlive: true, maxSockets: 4 })
    try {
      // An idle keep-alive connection and a request in flight on another one.
      expect((await httpRequest(server.origin, '/healthz', { agent })).status).toBe(200)
      expect(Object.values(agent.freeSockets).flat()).toHaveLength(1)
      const inFlight = httpRequest(server.origin, '/api/opportunities/opp_1', { agent })
      await eventually(() => expect(held).toHaveLength(1))

      const started = Date.now()
      const stopped = server.shutdown()
      await eventually(() => expect(Object.values(agent.freeSockets).flat()).toHaveLength(0))
      expect(await refused(server)).toBe(true)

      held[0]!()
      const reply = await within(inFlight, 2000, 'the request in flight')
      expect(reply.status).toBe(200)
      expect(reply.text).toBe('{"done":true}')
      await within(stopped, 2000, 'shutdown')
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      agent.destroy()
      await server.shutdown()
    }
  })

  it('force-closes a request still running after graceMs', async () => {
    const { middleware, held } = holdingProxy()
    const server = await startServer({ kind: 'none' }, { proxy: middleware, graceMs: 200 })
    const inFlight = httpRequest(server.origin, '/api/opportunities/opp_1').then(
      () => 'answered',
      () => 'cut off',
    )
    await eventually(() => expect(held).toHaveLength(1))
    await within(server.shutdown(), 3000, 'shutdown after graceMs')
    expect(await within(inFlight, 1000, 'the cut-off request')).toBe('cut off')
  })

  it('reports the URL it listens on', async () => {
    const server = await startServer({ kind: 'none' })
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(new URL(server.origin).port).not.toBe('0')
    } finally {
      await server.shutdown()
    }
  })
})

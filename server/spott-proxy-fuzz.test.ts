import fc from 'fast-check'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProductionHandler, listen, type RunningServer } from './production-server.ts'
import { createSpottProxy, type ProxyErrorCode } from './spott-proxy.ts'
import { OUTSIDE_MARKER, createFakeBuild, type FakeBuild } from './test-support/fake-dist.ts'
import { basicAuthorization } from './test-support/http.ts'
import { parseAnswers, sendRaw, type RawAnswer } from './test-support/raw-http.ts'
import { bytesAsText, distinctiveKey, secretFormsIn } from './test-support/secret-scan.ts'
import { closeServer, listenOnLoopback } from './test-support/loopback.ts'

/**
 * Fuzzes the request target over real sockets. Whatever a client sends, the only requests
 * Spott may ever see are the two allowlisted reads, with the dashboard's key and nothing of
 * the client's. Targets go out raw over node:net because node:http and fetch refuse or
 * normalise exactly the targets worth trying. Each target goes both to the bare proxy and
 * to the production handler of `npm start` (behind its password gate), each with its own
 * proxy instance.
 */

const KEY = distinctiveKey('FUZZ')
const USER = 'fuzz-admin'
const PASSWORD = 'fuzz:horse battery'
const UPSTREAM_BODY = '{"id":"x","items":[],"pageInfo":{}}'
/** Per property; FUZZ_RUNS=20000 digs deeper when there is time. */
const RUNS = Number(process.env.FUZZ_RUNS) || 1000

/** In every header the client sends; none of it may reach Spott. */
const CLIENT_MARKER = 'client-secret-4f8e2a'
const CLIENT_AUTHORIZATION = basicAuthorization(USER, PASSWORD)
const CLIENT_CREDENTIALS = CLIENT_AUTHORIZATION.slice('Basic '.length)
const CLIENT_HEADERS = [
  `Authorization: ${CLIENT_AUTHORIZATION}`,
  `Cookie: session=${CLIENT_MARKER}`,
  `X-Api-Key: ${CLIENT_MARKER}-key`,
  `X-Forwarded-For: 203.0.113.9, ${CLIENT_MARKER}`,
  `X-Forwarded-Host: ${CLIENT_MARKER}.evil.example`,
  `Forwarded: for=203.0.113.9;host=${CLIENT_MARKER}.evil.example`,
  `X-Original-URL: /admin?${CLIENT_MARKER}`,
  `X-Rewrite-URL: /admin?${CLIENT_MARKER}`,
  `X-HTTP-Method-Override: DELETE`,
  `Referer: http://${CLIENT_MARKER}.evil.example/`,
]
const CLIENT_ONLY_HEADERS = [
  'authorization',
  'cookie',
  'x-forwarded-for',
  'x-forwarded-host',
  'forwarded',
  'x-original-url',
  'x-rewrite-url',
  'x-http-method-override',
  'referer',
]

/** Spott's two read-only endpoints, in the form URLSearchParams writes the query. */
const CURSOR_VALUE = '(?:[A-Za-z0-9_-]|%2B|%2F|%3D)+'
const ALLOWED_UPSTREAM_TARGET = new RegExp(
  '^/opportunities(?:' +
    '/[A-Za-z0-9_-]{1,128}' +
    `|\\?limit=(?:[1-9]|[1-4][0-9]|50)(?:&cursor=${CURSOR_VALUE})?` +
    `|\\?cursor=${CURSOR_VALUE}` +
    ')?$',
)
const MAX_CURSOR_CHARACTERS = 1024

/** The only error codes the proxy can give while Spott answers 200 to everything. */
const CODE_FOR_STATUS: Record<number, ProxyErrorCode> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
}

type Received = { method: string; url: string; headers: IncomingHttpHeaders }
type Mount = { name: 'proxy' | 'production'; origin: string }
type RunResult = { answers: RawAnswer[]; fresh: Received[] }
/** The answers on one connection, and the upstream reads a deep link's page made for them. */
type Exchanged = { answers: RawAnswer[]; pageReads: string[] }

const received: Received[] = []
const proxyLogs: string[] = []
const productionLogs: string[] = []
const tally = { requests: 0, proxyAnswers: 0, deepLinkPages: 0 }
let upstreamServer: Server
let upstreamOrigin: string
let build: FakeBuild
let bare: Server
let production: RunningServer
let mounts: Mount[]

const newProxy = () =>
  createSpottProxy({
    baseUrl: upstreamOrigin,
    apiKey: KEY,
    log: (line) => proxyLogs.push(line),
    // Every allowed request must reach Spott to be checked there, and thousands of them
    // must not be paced: the subject here is the target, not the load shedding.
    cacheTtlMs: 0,
    staleIfErrorMs: 0,
    requestsPerMinute: 10_000_000,
  })

beforeAll(async () => {
  upstreamServer = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(UPSTREAM_BODY)
  })
  upstreamOrigin = await listenOnLoopback(upstreamServer)

  const proxy = newProxy()
  bare = createServer((req, res) =>
    proxy(req, res, () => {
      res.writeHead(418, { 'content-type': 'text/plain' })
      res.end('next')
    }),
  )
  const bareOrigin = await listenOnLoopback(bare)

  build = createFakeBuild()
  const handler = createProductionHandler({
    distDir: build.distDir,
    proxy: newProxy(),
    access: { kind: 'basic', user: USER, password: PASSWORD },
    log: (line) => productionLogs.push(line),
  })
  production = await listen(handler, { host: '127.0.0.1', port: 0, graceMs: 1000 })

  mounts = [
    { name: 'proxy', origin: bareOrigin },
    { name: 'production', origin: production.url },
  ]
})

afterAll(async () => {
  await production?.shutdown()
  await Promise.all([bare, upstreamServer].filter(Boolean).map(closeServer))
  build?.remove()
})

// ---------------------------------------------------------------------------------------
// Sending and checking

/** What Node hands the handler as req.url, when it accepts the request line at all. */
const requestUrlOf = (target: string) => target.replace(/^ +/, '').split(/[ \r\n]/)[0]!

const isApiTarget = (url: string) =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')

/**
 * The opportunity `npm start` answers a deep link's page for, asking Spott for it once: the
 * server reduces an absolute-form target to its path (as WHATWG URL parses it) and takes
 * `/opportunities/<id>` as sent, undecoded, with the same id alphabet as the allowlist.
 * Undefined for any other target.
 */
function deepLinkIdOf(url: string): string | undefined {
  let path: string
  try {
    path = (url.startsWith('/') ? url : new URL(url).pathname).split(/[?#]/)[0]!
  } catch {
    return undefined
  }
  return /^\/opportunities\/([A-Za-z0-9_-]{1,128})$/.exec(path)?.[1]
}

/**
 * The upstream read of a deep link's page in npm start, for a request Node's parser let
 * through: one GET of the allowlisted `/opportunities/<id>`, and only for a GET (its HEAD
 * asks Spott nothing). A CR LF in the target cuts the head before the Authorization
 * header, so the gate stops it first.
 */
function pageReadOf(mount: Mount, method: string, target: string): string | undefined {
  if (mount.name !== 'production' || method !== 'GET' || /[\r\n]/.test(target)) return undefined
  const id = deepLinkIdOf(requestUrlOf(target))
  return id === undefined ? undefined : `/opportunities/${id}`
}

/** How a deep link's page strays from what deep-link-page.ts sends while Spott answers 200. */
function deepLinkPageProblems(answer: RawAnswer, upstreamPath: string): string[] {
  const problems: string[] = []
  if (answer.status !== 200) problems.push(`deep link answered ${answer.status}`)
  if (answer.headers['content-type'] !== 'text/html; charset=utf-8') {
    problems.push(`deep link content-type ${answer.headers['content-type']}`)
  }
  if (answer.headers['cache-control'] !== 'no-store') problems.push('deep link cache-control')
  const id = upstreamPath.slice('/opportunities/'.length)
  const preload = `<script type="application/json" id="spott-preload" data-id="${id}">${UPSTREAM_BODY}</script>`
  if (!answer.body.toString('utf8').includes(preload)) problems.push("no Spott's body in the page")
  return problems
}

const isJson = (answer: RawAnswer) =>
  /^application\/json\b/.test(answer.headers['content-type'] ?? '')

/** Node's own "400 Bad Request" / "431" for a request line it cannot parse: no body. */
const isParserRefusal = (answer: RawAnswer) =>
  (answer.status === 400 || answer.status === 431) &&
  answer.headers['content-type'] === undefined &&
  answer.body.length === 0

/**
 * What is wrong with a request Spott received; empty when it is one of the two allowlisted
 * reads, with the key and nothing of the client's. Checked as plain code, not thousands of
 * `expect` calls, to keep the fuzzing fast.
 */
function upstreamProblems(request: Received): string[] {
  const problems: string[] = []
  if (request.method !== 'GET') problems.push(`method ${request.method}`)
  if (!ALLOWED_UPSTREAM_TARGET.test(request.url)) problems.push('target outside the allowlist')
  const cursor = /[?&]cursor=([^&]*)$/.exec(request.url)?.[1]
  if (cursor !== undefined && decodeURIComponent(cursor).length > MAX_CURSOR_CHARACTERS) {
    problems.push('cursor over 1024 characters')
  }
  if (request.headers['x-api-key'] !== KEY) problems.push('x-api-key is not the configured key')
  for (const name of CLIENT_ONLY_HEADERS) {
    if (name in request.headers) problems.push(`client header ${name} forwarded`)
  }
  const headerText = JSON.stringify(request.headers)
  if (headerText.includes(CLIENT_MARKER) || headerText.includes(CLIENT_CREDENTIALS)) {
    problems.push("a client's header value forwarded")
  }
  return problems
}

function expectAllowedUpstream(requests: Received[]) {
  const wrong = requests.flatMap((request) => {
    const problems = upstreamProblems(request)
    return problems.length > 0 ? [`${JSON.stringify(request.url)}: ${problems.join('; ')}`] : []
  })
  expect(wrong, 'requests Spott received').toEqual([])
}

/** How an answer to `/api…` strays from DESIGN.md, given that Spott answers 200. */
function proxyAnswerProblems(answer: RawAnswer, method: string): string[] {
  const problems: string[] = []
  if (!isJson(answer)) problems.push(`content-type ${answer.headers['content-type']}`)
  if (answer.headers['cache-control'] !== 'no-store') problems.push('cache-control')
  if (method !== 'GET' && method !== 'HEAD') {
    if (answer.status !== 405 || answer.headers.allow !== 'GET, HEAD') problems.push('not a 405')
    if (answer.status === 200) return [...problems, `${method} was forwarded`]
  }
  const text = answer.body.toString('utf8')
  if (answer.status === 200) {
    if (text !== (method === 'HEAD' ? '' : UPSTREAM_BODY)) problems.push('not the upstream body')
    return problems
  }
  const code = CODE_FOR_STATUS[answer.status]
  if (code === undefined) return [...problems, `undocumented status ${answer.status}`]
  if (method === 'HEAD') {
    if (text !== '') problems.push('a body for HEAD')
    return problems
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return [...problems, 'a body that is not JSON']
  }
  const { status, code: given, message, ...rest } = body as Record<string, unknown>
  if (status !== answer.status || given !== code || typeof message !== 'string' || !message) {
    problems.push(`error body ${text}`)
  }
  if (Object.keys(rest).length > 0) problems.push(`extra fields ${Object.keys(rest).join(', ')}`)
  return problems
}

/** Sends one request over a raw socket and lists what is wrong with the answers. */
async function exchange(mount: Mount, method: string, target: string): Promise<Exchanged> {
  const request =
    `${method} ${target} HTTP/1.1\r\nHost: ${new URL(mount.origin).host}\r\n` +
    `${CLIENT_HEADERS.join('\r\n')}\r\nConnection: close\r\n\r\n`
  const bytes = await sendRaw(mount.origin, Buffer.from(request, 'utf8'))
  tally.requests += 1
  const problems: string[] = []
  const pageReads: string[] = []
  const pageRead = pageReadOf(mount, method, target)

  const raw = bytesAsText(bytes)
  const keyForms = secretFormsIn(raw, KEY)
  if (keyForms.length > 0) problems.push(`the key (${keyForms.join(', ')})`)
  if (raw.includes(OUTSIDE_MARKER)) problems.push('a file from outside dist/')
  const answers = parseAnswers(bytes, method)
  const [first, ...later] = answers
  if (!first) {
    problems.push('no answer at all')
  } else if (isParserRefusal(first)) {
    // Node only refuses what no browser sends: whitespace, controls, raw non-ASCII, a
    // target that is not a path, or a head over its 16 KB limit. Refusing more would
    // leave the handlers untested.
    if (/^\/[\x21-\x7e]*$/.test(target) && target.length < 15_000) {
      problems.push('a plain path refused by Node')
    }
  } else if (
    mount.name === 'production' &&
    /[\r\n]/.test(target) &&
    first.status === 401 &&
    !isJson(first)
  ) {
    // CR LF split the head: the first request ends before the Authorization header, so
    // the password gate stops it before the proxy sees it.
  } else if (isApiTarget(requestUrlOf(target))) {
    tally.proxyAnswers += 1
    problems.push(...proxyAnswerProblems(first, method))
  } else if (pageRead !== undefined) {
    tally.deepLinkPages += 1
    pageReads.push(pageRead)
    problems.push(...deepLinkPageProblems(first, pageRead))
  } else if (mount.name === 'proxy') {
    if (first.status !== 418) problems.push(`${first.status} instead of leaving it to next()`)
  } else if (![200, 404, 405].includes(first.status) || isJson(first)) {
    // Static files, the SPA fallback, or a plain-text 404 for an `/api` path the proxy does
    // not own (absolute-form, encoded `/%61pi`): never the proxy's JSON, never a 5xx.
    problems.push(`${first.status} ${first.headers['content-type']} outside the API`)
  }
  for (const answer of later) {
    // A request smuggled in through CR LF: answered like any other, or refused; the gate
    // asks it for a password, as it carries none.
    if (![200, 400, 401, 404, 405, 418, 431].includes(answer.status)) {
      problems.push(`smuggled request answered ${answer.status}`)
    }
    if (isJson(answer)) problems.push(...proxyAnswerProblems(answer, 'GET'))
  }
  expect(problems, `${mount.name}: ${method} ${JSON.stringify(target.slice(0, 300))}`).toEqual([])
  return { answers, pageReads }
}

/** Sends the target to both mounts and checks everything Spott received meanwhile. */
async function run(method: string, target: string): Promise<RunResult> {
  const before = received.length
  const exchanged = await Promise.all(mounts.map((mount) => exchange(mount, method, target)))
  const answers = exchanged.flatMap((one) => one.answers)
  const fresh = received.slice(before)
  expectAllowedUpstream(fresh)
  // With the cache off, each 200 JSON answer is one call to Spott, a deep link's page on
  // npm start is one read of exactly its `/opportunities/<id>`, and nothing else reaches it.
  // Not countable once CR LF has smuggled a second request onto the connection: identical
  // requests in flight together share a call, and when the one behind is malformed, Node
  // answers 400 and drops the connection before the first answer is written.
  const forwarded = answers.filter((answer) => answer.status === 200 && isJson(answer)).length
  const pageReads = exchanged.flatMap((one) => one.pageReads)
  const urls = fresh.map((request) => request.url)
  if (
    !/[\r\n]/.test(target) &&
    (fresh.length !== forwarded + pageReads.length ||
      pageReads.some((path) => !urls.includes(path)))
  ) {
    expect.fail(
      `${JSON.stringify(target)}: ${fresh.length} upstream requests for ${forwarded} answers ` +
        `with Spott's body and the deep-link reads ${JSON.stringify(pageReads)}: ` +
        JSON.stringify(urls),
    )
  }
  return { answers, fresh }
}

// ---------------------------------------------------------------------------------------
// Pieces of hostile targets

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values)

const TRAVERSAL = [
  '..',
  '.',
  '...',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '%252e%252e',
  '%25252e%25252e',
  '%2f',
  '%2F',
  '%252f',
  '%252F',
  '%5c',
  '%5C',
  '%255c',
  '\\',
  '..\\',
  '..;',
  '..;/',
  ';',
  '%3b',
  '/./',
  '/../',
  '..%2f',
  '..%5c',
  '%2e%2e%2f',
  '%2e%2e/',
  '..%252f',
  '%252e%252e%252f',
  '....//',
  '.../',
  '%u002e%u002e',
  '%c0%ae%c0%ae',
  '%uff0e%uff0e',
  '~',
  '*',
  '%',
  '%%32%65',
  '%zz',
]

const UNICODE = [
  '\uff0f', // fullwidth solidus
  '\uff0e', // fullwidth full stop
  '%ef%bc%8f',
  '%EF%BC%8E',
  '\u2215', // division slash
  '%e2%88%95',
  '%e2%81%84', // fraction slash
  '%c0%af', // overlong "/"
  '%e0%80%af',
  '%f0%80%80%af',
  '%c0%2f',
  '%c1%9c', // overlong "\"
  '%c0%ae', // overlong "."
  '\u202e', // right-to-left override
  '%e2%80%ae',
  '\u200f', // right-to-left mark
  '%e2%80%8f',
  '\u200b',
  '%e2%80%8b',
  '\ufeff',
  '%ef%bb%bf',
  '😀',
  '%f0%9f%98%80',
  '%ed%a0%80', // lone high surrogate, as UTF-8 would spell it
  '%ed%b0%80', // lone low surrogate
  '%ed%a0%bd%ed%b8%80', // a surrogate pair spelled as two code points
  '\ud800',
  '%ff',
  '%fe%ff',
  '%80',
  'é',
  '%c3%a9',
  'e%cc%81',
  'İ',
  'ﬀ',
  '%ef%ac%80',
]

const INJECTION = [
  '\r\n',
  '\r\nX-Injected: 1',
  '\r\nHost: evil.example',
  '%0d%0a',
  '%0D%0AX-Injected:%201',
  '%0d%0aHost:%20evil.example',
  '%0a',
  '%0d',
  '\n',
  '\r',
  '\u0000',
  '%00',
  '%2500',
  '\t',
  '%09',
  ' ',
  '%20',
  '+',
  '\u000b',
  '\u007f',
  '%7f',
  '\u001b[31m',
  '#',
  '%23',
  '?',
  '%3f',
  '@',
  '%40',
  ' HTTP/1.1\r\nHost: x\r\n\r\nGET /api/opportunities/../../admin',
  ' HTTP/1.1\r\nHost: x\r\n\r\nGET /api/opportunities/x',
  ' HTTP/1.1\r\nHost: x\r\n\r\nGET http://evil.example/api/opportunities/x',
  ' HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /api/opportunities/%2e%2e',
]

const WORDS = [
  '',
  'api',
  'opportunities',
  'opportunity',
  'OPPORTUNITIES',
  'opportunities.json',
  'opportunities%2fadmin',
  'opp_1',
  'abc-DEF_9',
  'admin',
  'internal',
  'v1',
  'users',
  'healthz',
  'index.html',
  'assets',
]

const AUTHORITIES = [
  'http://evil.example',
  'https://evil.example',
  'HTTP://EVIL.EXAMPLE',
  'http://evil.example:80',
  'http://user:pass@evil.example',
  'http://user:pass@127.0.0.1',
  'http://127.0.0.1',
  'http://[::1]',
  'http://evil.example%2f@127.0.0.1',
  'http://127.0.0.1#@evil.example',
  'http:evil.example',
  'http:/evil.example',
  'http:',
  '//evil.example',
  '///evil.example',
  '//user:pass@evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/%2fevil.example',
  '/%5cevil.example',
  'file://',
  'javascript:',
  'UPSTREAM', // replaced by the stand-in Spott's own origin
]

const LIMITS = [
  '1',
  '5',
  '50',
  '51',
  '0',
  '00',
  '-1',
  '-0',
  '1e1',
  '0x10',
  '0b1',
  '0o7',
  '10.0',
  '.5',
  '+5',
  '%2B5',
  ' 5',
  '%205',
  '5%20',
  '%35',
  '05',
  '005',
  '5%00',
  '',
  'abc',
  '\u0665', // Arabic-Indic five
  '%d9%a5',
  '%ef%bc%95', // fullwidth five
  '9'.repeat(400),
  'Infinity',
  'NaN',
  '1_0',
  '5;6',
  '[5]',
]

const CURSORS = [
  'abc',
  'abc%2B%2F%3D',
  'a+b',
  'a%2bb',
  '../',
  '..%2f',
  '%2e%2e%2f',
  '%252e%252e%252f',
  '../../admin',
  '%00',
  'a%00b',
  'a%26limit%3D99',
  'a%23frag',
  'a;b',
  'a%0d%0ab',
  '%e2%80%ae',
  '%c0%af',
  'a'.repeat(1024),
  'a'.repeat(1025),
  '%2F'.repeat(1024),
  '%2F'.repeat(1025),
  '=',
  '/',
  '-_',
]

const EXTRA_PARAMS = [
  'url=http://evil.example/',
  'url=//evil.example',
  'path=/admin',
  'path=..%2f..%2fadmin',
  'id=../admin',
  '__proto__=x',
  '__proto__[limit]=5',
  'constructor[prototype][limit]=5',
  'callback=x',
  'api_key=x',
  'apiKey=x',
  'x-api-key=x',
  'baseUrl=http://evil.example',
  'redirect=//evil.example',
  'method=DELETE',
  '',
  '=',
  '==',
  'limit',
  'cursor',
  'limit=',
  'cursor=',
  'limit[]=5',
  'LIMIT=5',
  'Cursor=abc',
  'li%6dit=5',
  'cur%73or=abc',
  'limit%3D5',
  '%26limit=5',
  'limit%00=5',
  '&',
  '#',
]

const SEPARATORS = ['&', '&', '&', ';', '&amp;', '%26', '?', '&&', '&#&']
const FRAGMENTS = ['#frag', '#', '#?limit=999', '#/../admin', '#&cursor=../']

const validId = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/)

/** Random bytes, percent-encoded: mostly not UTF-8 at all. */
const percentBytes = fc
  .uint8Array({ minLength: 1, maxLength: 6 })
  .map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''))

const doubleEncoded = percentBytes.map((text) => text.replaceAll('%', '%25'))

const segment = fc
  .array(
    fc.oneof(
      { arbitrary: pick(TRAVERSAL), weight: 4 },
      { arbitrary: pick(UNICODE), weight: 3 },
      { arbitrary: pick(WORDS), weight: 3 },
      { arbitrary: validId, weight: 2 },
      { arbitrary: percentBytes, weight: 1 },
      { arbitrary: doubleEncoded, weight: 1 },
      { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.join(''))

const slash = pick(['/', '/', '/', '/', '//', '/./', '/../', '%2f', '%5c', '\\', '/;/'])

const apiPrefix = pick([
  '/api',
  '/api',
  '/api',
  '/api/opportunities',
  '/api/opportunities',
  '/api/opportunities',
  '/%61pi',
  '/%2561pi',
  '/API',
  '/Api/Opportunities',
  '/api%2f',
  '/api%2fopportunities',
  '/api/.',
  '/api/./opportunities',
  '/./api',
  '/../api',
  '//api',
  '/api;x',
  '/api..',
  '/apiopportunities',
  '/api%00',
  '/api/opportunities/..',
  '/api/opportunities%2f..',
  '/api/opportunities/%2e%2e',
  '/api/opportunities/.',
])

const limitParam = pick(['limit', 'limit', 'Limit', 'limit ', 'limit%00', '%6cimit'])
const cursorParam = pick(['cursor', 'cursor', 'Cursor', 'cursor%00', '%63ursor'])

const param = fc.oneof(
  fc
    .tuple(limitParam, fc.oneof(pick(LIMITS), fc.integer({ min: -100, max: 200 }).map(String)))
    .map(([name, value]) => `${name}=${value}`),
  fc
    .tuple(cursorParam, fc.oneof(pick(CURSORS), segment, validId))
    .map(([name, value]) => `${name}=${value}`),
  pick(EXTRA_PARAMS),
)

const query = fc
  .tuple(
    fc.array(fc.tuple(param, pick(SEPARATORS)), { minLength: 1, maxLength: 5 }),
    fc.option(pick(FRAGMENTS), { nil: '' }),
  )
  .map(
    ([parts, fragment]) =>
      `?${parts.map(([part, separator], index) => (index === 0 ? part : separator + part)).join('')}${fragment}`,
  )

const pathTarget = fc
  .tuple(
    apiPrefix,
    fc.array(fc.tuple(slash, segment), { maxLength: 4 }),
    fc.option(query, { nil: '' }),
  )
  .map(([prefix, rest, tail]) => prefix + rest.map(([sep, part]) => sep + part).join('') + tail)

/** Puts `piece` somewhere inside `target`, including at either end. */
const insertInto = (target: fc.Arbitrary<string>, piece: fc.Arbitrary<string>) =>
  fc.tuple(target, piece, fc.nat()).map(([text, inserted, at]) => {
    const index = at % (text.length + 1)
    return text.slice(0, index) + inserted + text.slice(index)
  })

const method = fc.oneof(
  { arbitrary: fc.constant('GET'), weight: 6 },
  { arbitrary: fc.constant('HEAD'), weight: 1 },
  {
    arbitrary: pick(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND']),
    weight: 1,
  },
)

const readMethod = fc.oneof(
  { arbitrary: fc.constant('GET'), weight: 5 },
  { arbitrary: fc.constant('HEAD'), weight: 1 },
)

/** `length` characters from an allowed-looking seed: the boundaries, and far past them. */
const longRun = (lengths: fc.Arbitrary<number>, seeds: fc.Arbitrary<string>) =>
  fc
    .tuple(lengths, seeds)
    .map(([length, seed]) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length))

const idLength = fc.oneof(
  fc.integer({ min: 120, max: 140 }),
  fc.integer({ min: 129, max: 10_000 }),
  pick([128, 129, 256, 1024, 4096, 8192, 10_000]),
)
const cursorLength = fc.oneof(
  fc.integer({ min: 1000, max: 1050 }),
  fc.integer({ min: 1, max: 5000 }),
  pick([1024, 1025, 2048]),
)

const overlongTarget = fc.oneof(
  longRun(idLength, validId).map((id) => `/api/opportunities/${id}`),
  fc
    .tuple(longRun(idLength, validId), pick([...TRAVERSAL, ...UNICODE]), fc.nat())
    .map(([id, bad, at]) => {
      const index = at % (id.length + 1)
      return `/api/opportunities/${id.slice(0, index)}${bad}${id.slice(index)}`
    }),
  fc
    .tuple(
      longRun(cursorLength, fc.oneof(validId, pick(['%2B', '%2F', '%3D', 'a%2Fb', '../', '%00']))),
      fc.option(pick(['limit=5&', 'limit=50&', 'limit=51&', 'url=x&']), { nil: '' }),
    )
    .map(([cursor, before]) => `/api/opportunities?${before}cursor=${cursor}`),
  longRun(fc.integer({ min: 1, max: 3000 }), pick(['0', '00', '9'])).map(
    (zeros) => `/api/opportunities?limit=${zeros}5`,
  ),
  longRun(fc.integer({ min: 1, max: 2000 }), pick(['../', '%2e%2e/', '..%2f', 'a/', '/'])).map(
    (path) => `/api/opportunities/${path}x`,
  ),
  longRun(fc.integer({ min: 1, max: 2000 }), pick(['&limit=5', '&x=1', '&&', '&cursor=a'])).map(
    (params) => `/api/opportunities?${params}`,
  ),
)

const absoluteTarget = fc
  .tuple(
    pick(AUTHORITIES),
    fc.oneof(
      pick([
        '/api/opportunities/x',
        '/api/opportunities',
        '/api/opportunities?limit=5',
        '/api/../api/opportunities/x',
        '/opportunities/x',
        '@evil.example/api/opportunities/x',
        ':80/api/opportunities/x',
        '',
      ]),
      pathTarget,
    ),
  )
  .map(([authority, path]) => authority + path)

const injectedTarget = insertInto(
  fc.oneof(pathTarget, pick(['/api/opportunities/x', '/api/opportunities?limit=5&cursor=a'])),
  pick(INJECTION),
)

// ---------------------------------------------------------------------------------------
// Valid requests, with what Spott must receive for them

/** Raw (possibly lower-case percent-encoded) and decoded cursor text. */
const validCursor = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/),
      pick(['%2B', '%2F', '%3D', '%2b', '%2f', '%3d']),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => {
    const raw = parts.join('')
    return { raw, decoded: decodeURIComponent(raw) }
  })

/** Query parameters the proxy must drop without letting them change anything. */
const IGNORED_PARAMS = [
  'url=http://evil.example/',
  'path=/admin',
  'id=..%2fadmin',
  '__proto__=x',
  'constructor=1',
  'api_key=x',
  'LIMIT=999',
  'Cursor=..',
  'limit%5B%5D=5',
  'x=1',
  '',
]

type ValidCase = { kind: 'valid'; target: string; expected: string }

const validDetail = validId.map((id): ValidCase => ({
  kind: 'valid',
  target: `/api/opportunities/${id}`,
  expected: `/opportunities/${id}`,
}))

const validList = fc
  .record({
    limit: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    zeroPad: fc.boolean(),
    cursor: fc.option(validCursor, { nil: undefined }),
    cursorFirst: fc.boolean(),
    ignored: fc.array(pick(IGNORED_PARAMS), { maxLength: 3 }),
    fragment: fc.option(pick(['#frag', '#', '#?limit=999&cursor=../']), { nil: '' }),
  })
  .map(({ limit, zeroPad, cursor, cursorFirst, ignored, fragment }): ValidCase => {
    const limitText =
      limit === undefined ? [] : [`limit=${zeroPad && limit < 10 ? '0' : ''}${limit}`]
    const cursorText = cursor === undefined ? [] : [`cursor=${cursor.raw}`]
    const given = cursorFirst ? [...cursorText, ...limitText] : [...limitText, ...cursorText]
    const params = [...ignored, ...given]
    // A fragment only ever follows a `?`: the proxy reads a `#…` with no `?` before it as
    // the query (validated all the same), which this model leaves out.
    const search = params.length > 0 || fragment !== '' ? `?${params.join('&')}` : ''
    const target = `/api/opportunities${search}${fragment}`
    // Written as URLSearchParams writes it: limit first, then the cursor with +, / and =
    // percent-encoded in upper case.
    const forwarded = [
      ...(limit === undefined ? [] : [`limit=${limit}`]),
      ...(cursor === undefined
        ? []
        : [
            `cursor=${cursor.decoded.replace(/[+/=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
          ]),
    ]
    const expected = `/opportunities${forwarded.length > 0 ? `?${forwarded.join('&')}` : ''}`
    return { kind: 'valid', target, expected }
  })

// ---------------------------------------------------------------------------------------

// A property that outlived its timeout would keep sending while the next one counts.
describe(
  'the Spott proxy under fuzzed request targets (raw sockets, bare and in npm start)',
  { timeout: 60_000 },
  () => {
    it('forwards known-good targets, so the fuzzing below cannot pass by forwarding nothing', async () => {
      const cases: [method: string, target: string, upstream: string][] = [
        ['GET', '/api/opportunities/opp_1', '/opportunities/opp_1'],
        ['HEAD', '/api/opportunities/opp_head', '/opportunities/opp_head'],
        ['GET', `/api/opportunities/${'A'.repeat(128)}`, `/opportunities/${'A'.repeat(128)}`],
        ['GET', '/api/opportunities', '/opportunities'],
        ['GET', '/api/opportunities?limit=50', '/opportunities?limit=50'],
        [
          'GET',
          '/api/opportunities?limit=05&cursor=ab%2b%2F%3d',
          '/opportunities?limit=5&cursor=ab%2B%2F%3D',
        ],
        ['GET', '/api/opportunities?cursor=c1#frag', '/opportunities?cursor=c1'],
        ['GET', '/api/opportunities?url=http://evil.example/&limit=1', '/opportunities?limit=1'],
        [
          'GET',
          `/api/opportunities?cursor=${'%2F'.repeat(1024)}`,
          `/opportunities?cursor=${'%2F'.repeat(1024)}`,
        ],
      ]
      for (const [verb, target, upstream] of cases) {
        const { answers, fresh } = await run(verb, target)
        expect(
          answers.map((answer) => answer.status),
          target,
        ).toEqual([200, 200])
        expect(
          fresh.map((request) => request.url),
          target,
        ).toEqual([upstream, upstream])
      }
    })

    it('reads a deep link’s opportunity once in npm start, in whatever form the target comes', async () => {
      const cases: [method: string, target: string, upstream: string[]][] = [
        ['GET', '/opportunities/opp_1', ['/opportunities/opp_1']],
        ['GET', `/opportunities/${'A'.repeat(128)}`, [`/opportunities/${'A'.repeat(128)}`]],
        // Matched undecoded, as the app's router reads it: "%6f" is not "o".
        ['GET', '/opportunities/%6fpp_2?limit=5#x', []],
        ['GET', 'http://evil.example/opportunities/x', ['/opportunities/x']],
        ['GET', 'http://user:pass@evil.example/api/../opportunities/y?z=1', ['/opportunities/y']],
        // The page's HEAD asks Spott nothing, and what is no deep link gets index.html.
        ['HEAD', '/opportunities/opp_1', []],
        ['GET', `/opportunities/${'A'.repeat(129)}`, []],
        ['GET', '/opportunities/opp_1/', []],
        ['GET', '/opportunities/..%2fadmin', []],
        ['GET', '//evil.example/opportunities/x', []],
      ]
      for (const [verb, target, upstream] of cases) {
        const { answers, fresh } = await run(verb, target)
        expect(
          answers.map((answer) => answer.status),
          target,
        ).toEqual([418, 200])
        expect(
          fresh.map((request) => request.url),
          target,
        ).toEqual(upstream)
      }
    })

    it('never lets traversal, encoding or unicode tricks in the path past the allowlist', async () => {
      await fc.assert(
        fc.asyncProperty(method, pathTarget, async (verb, target) => {
          await run(verb, target)
        }),
        {
          numRuns: RUNS,
          examples: [
            ['GET', '/api/opportunities/..%2f..%2fadmin'],
            ['GET', '/api/opportunities/%2e%2e/%2e%2e/admin'],
            ['GET', '/api/opportunities/%252e%252e%252fadmin'],
            ['GET', '/api/opportunities/..;/admin'],
            ['GET', '/api/opportunities/x%5c..%5cadmin'],
            ['GET', '/api/opportunities/%c0%af..%e0%80%afadmin'],
            ['GET', '/api/opportunities/%ef%bc%8f%ef%bc%8e%ef%bc%8e'],
            ['GET', '/api/opportunities/./opp_1'],
            ['GET', '/api/opportunities/opp_1/'],
            ['GET', '/api/opportunities//opp_1'],
          ],
        },
      )
    })

    it('refuses overlong ids, cursors and limits before anything is sent upstream', async () => {
      await fc.assert(
        fc.asyncProperty(readMethod, overlongTarget, async (verb, target) => {
          await run(verb, target)
        }),
        { numRuns: RUNS },
      )
    })

    it('never forwards absolute-form, scheme-relative or CR LF / NUL injected targets elsewhere', async () => {
      const upstreamHost = new URL(upstreamOrigin).host
      await fc.assert(
        fc.asyncProperty(method, fc.oneof(absoluteTarget, injectedTarget), async (verb, target) => {
          await run(verb, target.replace('UPSTREAM', `http://${upstreamHost}`))
        }),
        {
          numRuns: RUNS,
          examples: [
            ['GET', 'http://evil.example/api/opportunities/x'],
            ['GET', '//evil.example/api/opportunities/x'],
            ['GET', 'http://user:pass@evil.example/api/opportunities/x'],
            ['GET', 'UPSTREAM/api/opportunities/x'],
            [
              'GET',
              '/api/opportunities/x HTTP/1.1\r\nHost: x\r\n\r\nGET /api/opportunities/..%2fadmin',
            ],
            ['GET', '/api/opportunities/x%0d%0aX-Injected:%201'],
            ['GET', '/api/opportunities/x%00.json'],
          ],
        },
      )
    })

    it('forwards only a valid limit and cursor, whatever else the query holds', async () => {
      await fc.assert(
        fc.asyncProperty(
          method,
          fc.tuple(pick(['/api/opportunities', '/api/opportunities/', '/api', '/api/']), query),
          async (verb, [path, search]) => {
            await run(verb, path + search)
          },
        ),
        {
          numRuns: RUNS,
          examples: [
            ['GET', ['/api/opportunities', '?limit=5&limit=6']],
            ['GET', ['/api/opportunities', '?limit=1e1']],
            ['GET', ['/api/opportunities', '?limit=0x10']],
            ['GET', ['/api/opportunities', '?limit=-5']],
            ['GET', ['/api/opportunities', '?cursor=../../admin']],
            ['GET', ['/api/opportunities', '?cursor=a%00']],
            ['GET', ['/api/opportunities', '?cursor=a%26limit%3D99']],
            ['GET', ['/api/opportunities', '?cursor=a#frag']],
            ['GET', ['/api/opportunities', '?limit=5;cursor=a']],
            ['GET', ['/api/opportunities', '?url=http://evil.example/&path=/admin&__proto__=x']],
          ],
        },
      )
    })

    it('forwards valid pieces exactly and hostile mixes of them not at all', async () => {
      let reached = 0
      const mixed = fc.oneof(
        { arbitrary: validDetail, weight: 2 },
        { arbitrary: validList, weight: 2 },
        {
          arbitrary: insertInto(
            validList.map((valid) => valid.target),
            fc.oneof(pick(TRAVERSAL), pick(UNICODE), pick(INJECTION), segment, query),
          ).map((target) => ({ kind: 'hostile' as const, target })),
          weight: 2,
        },
        {
          arbitrary: insertInto(
            validId.map((id) => `/api/opportunities/${id}`),
            fc.oneof(pick(TRAVERSAL), pick(UNICODE), pick(INJECTION), slash),
          ).map((target) => ({ kind: 'hostile' as const, target })),
          weight: 2,
        },
        {
          arbitrary: pathTarget.map((target) => ({ kind: 'hostile' as const, target })),
          weight: 1,
        },
      )
      await fc.assert(
        fc.asyncProperty(readMethod, mixed, async (verb, piece) => {
          const { answers, fresh } = await run(verb, piece.target)
          reached += fresh.length
          if (piece.kind === 'hostile') return
          expect(
            answers.map((answer) => answer.status),
            piece.target,
          ).toEqual([200, 200])
          expect(
            fresh.map((request) => request.url),
            piece.target,
          ).toEqual([piece.expected, piece.expected])
        }),
        { numRuns: RUNS },
      )
      expect(reached).toBeGreaterThan(RUNS / 2)
    })

    it('overall: every request Spott ever received was allowlisted and carried only the key', () => {
      expectAllowedUpstream(received)
      expect(received.length).toBeGreaterThan(0)
      expect(tally.requests).toBeGreaterThanOrEqual(2 * 5 * RUNS)
      // Most targets must get past Node's parser to the handlers, or the fuzzing tests little.
      expect(tally.proxyAnswers).toBeGreaterThan(tally.requests / 3)
      // The absolute-form targets reach npm start's deep-link pages, and their upstream reads.
      expect(tally.deepLinkPages).toBeGreaterThan(0)
      // Spott answered 200 every time: any proxy log line is a failure the answers hid.
      expect(proxyLogs).toEqual([])
      const logged = productionLogs.join('\n')
      expect(secretFormsIn(logged, KEY)).toEqual([])
      for (const secret of [PASSWORD, CLIENT_MARKER]) expect(logged).not.toContain(secret)
    })
  },
)

import { writeFileSync } from 'node:fs'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProxyErrorCode } from './spott-proxy.ts'
import { createFakeBuild, type FakeBuild } from './test-support/fake-dist.ts'
import { httpRequest, type HttpReply } from './test-support/http.ts'
import { distinctiveKey, secretFormsIn } from './test-support/secret-scan.ts'
import {
  STARTED,
  compileProductionServer,
  exitOf,
  spawnProductionServer,
  startedOrigin,
  type CompiledServer,
  type ServerProcess,
} from './test-support/server-process.ts'
import {
  startStandInUpstream,
  type StandInUpstream,
  type UpstreamAnswer,
} from './test-support/stand-in-upstream.ts'

/**
 * The compiled production server, with a key, against a stand-in Spott that misbehaves in
 * every way we could think of and echoes the key wherever it can: in bodies, headers,
 * redirects, Retry-After. Every byte the server sends back and every byte it logs, for the
 * whole run, is then searched for the key in any encoding.
 */

const KEY = distinctiveKey('RUNTIME')
/** What a hostile or confused browser sends as credentials: it must never reach Spott. */
const CLIENT_SECRET = 'client-secret-9d41c0'
const TIMEOUT_MS = 1000
const OVERSIZED = 6 * 1024 * 1024
const REDIRECT_TARGET = '/opportunities/redirect_target'

/** The key as Spott might echo it, in one blob: as is, URL-encoded, base64. */
const KEY_ECHO = `${KEY} ${encodeURIComponent(KEY)} ${Buffer.from(KEY).toString('base64')}`
const ECHO_HEADERS = {
  'x-echo-key': KEY,
  'x-echo-key-encoded': encodeURIComponent(KEY),
  'set-cookie': `session=${encodeURIComponent(KEY)}; Path=/`,
  'www-authenticate': `Bearer error="invalid_token", key="${KEY}"`,
  link: `<https://spott.example/keys/${encodeURIComponent(KEY)}>; rel="self"`,
}

function answer(
  res: ServerResponse,
  status: number,
  body: string | Buffer | object,
  headers: OutgoingHttpHeaders = {},
) {
  const bytes =
    typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body, null, 1)
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(bytes)
}

const keyFilled = (bytes: number) => Buffer.alloc(bytes, `"${KEY}",`)

type Fault = {
  /** The opportunity id that triggers it: one per fault, so the 5 s cache masks nothing. */
  id: string
  spott: UpstreamAnswer
  status: number
  /** Undefined for the one fault that is a 200. */
  code?: ProxyErrorCode
  /** Spott's message is passed on with the key blanked out: proves the echo got that far. */
  redacted?: boolean
}

const message400 = (text: string) => (_req: IncomingMessage, res: ServerResponse) =>
  answer(res, 400, `{"status":400,"message":"${text}"}`)

const FAULTS: Fault[] = [
  {
    id: 'fault_500_echo',
    spott: (_req, res) =>
      answer(res, 500, { message: `Internal error for ${KEY_ECHO}` }, ECHO_HEADERS),
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_503_html',
    spott: (_req, res) =>
      answer(res, 503, `<html><body>Bad gateway for ${KEY_ECHO}</body></html>`, {
        'content-type': 'text/html',
      }),
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_400_raw',
    spott: message400(`The x-api-key ${KEY} is not valid for this request`),
    status: 400,
    code: 'BAD_REQUEST',
    redacted: true,
  },
  {
    id: 'fault_400_url_encoded',
    spott: message400(`No account for key=${encodeURIComponent(KEY)} here`),
    status: 400,
    code: 'BAD_REQUEST',
    redacted: true,
  },
  {
    id: 'fault_400_url_encoded_lower_hex',
    spott: message400(`No account for key=${encodeURIComponent(KEY).toLowerCase()} here`),
    status: 400,
    code: 'BAD_REQUEST',
    redacted: true,
  },
  {
    id: 'fault_400_upper_case',
    spott: message400(`KEY ${KEY.toUpperCase()} IS NOT VALID`),
    status: 400,
    code: 'BAD_REQUEST',
    redacted: true,
  },
  {
    id: 'fault_400_json_escaped',
    spott: message400(`The key ${KEY.replaceAll('/', '\\/')} is not valid`),
    status: 400,
    code: 'BAD_REQUEST',
    redacted: true,
  },
  {
    id: 'fault_400_unicode_escaped',
    spott: message400(
      `The key ${[...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')} is not valid`,
    ),
    status: 400,
    code: 'BAD_REQUEST',
    redacted: true,
  },
  {
    id: 'fault_400_machine_code',
    spott: message400(`INVALID_KEY:${KEY}`),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    id: 'fault_400_headers',
    spott: (_req, res) => answer(res, 400, { message: 'Bad request, see headers' }, ECHO_HEADERS),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    id: 'fault_401',
    spott: (_req, res) =>
      answer(res, 401, { message: `Invalid API key ${KEY_ECHO}` }, ECHO_HEADERS),
    status: 502,
    code: 'UPSTREAM_AUTH',
  },
  {
    id: 'fault_403',
    spott: (_req, res) => answer(res, 403, { message: `Key ${KEY} may not read this` }),
    status: 502,
    code: 'UPSTREAM_AUTH',
  },
  {
    id: 'fault_404_echo',
    spott: (_req, res) => answer(res, 404, { message: `Nothing here for ${KEY_ECHO}` }),
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    id: 'fault_redirect_302',
    spott: (_req, res) =>
      answer(
        res,
        302,
        { message: `Moved, bring ${KEY}` },
        {
          location: `${REDIRECT_TARGET}?key=${encodeURIComponent(KEY)}`,
        },
      ),
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_redirect_307',
    spott: (req, res) =>
      answer(res, 307, '', { location: `http://${req.headers.host}${REDIRECT_TARGET}?k=${KEY}` }),
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_200_headers',
    spott: (_req, res) =>
      answer(res, 200, { id: 'fault_200_headers', name: 'Headers echo the key' }, ECHO_HEADERS),
    status: 200,
  },
  {
    id: 'fault_200_malformed_json',
    spott: (_req, res) => answer(res, 200, `{"id":"fault_200_malformed_json","key":"${KEY}",`),
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_200_html',
    spott: (_req, res) =>
      answer(res, 200, `<!doctype html><p>${KEY_ECHO}</p>`, { 'content-type': 'text/html' }),
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_reset',
    spott: (req) => req.socket.destroy(),
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_reset_mid_body',
    spott: (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' })
      res.write(`{"id":"fault_reset_mid_body","key":"${KEY}"`)
      setTimeout(() => req.socket.destroy(), 20)
    },
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_hang',
    spott: () => undefined,
    status: 504,
    code: 'UPSTREAM_TIMEOUT',
  },
  {
    id: 'fault_hang_mid_body',
    spott: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' })
      res.write(`{"id":"fault_hang_mid_body","key":"${KEY}"`)
    },
    status: 504,
    code: 'UPSTREAM_TIMEOUT',
  },
  {
    id: 'fault_oversized_declared',
    spott: (_req, res) => answer(res, 200, keyFilled(OVERSIZED)),
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
  {
    id: 'fault_oversized_chunked',
    spott: (_req, res) => {
      // No content-length: the proxy only finds out by counting.
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = keyFilled(64 * 1024)
      for (let sent = 0; sent < OVERSIZED && !res.destroyed; sent += chunk.length) res.write(chunk)
      res.end()
    },
    status: 502,
    code: 'UPSTREAM_UNAVAILABLE',
  },
]

/**
 * Last, in this order: after a 429 the proxy sends nothing to Spott for Retry-After (1 s
 * when it cannot be read), and after the second one, for years.
 */
const RATE_LIMITS = {
  unreadable: {
    id: 'fault_429_unreadable',
    spott: (_req, res) =>
      answer(res, 429, { message: `Slow down, ${KEY_ECHO}` }, { 'retry-after': KEY }),
    status: 429,
    code: 'RATE_LIMITED',
  },
  dateWithComment: {
    id: 'fault_429_date_with_comment',
    spott: (_req, res) =>
      answer(
        res,
        429,
        { message: 'Slow down' },
        { 'retry-after': `Wed, 21 Oct 2030 07:28:00 GMT (${KEY})` },
      ),
    status: 429,
    code: 'RATE_LIMITED',
  },
} satisfies Record<string, Fault>
const ALL_FAULTS: Fault[] = [...FAULTS, RATE_LIMITS.unreadable, RATE_LIMITS.dateWithComment]

/**
 * Known leaks (see the describe block that uses them): a 400 message is passed on with only
 * the exact encodings of the key blanked out, so any other encoding gets through.
 */
const KNOWN_LEAKS = [
  // Python's urllib.parse.quote() leaves "/" as is.
  [
    'partly URL-encoded',
    'leak_400_partly_url_encoded',
    KEY.replaceAll('+', '%2B').replaceAll('=', '%3D'),
  ],
  ['URL-encoded twice', 'leak_400_url_encoded_twice', encodeURIComponent(encodeURIComponent(KEY))],
  ['base64-encoded', 'leak_400_base64', Buffer.from(KEY).toString('base64')],
] as const

const spottAnswers = new Map<string, UpstreamAnswer>([
  ...ALL_FAULTS.map((fault) => [`/opportunities/${fault.id}`, fault.spott] as const),
  ...KNOWN_LEAKS.map(
    ([, id, echoed]) => [`/opportunities/${id}`, message400(`Invalid key ${echoed} here`)] as const,
  ),
])

/** Spott for everything else: an empty list, and a 404 that echoes the key. */
const spott: UpstreamAnswer = (req, res) => {
  const url = req.url ?? '/'
  const fault = spottAnswers.get(url)
  if (fault) return fault(req, res)
  if (url === '/opportunities' || url.startsWith('/opportunities?')) {
    return answer(res, 200, { items: [], pageInfo: { hasNextPage: false, nextCursor: null } })
  }
  answer(res, 404, { message: `No opportunity for ${KEY_ECHO}` })
}

const CLIENT_HEADERS = {
  authorization: `Bearer ${CLIENT_SECRET}`,
  'x-api-key': CLIENT_SECRET,
  cookie: `session=${CLIENT_SECRET}`,
  'proxy-authorization': `Basic ${Buffer.from(`u:${CLIENT_SECRET}`).toString('base64')}`,
  'x-forwarded-for': '203.0.113.7',
}

let compiled: CompiledServer | undefined
let build: FakeBuild | undefined
let upstream: StandInUpstream | undefined
let server: ServerProcess | undefined
let origin = ''
const extraBuilds: FakeBuild[] = []
const extraServers: ServerProcess[] = []

type Exchange = { request: string; reply: HttpReply }
/** Every answer the server gave in this file, with its status line and headers as sent. */
const exchanges: Exchange[] = []

/** Status line, headers and body, as the server sent them. */
function transcript({ reply }: Exchange): string {
  const headers: string[] = []
  for (let i = 0; i < reply.rawHeaders.length; i += 2) {
    headers.push(`${reply.rawHeaders[i]}: ${reply.rawHeaders[i + 1]}`)
  }
  const status = `HTTP/1.1 ${reply.status} ${reply.statusMessage}`
  return [status, ...headers, '', reply.body.toString('latin1')].join('\r\n')
}

async function exchange(
  target: string,
  method: string,
  path: string,
  headers: OutgoingHttpHeaders = {},
): Promise<Exchange> {
  const reply = await httpRequest(target, path, { method, headers, timeoutMs: 15_000 })
  return { request: `${method} ${path}`, reply }
}

/** A request to the main server; its answer joins those scanned at the end. */
async function call(method: string, path: string, headers: OutgoingHttpHeaders = {}) {
  const made = await exchange(origin, method, path, headers)
  exchanges.push(made)
  return made
}

const errorBody = (reply: HttpReply) =>
  JSON.parse(reply.text) as { status: number; code: string; message: string }

const leaksIn = (text: string) => secretFormsIn(text, KEY)

beforeAll(async () => {
  compiled = await compileProductionServer('secrets-runtime-test')
  build = createFakeBuild()
  upstream = await startStandInUpstream(spott)
  server = spawnProductionServer(
    compiled.startJs,
    {
      SPOTT_API_KEY: KEY,
      SPOTT_API_URL: upstream.url,
      SPOTT_TIMEOUT_MS: String(TIMEOUT_MS),
    },
    build.root,
  )
  origin = await startedOrigin(server)
}, 180_000)

afterAll(async () => {
  for (const child of [server, ...extraServers]) {
    if (child && !child.exit) child.proc.kill('SIGKILL')
  }
  await upstream?.close()
  for (const fake of [build, ...extraBuilds]) fake?.remove()
  compiled?.remove()
})

describe(
  'the production server with a key, against a misbehaving Spott',
  { timeout: 30_000 },
  () => {
    it.each(FAULTS)('answers $id with $status $code, without the key', async (fault) => {
      const exchange = await call('GET', `/api/opportunities/${fault.id}`)
      const { reply } = exchange
      expect(reply.status).toBe(fault.status)
      if (fault.code) {
        expect(errorBody(reply)).toMatchObject({ status: fault.status, code: fault.code })
      }
      if (fault.redacted) expect(errorBody(reply).message).toContain('[redacted]')
      // Nothing of Spott's headers comes through, on success or failure.
      for (const name of Object.keys(ECHO_HEADERS)) expect(reply.headers[name]).toBeUndefined()
      expect(leaksIn(transcript(exchange))).toEqual([])
    })

    it.each([
      ['GET', '/api/opportunities/..%2F..%2Fadmin', 400],
      ['GET', '/api/opportunities/../../admin', 404],
      ['GET', '/api/../api/opportunities/opp_1', 404],
      ['GET', '/api/opportunities/%2e%2e', 400],
      ['GET', '/api/opportunities/opp%00x', 400],
      ['GET', '/api/opportunities/opp%0d%0aSet-Cookie:%20x=1', 400],
      ['GET', `/api/opportunities/${'a'.repeat(129)}`, 400],
      ['GET', '/api/opportunities%2Fopp_1', 404],
      ['GET', '/api/opportunities/opp_1/notes', 404],
      ['GET', '/api', 404],
      ['GET', '/api/', 404],
      ['GET', '/api/admin', 404],
      ['GET', '/api/keys?show=1', 404],
      ['GET', '/api/opportunities?limit=999', 400],
      ['GET', '/api/opportunities?limit=1&limit=2', 400],
      ['GET', '/api/opportunities?cursor=%3Cscript%3E', 400],
      ['POST', '/api/opportunities/opp_1', 405],
      ['PUT', '/api/opportunities/opp_1', 405],
      ['PATCH', '/api/opportunities', 405],
      ['DELETE', '/api/opportunities/opp_1', 405],
      ['OPTIONS', '/api/opportunities/opp_1', 405],
      ['TRACE', '/api/opportunities/opp_1', 405],
    ] as const)('refuses %s %s with %i, asking Spott nothing', async (method, path, status) => {
      const before = upstream!.received.length
      const exchange = await call(method, path, CLIENT_HEADERS)
      expect(exchange.reply.status).toBe(status)
      expect(upstream!.received.length).toBe(before)
      expect(leaksIn(transcript(exchange))).toEqual([])
    })

    it.each([
      [
        'GET',
        '/api/opportunities/client_headers?apiKey=mine&key=mine',
        404,
        '/opportunities/client_headers',
      ],
      [
        'GET',
        '/api/opportunities?limit=5&api_key=mine&x-api-key=mine',
        200,
        '/opportunities?limit=5',
      ],
      ['HEAD', '/api/opportunities/fault_401', 502, '/opportunities/fault_401'],
      ['HEAD', '/api/opportunities/fault_500_echo', 502, '/opportunities/fault_500_echo'],
    ] as const)(
      'forwards %s %s with only the server key (%i)',
      async (method, path, status, upstreamPath) => {
        const before = upstream!.received.length
        const exchange = await call(method, path, CLIENT_HEADERS)
        expect(exchange.reply.status).toBe(status)
        const sent = upstream!.received.slice(before)
        expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual([
          `GET ${upstreamPath}`,
        ])
        expect(sent[0]!.headers['x-api-key']).toBe(KEY)
        for (const name of ['authorization', 'cookie', 'proxy-authorization', 'x-forwarded-for']) {
          expect(sent[0]!.headers[name]).toBeUndefined()
        }
        expect(leaksIn(transcript(exchange))).toEqual([])
      },
    )

    it('rewrites Retry-After as seconds, pausing Spott calls, without the key', async () => {
      const unreadable = await call('GET', `/api/opportunities/${RATE_LIMITS.unreadable.id}`)
      expect(unreadable.reply.status).toBe(429)
      expect(errorBody(unreadable.reply).code).toBe('RATE_LIMITED')
      // Unreadable, so not passed on; the proxy still waits its default second.
      expect(unreadable.reply.headers['retry-after']).toBeUndefined()
      await new Promise((resolve) => setTimeout(resolve, 1200))

      // Date.parse skips "(comment)": the proxy must not forward the header as it came.
      const dated = await call('GET', `/api/opportunities/${RATE_LIMITS.dateWithComment.id}`)
      expect(dated.reply.status).toBe(429)
      expect(dated.reply.headers['retry-after']).toMatch(/^\d+$/)
      expect(Number(dated.reply.headers['retry-after'])).toBeGreaterThan(86_400)

      // Spott asked for years of quiet: the next request is refused without asking it.
      const before = upstream!.received.length
      const paused = await call('GET', '/api/opportunities/after_pause')
      expect(paused.reply.status).toBe(429)
      expect(paused.reply.headers['retry-after']).toMatch(/^\d+$/)
      expect(upstream!.received.length).toBe(before)

      for (const exchange of [unreadable, dated, paused]) {
        expect(leaksIn(transcript(exchange))).toEqual([])
      }
    })

    it('logged every failure, and never the key, in stdout or stderr', async () => {
      const child = server!
      child.proc.kill('SIGTERM')
      expect(await exitOf(child)).toEqual({ code: 0, signal: null })

      // Control: the logs are there and speak of each failure, so an empty scan means something.
      expect(child.stdout).toMatch(STARTED)
      for (const fault of ALL_FAULTS) {
        expect(child.stdout).toContain(`GET /api/opportunities/${fault.id} ${fault.status} `)
        if (fault.code) {
          expect(child.stderr).toContain(
            `GET /opportunities/${fault.id} → ${fault.status} ${fault.code} `,
          )
        }
      }
      expect(child.stderr).toContain('GET /opportunities/after_pause → 429 RATE_LIMITED')

      expect(leaksIn(child.stdout)).toEqual([])
      expect(leaksIn(child.stderr)).toEqual([])
      for (const output of [child.stdout, child.stderr]) expect(output).not.toContain(CLIENT_SECRET)
    })

    it('sent the key in no answer at all, and Spott really saw every fault', () => {
      const requests = exchanges.length
      expect(requests).toBeGreaterThan(ALL_FAULTS.length)
      const leaks = exchanges
        .map((exchange) => ({ request: exchange.request, forms: leaksIn(transcript(exchange)) }))
        .filter((leak) => leak.forms.length > 0)
      expect(leaks).toEqual([])

      const asked = new Set(upstream!.received.map((request) => request.url))
      const skipped = ALL_FAULTS.filter((fault) => !asked.has(`/opportunities/${fault.id}`))
      expect(skipped.map((fault) => fault.id)).toEqual([])
      // A redirect is never followed: it would carry the key to wherever it points.
      expect([...asked].filter((url) => url.startsWith(REDIRECT_TARGET))).toEqual([])
      for (const request of upstream!.received) {
        expect(request.headers['x-api-key']).toBe(KEY)
        expect(JSON.stringify(request.headers)).not.toContain(CLIENT_SECRET)
      }
    })
  },
)

/**
 * Once leaked this way: redaction only knows a few encodings of the key, so a prose message
 * carrying a long token-like word is replaced as a whole. A server of their own keeps their
 * answers out of the scan above, and the 429 pause there out of them.
 */
describe('a 400 message echoing the key in an encoding the redaction does not know', () => {
  const leakReplies = new Map<string, Exchange>()
  let leakServer: ServerProcess | undefined

  beforeAll(async () => {
    leakServer = spawnProductionServer(
      compiled!.startJs,
      { SPOTT_API_KEY: KEY, SPOTT_API_URL: upstream!.url, SPOTT_TIMEOUT_MS: String(TIMEOUT_MS) },
      build!.root,
    )
    extraServers.push(leakServer)
    const leakOrigin = await startedOrigin(leakServer)
    for (const [, id] of KNOWN_LEAKS) {
      leakReplies.set(id, await exchange(leakOrigin, 'GET', `/api/opportunities/${id}`))
    }
  }, 30_000)

  it.each(KNOWN_LEAKS)('is answered with the generic message (%s)', (_form, id) => {
    const { reply } = leakReplies.get(id)!
    expect(reply.status).toBe(400)
    expect(errorBody(reply)).toMatchObject({ code: 'BAD_REQUEST' })
    expect(errorBody(reply).message).toBe('Spott rejected the request as malformed.')
  })

  it.each(KNOWN_LEAKS)('does not carry the key %s', (_form, id) => {
    expect(leaksIn(transcript(leakReplies.get(id)!))).toEqual([])
  })

  it("keeps the key out of that server's logs", async () => {
    leakServer!.proc.kill('SIGTERM')
    expect(await exitOf(leakServer!)).toEqual({ code: 0, signal: null })
    expect(leakServer!.stderr).toContain('→ 400 BAD_REQUEST')
    expect(leaksIn(leakServer!.stdout + leakServer!.stderr)).toEqual([])
  })
})

describe('an unusable configuration', { timeout: 30_000 }, () => {
  function startWith(env: Record<string, string>, files: Record<string, string> = {}) {
    const fake = createFakeBuild()
    extraBuilds.push(fake)
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(fake.root, name), content)
    }
    const child = spawnProductionServer(compiled!.startJs, env, fake.root)
    extraServers.push(child)
    return child
  }

  it.each([
    ['SPOTT_TIMEOUT_MS=abc', { SPOTT_TIMEOUT_MS: 'abc' }, 'SPOTT_TIMEOUT_MS'],
    ['the key pasted into SPOTT_TIMEOUT_MS', { SPOTT_TIMEOUT_MS: KEY }, 'SPOTT_TIMEOUT_MS'],
    ['the key pasted into SPOTT_API_URL', { SPOTT_API_URL: KEY }, 'SPOTT_API_URL'],
    [
      'a non-http SPOTT_API_URL with the key',
      { SPOTT_API_URL: `ftp://spott.example/?key=${KEY}` },
      'SPOTT_API_URL',
    ],
    ['the key pasted into PORT', { PORT: KEY }, 'PORT'],
  ])('exits 1 on %s, naming the variable, not the key', async (_label, env, variable) => {
    const child = startWith({ SPOTT_API_KEY: KEY, ...env })
    expect(await exitOf(child)).toEqual({ code: 1, signal: null })
    expect(child.stdout).not.toMatch(STARTED)
    expect(child.stderr).toContain(variable)
    expect(leaksIn(child.stdout + child.stderr)).toEqual([])
  })

  it('exits 1 on a bad value in a .env file next to the key, without the key', async () => {
    const child = startWith(
      {},
      { '.env.production.local': `SPOTT_API_KEY=${KEY}\nSPOTT_TIMEOUT_MS=ten seconds\n` },
    )
    expect(await exitOf(child)).toEqual({ code: 1, signal: null })
    expect(child.stderr).toContain('SPOTT_TIMEOUT_MS')
    expect(leaksIn(child.stdout + child.stderr)).toEqual([])
  })
})

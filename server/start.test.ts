import { rmSync, writeFileSync } from 'node:fs'
import {
  Agent,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { INDEX_HTML, createFakeBuild, type FakeBuild } from './test-support/fake-dist.ts'
import {
  basicAuthorization,
  eventually,
  httpRequest,
  within,
  type HttpReply,
} from './test-support/http.ts'
import {
  STARTED,
  compileProductionServer,
  exitOf,
  spawnProductionServer,
  startedOrigin,
  type CompiledServer,
  type ServerProcess,
} from './test-support/server-process.ts'

/**
 * `npm start` as it really runs: the compiled server in a child process, started from a
 * folder holding a fake `dist/` (start.ts reads dist/ and the .env files from its cwd),
 * configured only through its environment, and watched through stdout, stderr and its exit.
 */

const KEY = 'sk_live_START-TEST-KEY_a81f3c9d07e2'
const PASSWORD = 'ops-pw:S3cret-value-42'
const DETAIL = '{"id":"opp_2","name":{"viewType":"opportunityName","name":"Acme renewal"}}'
const TIMEOUT = 30_000

type Child = ServerProcess

let compiled: CompiledServer | undefined
const children: Child[] = []
const builds: FakeBuild[] = []
const cleanups: (() => Promise<void>)[] = []

function newBuild(): FakeBuild {
  const build = createFakeBuild()
  builds.push(build)
  return build
}

/** `node dist-server/server/start.js` with only `env` (and PATH) in its environment. */
function start(env: Record<string, string>, cwd = newBuild().root): Child {
  const child = spawnProductionServer(compiled!.startJs, env, cwd)
  children.push(child)
  return child
}

/** Resolves true once a new connection to `origin` is refused, false if it never is. */
async function refusedSoon(origin: string, ms = 3000): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const refused = await httpRequest(origin, '/healthz', { timeoutMs: 500 }).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
    )
    if (refused) return true
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return false
}

type Upstream = {
  url: string
  received: { url: string; headers: IncomingHttpHeaders }[]
  held: ServerResponse[]
}

/**
 * Stands in for Spott: opp_1 → 401 (the key is rejected), opp_2 → 200, opp_echo → a 500
 * that echoes the key, opp_held → held until the test answers it.
 */
async function startUpstream(): Promise<Upstream> {
  const upstream: Upstream = { url: '', received: [], held: [] }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    upstream.received.push({ url: req.url ?? '', headers: req.headers })
    const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(body)
    }
    if (req.url === '/opportunities/opp_held') return void upstream.held.push(res)
    if (req.url === '/opportunities/opp_2') return reply(200, DETAIL)
    if (req.url === '/opportunities/opp_echo') {
      return reply(500, `{"message":"Internal error for ${KEY}"}`, { 'x-echo': KEY })
    }
    reply(401, `{"status":401,"message":"Invalid API key ${KEY}"}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return upstream
}

const expectNoKey = (...texts: string[]) => {
  for (const text of texts) expect(text).not.toContain(KEY)
}
const replyText = (reply: HttpReply) => `${JSON.stringify(reply.headers)}\n${reply.text}`

beforeAll(async () => {
  compiled = await compileProductionServer('start-test')
}, 180_000)

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (!child.exit) child.proc.kill('SIGKILL')
    await within(child.exited, 5000, 'a killed server exiting').catch(() => undefined)
  }
  await Promise.all(cleanups.splice(0).map((close) => close()))
  for (const build of builds.splice(0)) build.remove()
})

afterAll(() => {
  // In case afterEach itself failed part-way.
  for (const child of children) if (!child.exit) child.proc.kill('SIGKILL')
  compiled?.remove()
})

describe('configuration', { timeout: TIMEOUT }, () => {
  it.each(['0.0.0.0', '::'])('refuses to listen on %s without access control', async (host) => {
    const variants: Record<string, string>[] = [{}, { DASHBOARD_TRUST_PROXY_AUTH: '0' }]
    for (const extra of variants) {
      const child = start({ HOST: host, ...extra })
      expect(await exitOf(child)).toEqual({ code: 1, signal: null })
      expect(child.stderr).toContain('DASHBOARD_BASIC_AUTH')
      expect(child.stderr).toContain('DASHBOARD_TRUST_PROXY_AUTH')
      expect(child.stderr).toContain(host)
      expect(child.stdout).not.toMatch(STARTED)
    }
  })

  it('listens on 0.0.0.0 with Basic auth, asking every request but /healthz for it', async () => {
    const child = start({ HOST: '0.0.0.0', DASHBOARD_BASIC_AUTH: `ops:${PASSWORD}` })
    const origin = await startedOrigin(child)
    expect(child.stdout).toMatch(/Spott dashboard on http:\/\/0\.0\.0\.0:\d+ /)
    expect(child.stdout).toContain('DASHBOARD_BASIC_AUTH')

    expect((await httpRequest(origin, '/healthz')).status).toBe(200)
    const refused = await httpRequest(origin, '/')
    expect(refused.status).toBe(401)
    expect(refused.headers['www-authenticate']).toMatch(/^Basic /)
    const headers = { authorization: basicAuthorization('ops', PASSWORD) }
    const allowed = await httpRequest(origin, '/', { headers })
    expect(allowed.status).toBe(200)
    expect(allowed.text).toBe(INDEX_HTML)
    expect(child.stdout + child.stderr).not.toContain(PASSWORD)
    expect(child.stdout + child.stderr).not.toContain('S3cret-value-42')
  })

  it('listens on 0.0.0.0 behind a trusted proxy, without asking for a password', async () => {
    const child = start({ HOST: '0.0.0.0', DASHBOARD_TRUST_PROXY_AUTH: '1' })
    const origin = await startedOrigin(child)
    expect(child.stdout).toContain('DASHBOARD_TRUST_PROXY_AUTH')
    const reply = await httpRequest(origin, '/opportunities/opp_1')
    expect(reply.status).toBe(200)
    expect(reply.text).toBe(INDEX_HTML)
  })

  it('listens on 127.0.0.1 by default', async () => {
    const child = start({})
    const origin = await startedOrigin(child)
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(child.stdout).toContain('this machine only')
    expect((await httpRequest(origin, '/')).status).toBe(200)
  })

  it.each(['abc', '-1', '65536', '80.5', '3000abc'])(
    'exits 1 on PORT=%s, naming PORT',
    async (port) => {
      const child = start({ PORT: port })
      expect(await exitOf(child)).toEqual({ code: 1, signal: null })
      expect(child.stderr).toMatch(/PORT must be a port number/)
      expect(child.stdout).not.toMatch(STARTED)
    },
  )

  it.each([
    ['no colon', 'opsS3cret-value-42'],
    ['an empty password', 'ops-S3cret-user:'],
    ['an empty user', ':S3cret-value-42'],
  ])('exits 1 on DASHBOARD_BASIC_AUTH with %s, without echoing it', async (_label, value) => {
    const child = start({ HOST: '0.0.0.0', DASHBOARD_BASIC_AUTH: value })
    expect(await exitOf(child)).toEqual({ code: 1, signal: null })
    expect(child.stderr).toContain('DASHBOARD_BASIC_AUTH must look like user:password')
    expect(child.stdout + child.stderr).not.toContain('S3cret')
  })

  it('exits 1 on DASHBOARD_TRUST_PROXY_AUTH=yes', async () => {
    const child = start({ HOST: '0.0.0.0', DASHBOARD_TRUST_PROXY_AUTH: 'yes' })
    expect(await exitOf(child)).toEqual({ code: 1, signal: null })
    expect(child.stderr).toContain('DASHBOARD_TRUST_PROXY_AUTH must be 1')
  })

  it('exits 1 when there is no build, saying to run it', async () => {
    const build = newBuild()
    rmSync(join(build.distDir, 'index.html'))
    const child = start({}, build.root)
    expect(await exitOf(child)).toEqual({ code: 1, signal: null })
    expect(child.stderr).toContain('npm run build')
  })

  it('reads .env files from its folder, under the process environment', async () => {
    const build = newBuild()
    writeFileSync(join(build.root, '.env'), `HOST=0.0.0.0\nSPOTT_API_KEY=${KEY}\n`)
    const refused = start({}, build.root)
    expect(await exitOf(refused)).toEqual({ code: 1, signal: null })
    expect(refused.stderr).toContain('Refusing to listen on 0.0.0.0')

    writeFileSync(join(build.root, '.env.production.local'), 'DASHBOARD_TRUST_PROXY_AUTH=1\n')
    // An empty SPOTT_API_KEY in the process wins over the file: demo mode.
    const child = start({ SPOTT_API_KEY: '' }, build.root)
    const origin = await startedOrigin(child)
    expect(child.stdout).toContain('demo mode')
    const reply = await httpRequest(origin, '/api/opportunities/opp_showcase')
    expect(reply.status).toBe(200)
    expect(reply.headers['x-spott-demo']).toBe('1')
    expectNoKey(child.stdout, child.stderr, refused.stdout, refused.stderr)
  })
})

describe('demo mode', { timeout: TIMEOUT }, () => {
  it('answers from the built-in mock when SPOTT_API_KEY is empty', async () => {
    const child = start({ SPOTT_API_KEY: '' })
    const origin = await startedOrigin(child)
    expect(child.stdout).toContain('demo mode (no SPOTT_API_KEY set)')

    const reply = await httpRequest(origin, '/api/opportunities/opp_showcase')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(reply.headers['x-spott-demo']).toBe('1')
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(JSON.parse(reply.text)).toMatchObject({ id: 'opp_showcase' })

    const list = await httpRequest(origin, '/api/opportunities?limit=2')
    expect(list.status).toBe(200)
    expect((JSON.parse(list.text) as { items: unknown[] }).items).toHaveLength(2)
    const missing = await httpRequest(origin, '/api/opportunities/opp_nope')
    expect(missing.status).toBe(404)
    expect(missing.headers['x-spott-demo']).toBe('1')
  })
})

describe('shutdown', { timeout: TIMEOUT }, () => {
  it('finishes a request in flight on SIGTERM, refuses new ones, then exits 0', async () => {
    const upstream = await startUpstream()
    const child = start({ SPOTT_API_KEY: KEY, SPOTT_API_URL: upstream.url })
    const origin = await startedOrigin(child)
    const agent = new Agent({ keepAlive: true })
    cleanups.push(async () => agent.destroy())

    const inFlight = httpRequest(origin, '/api/opportunities/opp_held', {
      agent,
      timeoutMs: 15_000,
    })
    await eventually(() => expect(upstream.held).toHaveLength(1), 5000)
    expect(upstream.received[0]?.headers['x-api-key']).toBe(KEY)

    child.proc.kill('SIGTERM')
    await eventually(() => expect(child.stdout).toContain('SIGTERM: finishing requests'), 5000)
    expect(await refusedSoon(origin)).toBe(true)
    expect(child.exit).toBeUndefined()

    const released = Date.now()
    const held = upstream.held[0]!
    held.writeHead(200, { 'content-type': 'application/json' })
    held.end(DETAIL.replace('opp_2', 'opp_held'))

    const reply = await within(inFlight, 5000, 'the request in flight')
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.text)).toMatchObject({ id: 'opp_held' })
    // Its keep-alive connection is closed once it is answered: no wait for the 10 s grace.
    expect(await exitOf(child, 5000)).toEqual({ code: 0, signal: null })
    expect(Date.now() - released).toBeLessThan(5000)
    expect(child.stdout).toMatch(/ GET \/api\/opportunities\/opp_held 200 /)
    expectNoKey(child.stdout, child.stderr, replyText(reply))
  })

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'is not kept alive by an idle keep-alive connection on %s',
    async (signal) => {
      const child = start({ SPOTT_API_KEY: '' })
      const origin = await startedOrigin(child)
      const agent = new Agent({ keepAlive: true })
      cleanups.push(async () => agent.destroy())
      expect((await httpRequest(origin, '/', { agent })).status).toBe(200)
      expect((await httpRequest(origin, '/healthz', { agent })).status).toBe(200)
      expect(Object.values(agent.freeSockets).flat()).toHaveLength(1)

      const signalled = Date.now()
      child.proc.kill(signal)
      expect(await exitOf(child, 5000)).toEqual({ code: 0, signal: null })
      expect(Date.now() - signalled).toBeLessThan(3000)
      expect(child.stdout).toContain(`${signal}: finishing requests`)
      await eventually(() => expect(Object.values(agent.freeSockets).flat()).toHaveLength(0))
    },
  )
})

describe('stdout', { timeout: TIMEOUT }, () => {
  it('has one line per request and never the key, even when Spott rejects it', async () => {
    const upstream = await startUpstream()
    const child = start({ SPOTT_API_KEY: KEY, SPOTT_API_URL: upstream.url })
    const origin = await startedOrigin(child)
    expect(child.stdout).toContain(new URL(upstream.url).host)

    const requests: [string, string, number][] = [
      ['GET', '/healthz', 200],
      ['GET', '/opportunities/opp_1?tab=notes', 200],
      ['GET', '/assets/app-abc123.js', 200],
      ['HEAD', '/favicon.svg', 200],
      ['GET', '/missing.png', 404],
      ['POST', '/', 405],
      ['GET', '/api/opportunities/opp_2', 200],
      ['GET', '/api/opportunities/opp_1', 502],
      ['GET', '/api/opportunities/opp_echo', 502],
      ['GET', '/api/opportunities?limit=5', 502],
    ]
    const replies: HttpReply[] = []
    for (const [method, path, status] of requests) {
      const reply = await httpRequest(origin, path, {
        method,
        headers: { cookie: 'session=cookie-secret-51', authorization: 'Bearer token-secret-52' },
      })
      expect(reply.status).toBe(status)
      replies.push(reply)
    }
    const auth = JSON.parse(replies[7]!.text) as { code: string }
    expect(auth.code).toBe('UPSTREAM_AUTH')
    // The deep link's page asked Spott for opp_1 before the browser's API requests did.
    expect(upstream.received.map((r) => r.url)).toEqual([
      '/opportunities/opp_1',
      '/opportunities/opp_2',
      '/opportunities/opp_1',
      '/opportunities/opp_echo',
      '/opportunities?limit=5',
    ])
    expect(upstream.received.map((r) => r.headers['x-api-key'])).toEqual([KEY, KEY, KEY, KEY, KEY])

    const requestLines = () => child.stdout.split('\n').filter((line) => /^\d{4}-/.test(line))
    await eventually(() => expect(requestLines()).toHaveLength(requests.length))
    for (const line of requestLines()) expect(line).toMatch(/^\S+Z \S+ \S+ \d{3} \d+\.\dms$/)
    // Lines are written as responses close, so two may swap: compare them as a set.
    const logged = requestLines().map((line) => line.split(' ').slice(1, 4).join(' '))
    expect(logged.sort()).toEqual(requests.map((request) => request.join(' ')).sort())
    // The startup line and the request lines, nothing else.
    expect(child.stdout.trimEnd().split('\n')).toHaveLength(1 + requests.length)

    child.proc.kill('SIGTERM')
    expect(await exitOf(child)).toEqual({ code: 0, signal: null })
    // The deep link's page went out without data, as Spott refused the key.
    expect(replies[1]!.headers['cache-control']).toBe('no-store')
    expect(replies[1]!.text).not.toContain('spott-preload')
    // Each upstream failure is reported on stderr, once, without the key either: the page's
    // read of opp_1 too. Nothing else is written there.
    const warnings = child.stderr.trimEnd().split('\n')
    expect(warnings.map((line) => line.replace(/ after \d+ ms$/, ''))).toEqual([
      '[spott-proxy] GET /opportunities/opp_1 → 502 UPSTREAM_AUTH',
      '[spott-proxy] GET /opportunities/opp_1 → 502 UPSTREAM_AUTH',
      '[spott-proxy] GET /opportunities/opp_echo → 502 UPSTREAM_UNAVAILABLE',
      '[spott-proxy] GET /opportunities?limit=5 → 502 UPSTREAM_AUTH',
    ])
    expectNoKey(child.stdout, child.stderr, ...replies.map(replyText))
    for (const secret of ['cookie-secret-51', 'token-secret-52']) {
      expect(child.stdout + child.stderr).not.toContain(secret)
    }
  })
})

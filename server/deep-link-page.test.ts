import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import {
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import { join } from 'node:path'
import { brotliCompressSync, createGunzip, gunzipSync, gzipSync } from 'node:zlib'
import { Window } from 'happy-dom'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_TEXT } from '../mock-spott/hostile-corpus.ts'
import { readAccessControl, type AccessControl } from './access-control.ts'
import { createDeepLinkPages } from './deep-link-page.ts'
import { createProductionHandler, listen } from './production-server.ts'
import { CONTENT_SECURITY_POLICY } from './security-headers.ts'
import { createSpottProxy, type SpottProxy } from './spott-proxy.ts'
import { createFakeBuild, type FakeBuild } from './test-support/fake-dist.ts'
import {
  basicAuthorization,
  eventually,
  httpRequest,
  within,
  type HttpOptions,
  type HttpReply,
} from './test-support/http.ts'
import {
  startStandInUpstream,
  type StandInUpstream,
  type UpstreamAnswer,
} from './test-support/stand-in-upstream.ts'

/**
 * A deep link's page over real sockets: a fake `vite build` output with a manifest, the real
 * proxy in front of a stand-in Spott, and responses read as they arrive, since the point of
 * the page is what the browser has before Spott answers.
 */

const KEY = 'sk_live_DEEP-LINK-PAGE-KEY_71c0e94b2d'
const USER = 'dash-admin'
const PASSWORD = 'deep:link secret'
const DETAIL_MODULE = 'src/features/opportunities/detail/opportunity-detail-page.tsx'
const ENTRY = 'assets/app-abc123.js'
/** Already preloaded by index.html itself: a second link would fetch nothing new. */
const VENDOR = 'assets/vendor-v1.js'
const DETAIL_CHUNKS = [
  'assets/opportunity-detail-page-d1.js',
  'assets/detail-shared-s1.js',
  'assets/format-f1.js',
]
/** Another route's code: a deep link to a deal has no use for it. */
const LIST_CHUNK = 'assets/opportunity-list-page-l1.js'

/** What Vite writes, with a detail route that imports the entry, the vendor chunk and a cycle. */
const MANIFEST = {
  'index.html': {
    file: ENTRY,
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor-v1.js'],
    dynamicImports: [DETAIL_MODULE, 'src/features/opportunities/list/opportunity-list-page.tsx'],
  },
  '_vendor-v1.js': { file: VENDOR },
  [DETAIL_MODULE]: {
    file: DETAIL_CHUNKS[0],
    src: DETAIL_MODULE,
    isDynamicEntry: true,
    imports: ['index.html', '_vendor-v1.js', '_detail-shared-s1.js'],
  },
  '_detail-shared-s1.js': { file: DETAIL_CHUNKS[1], imports: ['index.html', '_format-f1.js'] },
  // Rollup can emit chunks that import each other.
  '_format-f1.js': { file: DETAIL_CHUNKS[2], imports: ['_detail-shared-s1.js'] },
  'src/features/opportunities/list/opportunity-list-page.tsx': {
    file: LIST_CHUNK,
    isDynamicEntry: true,
    imports: ['index.html', '_vendor-v1.js'],
  },
}

const INDEX = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <title>Spott opportunities (deep link test build)</title>',
  `    <script type="module" crossorigin src="/${ENTRY}"></script>`,
  `    <link rel="modulepreload" crossorigin href="/${VENDOR}">`,
  '  </head>',
  '  <body><div id="root"></div></body>',
  '</html>',
  '',
].join('\n')

const HEAD_END = '<div id="root">'
/** Uncompressed and gzipped: the page streams through a different path in each. */
const ENCODINGS: Record<string, string>[] = [{}, { 'accept-encoding': 'gzip' }]
const H1 = '<h1 class="text-2xl font-semibold tracking-tight break-words text-ink sm:text-3xl">'

/** A detail record as Spott sends it, in its wrappers. */
const record = (id: string, name: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  name: { viewType: 'opportunityName', name },
  stage: {
    viewType: 'opportunityStage',
    stage: { id: 'st_1', name: 'Qualified', order: 2, isOpen: true },
  },
  ...extra,
})

const ACME = record('opp_1', 'Acme renewal')
const ACME_BODY = JSON.stringify(ACME)

let build: FakeBuild
let window: Window
/** Every page and header of every test: none may hold the key. */
const seen: string[] = []
const cleanups: (() => Promise<void>)[] = []

beforeAll(() => {
  build = createFakeBuild()
  writeFileSync(join(build.distDir, 'index.html'), INDEX)
  mkdirSync(join(build.distDir, '.vite'), { recursive: true })
  const manifest = JSON.stringify(MANIFEST, null, 2)
  writeFileSync(join(build.distDir, '.vite/manifest.json'), manifest)
  // The precompress plugin compresses it too, as it does every text file of the build.
  writeFileSync(join(build.distDir, '.vite/manifest.json.gz'), gzipSync(manifest))
  writeFileSync(join(build.distDir, '.vite/manifest.json.br'), brotliCompressSync(manifest))
  for (const file of [VENDOR, ...DETAIL_CHUNKS, LIST_CHUNK]) {
    writeFileSync(join(build.distDir, file), `export const chunk = ${JSON.stringify(file)}\n`)
  }
  window = new Window()
})

afterEach(async () => {
  // Each server before the stand-in it calls: shutting it down waits for its requests.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

afterAll(async () => {
  await window?.happyDOM.close()
  build?.remove()
  expect(seen.join('\n')).not.toContain(KEY)
})

type Stack = { origin: string; upstream: StandInUpstream; proxy: SpottProxy; logs: string[] }

/** The production handler, a fresh proxy (nothing kept from other tests) and a stand-in Spott. */
async function startStack(
  answer: UpstreamAnswer,
  { access = { kind: 'none' }, timeoutMs }: { access?: AccessControl; timeoutMs?: number } = {},
): Promise<Stack> {
  const upstream = await startStandInUpstream(answer)
  cleanups.push(upstream.close)
  const logs: string[] = []
  const proxy = createSpottProxy({
    baseUrl: upstream.url,
    apiKey: KEY,
    timeoutMs,
    log: (line) => logs.push(line),
  })
  const handler = createProductionHandler({
    distDir: build.distDir,
    proxy,
    access,
    log: (line) => logs.push(line),
  })
  const running = await listen(handler, { host: '127.0.0.1', port: 0, graceMs: 500 })
  cleanups.push(running.shutdown)
  return { origin: running.url, upstream, proxy, logs }
}

/**
 * createDeepLinkPages on its own, with a `waitMs` the handler does not expose; /api goes to
 * the proxy as in production, so the two still share their calls.
 */
async function startPages({
  read,
  proxy,
  waitMs,
  demo,
  distDir = build.distDir,
  indexHtml = INDEX,
}: {
  read: (upstreamPath: string) => Promise<string | undefined>
  proxy?: SpottProxy
  waitMs: number
  demo?: boolean
  distDir?: string
  indexHtml?: string
}): Promise<string> {
  const pages = createDeepLinkPages({ distDir, indexHtml, read, waitMs, demo })
  const running = await listen(
    (req: IncomingMessage, res: ServerResponse) => {
      const id = pages.match(req.url ?? '')
      if (id !== undefined) return pages.send(req, res, id)
      if (proxy) return proxy(req, res, () => res.writeHead(404).end())
      res.writeHead(404).end()
    },
    { host: '127.0.0.1', port: 0, graceMs: 500 },
  )
  cleanups.push(running.shutdown)
  return running.url
}

/** Serves `records` by id, for the key only; anything else is Spott's 404. */
function serving(records: Record<string, string>): UpstreamAnswer {
  return (req, res) => {
    const reply = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(body)
    }
    if (req.headers['x-api-key'] !== KEY) return reply(401, '{"message":"Invalid API key"}')
    const id = /^\/opportunities\/([^/?]+)$/.exec(req.url ?? '')?.[1]
    const body = id === undefined ? undefined : records[id]
    if (body === undefined) return reply(404, '{"message":"Opportunity not found"}')
    reply(200, body)
  }
}

/** `answer`, held back until release(): Spott thinking. */
function holding(answer: UpstreamAnswer) {
  const waiting: (() => void)[] = []
  let released = false
  return {
    answer: ((req, res) => {
      if (released) answer(req, res)
      else waiting.push(() => answer(req, res))
    }) satisfies UpstreamAnswer,
    release() {
      released = true
      for (const go of waiting.splice(0)) go()
    },
  }
}

const hanging: UpstreamAnswer = () => undefined

async function get(origin: string, path: string, options: HttpOptions = {}): Promise<HttpReply> {
  const reply = await httpRequest(origin, path, options)
  seen.push(JSON.stringify(reply.headers), decoded(reply))
  return reply
}

/** The body as the browser reads it. */
const decoded = (reply: HttpReply) =>
  reply.headers['content-encoding'] === 'gzip' && reply.body.length > 0
    ? gunzipSync(reply.body).toString()
    : reply.text

type StreamedPage = {
  headers: IncomingHttpHeaders
  /** Resolves with everything received so far once it contains `needle`. */
  waitFor: (needle: string) => Promise<string>
  ended: Promise<string>
  destroy: () => void
}

/** A page read as it arrives, decompressed on the fly like a browser does. */
function openPage(origin: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(origin)
  return new Promise<StreamedPage>((resolve, reject) => {
    const req = request({ hostname, port, path, headers, agent: false }, (res) => {
      let text = ''
      const waiters: (() => void)[] = []
      const body = res.headers['content-encoding'] === 'gzip' ? res.pipe(createGunzip()) : res
      const ended = new Promise<string>((resolveEnd, rejectEnd) => {
        body.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          for (const check of waiters.slice()) check()
        })
        body.on('end', () => {
          seen.push(text)
          resolveEnd(text)
        })
        body.on('error', rejectEnd)
        // A client that hangs up itself sees the answer fail: that is the test's doing.
        res.on('error', rejectEnd)
      })
      ended.catch(() => undefined)
      resolve({
        headers: res.headers,
        waitFor: (needle) =>
          new Promise((resolveWait) => {
            const check = () => {
              if (!text.includes(needle)) return
              waiters.splice(waiters.indexOf(check), 1)
              resolveWait(text)
            }
            waiters.push(check)
            check()
          }),
        ended,
        destroy: () => req.destroy(),
      })
    })
    req.on('error', reject)
    req.end()
  })
}

const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html')

/** The preload's text up to where an HTML tokenizer ends a script element. */
function rawPreload(html: string): string | undefined {
  const start = /<script type="application\/json" id="spott-preload" data-id="[^"]*">/.exec(html)
  if (!start) return undefined
  const from = start.index + start[0].length
  const end = html.slice(from).search(/<\/script[\s/>]/i)
  return end === -1 ? undefined : html.slice(from, from + end)
}

const modulePreloads = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(
    (match) => match[1],
  )

/** The page without the detail route's preloads: what is left must be index.html itself. */
const withoutDetailPreloads = (html: string) =>
  DETAIL_CHUNKS.reduce(
    (page, file) => page.replace(`<link rel="modulepreload" crossorigin href="/${file}">`, ''),
    html,
  )

/** A page that went out without data: index.html, plus only the preloads. */
function expectPlainPage(reply: HttpReply) {
  expect(reply.status).toBe(200)
  expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(reply.headers['cache-control']).toBe('no-store')
  const html = decoded(reply)
  expect(html).not.toContain('spott-preload')
  expect(html).not.toContain('<h1')
  expect(withoutDetailPreloads(html)).toBe(INDEX)
  expect(html.trimEnd().endsWith('</html>')).toBe(true)
}

/** Waits long enough that a call the server wrongly started would have reached Spott. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

describe('a deep link with Spott answering', () => {
  it('shows the name as the h1 and carries the record as JSON for the app', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const reply = await get(stack.origin, '/opportunities/opp_1')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')

    const document = parse(reply.text)
    const headings = document.querySelectorAll('h1')
    expect(headings).toHaveLength(1)
    expect(headings[0]!.textContent).toBe('Acme renewal')
    expect(reply.text).toContain(`${H1}Acme renewal</h1>`)
    expect(
      document.querySelector('nav[aria-label="Breadcrumb"] span.break-words')?.textContent,
    ).toBe('Acme renewal')
    // Inside #root, where React will render the same page over it.
    expect(document.querySelector('#root h1')).not.toBeNull()

    const preloads = document.querySelectorAll('script#spott-preload')
    expect(preloads).toHaveLength(1)
    expect(preloads[0]!.getAttribute('type')).toBe('application/json')
    expect(preloads[0]!.getAttribute('data-id')).toBe('opp_1')
    expect(preloads[0]!.textContent).toBe(ACME_BODY)
    expect(JSON.parse(preloads[0]!.textContent)).toEqual(ACME)
    expect(stack.upstream.received.map((call) => call.url)).toEqual(['/opportunities/opp_1'])
  })

  it('is index.html around the prerendered part, ending in </html>', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const html = decoded(await get(stack.origin, '/opportunities/opp_1'))
    const root = html.indexOf(HEAD_END) + HEAD_END.length
    const rootEnd = html.indexOf('</div></body>')
    const inside = html.slice(root, rootEnd)
    expect(inside.startsWith('<div class="min-h-dvh">')).toBe(true)
    expect(inside.endsWith('</script>')).toBe(true)
    expect(withoutDetailPreloads(html.slice(0, root) + html.slice(rootEnd))).toBe(INDEX)
  })

  it('preloads the detail route’s chunks, not the entry, not what index.html has, not other routes', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const html = decoded(await get(stack.origin, '/opportunities/opp_1'))
    const head = html.slice(0, html.indexOf('</head>'))
    const links = modulePreloads(html)
    // index.html's own link, then one per chunk of the detail route, each once, in the head.
    expect(links.sort()).toEqual([VENDOR, ...DETAIL_CHUNKS].map((file) => `/${file}`).sort())
    expect(modulePreloads(head)).toHaveLength(links.length)
    expect(html).not.toContain(`href="/${ENTRY}"`)
    expect(html).not.toContain(LIST_CHUNK)
  })

  it('names chunks the server really serves', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const html = decoded(await get(stack.origin, '/opportunities/opp_1'))
    for (const href of modulePreloads(html)) {
      const chunk = await get(stack.origin, href!)
      expect(chunk.status).toBe(200)
      expect(chunk.text).toBe(readFileSync(join(build.distDir, href!), 'utf8'))
    }
  })

  it('does not serve the Vite manifest itself', async () => {
    const stack = await startStack(serving({}))
    for (const path of [
      '/.vite/manifest.json',
      '/.vite/manifest.json.gz',
      '/.vite/manifest.json.br',
    ]) {
      for (const headers of [{}, { 'accept-encoding': 'br, gzip' }]) {
        const reply = await get(stack.origin, path, { headers })
        expect(reply.status).toBe(404)
        expect(decoded(reply)).not.toContain(DETAIL_MODULE)
      }
    }
    for (const path of [
      '/.vite/',
      '/.vite',
      '/.vite/manifest.json?x=1',
      '/.vite/%6danifest.json',
    ]) {
      const reply = await get(stack.origin, path)
      expect(decoded(reply)).not.toContain(DETAIL_MODULE)
      expect(decoded(reply)).not.toContain('isEntry')
    }
  })

  it('sends the same page gzipped to a client that accepts gzip', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const plain = await get(stack.origin, '/opportunities/opp_1')
    const gzipped = await get(stack.origin, '/opportunities/opp_1', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i)
    expect(decoded(gzipped)).toBe(plain.text)
    expect(plain.headers['content-encoding']).toBeUndefined()
  })

  it('sends it uncompressed to a client that takes only brotli', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const reply = await get(stack.origin, '/opportunities/opp_1', {
      headers: { 'accept-encoding': 'br' },
    })
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.text).toContain(`${H1}Acme renewal</h1>`)
  })

  it('keeps the query string out of the way', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const reply = await get(stack.origin, '/opportunities/opp_1?utm_source=mail')
    expect(parse(reply.text).getElementById('spott-preload')?.getAttribute('data-id')).toBe('opp_1')
    expect(stack.upstream.received.map((call) => call.url)).toEqual(['/opportunities/opp_1'])
  })
})

describe('streaming', () => {
  it.each<[string, Record<string, string>]>([
    ['uncompressed', {}],
    ['gzipped', { 'accept-encoding': 'gzip' }],
  ])('sends the head (%s) before Spott answers, and the rest after', async (_label, headers) => {
    const spott = holding(serving({ opp_1: ACME_BODY }))
    const stack = await startStack(spott.answer)
    const page = await openPage(stack.origin, '/opportunities/opp_1', headers)
    expect(page.headers['content-encoding']).toBe('accept-encoding' in headers ? 'gzip' : undefined)

    // Spott has not answered: it is held until release() below. Well under waitMs (1.5 s),
    // so a server that buffered the page until it gave up on Spott fails here.
    const head = await within(page.waitFor(HEAD_END), 1000, 'the head')
    expect(head.endsWith(HEAD_END)).toBe(true)
    expect(modulePreloads(head)).toHaveLength(1 + DETAIL_CHUNKS.length)
    expect(head).not.toContain('</html>')
    expect(head).not.toContain('Acme renewal')
    // Spott is asked while the head is on its way, not after.
    await eventually(() => expect(stack.upstream.received).toHaveLength(1), 1000)

    spott.release()
    const whole = await within(page.ended, 2000, 'the rest of the page')
    expect(whole.startsWith(head)).toBe(true)
    expect(whole).toContain(`${H1}Acme renewal</h1>`)
    expect(JSON.parse(rawPreload(whole)!)).toEqual(ACME)
    expect(whole.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('survives a client that leaves before Spott answers', async () => {
    const spott = holding(serving({ opp_1: ACME_BODY }))
    const stack = await startStack(spott.answer)
    for (const headers of ENCODINGS) {
      const page = await openPage(stack.origin, '/opportunities/opp_1', headers)
      await within(page.waitFor(HEAD_END), 1000, 'the head')
      page.destroy()
    }
    spott.release()
    const reply = await get(stack.origin, '/opportunities/opp_1')
    expect(reply.text).toContain(`${H1}Acme renewal</h1>`)
  })
})

describe('hostile names and bodies', () => {
  const NAMES = [
    '</h1><script>alert(1)</script><img src=x onerror=alert(1)>',
    `"'&<>`,
    '&lt;b&gt; already escaped &amp;',
    ...HOSTILE_TEXT,
  ]

  it.each(NAMES.map((name) => [name]))('shows %j as text only', async (name) => {
    const body = JSON.stringify(record('opp_x', name))
    const stack = await startStack(serving({ opp_x: body }))
    const html = decoded(await get(stack.origin, '/opportunities/opp_x'))
    const document = parse(html)

    // Trimmed, as the server decides on a blank name: what is left must read exactly so.
    const shown = name.trim()
    expect(document.querySelectorAll('h1')).toHaveLength(1)
    expect(document.querySelector('h1')!.textContent).toBe(shown)
    expect(
      document.querySelector('nav[aria-label="Breadcrumb"] span.break-words')!.textContent,
    ).toBe(shown)
    // Nothing the name holds became markup: the only elements are the shell's own.
    const main = document.querySelector('main')!
    expect([...main.querySelectorAll('*')].map((element) => element.tagName.toLowerCase())).toEqual(
      ['div', 'div', 'nav', 'a', 'span', 'span', 'article', 'div', 'h1'],
    )
    expect(document.querySelectorAll('script')).toHaveLength(2)
    expect(document.querySelectorAll('img')).toHaveLength(1)
    expect(
      document.querySelectorAll('[onerror], [onload], [onfocus], iframe, object, base'),
    ).toHaveLength(0)
    expect(JSON.parse(document.getElementById('spott-preload')!.textContent)).toEqual(
      JSON.parse(body),
    )
  })

  it('escapes &, <, >, " and \' in the h1 and the breadcrumb', async () => {
    const stack = await startStack(serving({ opp_x: JSON.stringify(record('opp_x', `a"'&<>z`)) }))
    const html = decoded(await get(stack.origin, '/opportunities/opp_x'))
    const escaped = 'a&quot;&#39;&amp;&lt;&gt;z'
    expect(html).toContain(`${H1}${escaped}</h1>`)
    expect(html).toContain(`<span class="break-words">${escaped}</span></nav>`)
  })

  it('keeps a body with </script> (any case) inside one inert JSON script', async () => {
    const hostile = record('opp_x', 'Acme', {
      description: {
        viewType: 'opportunityDescription',
        description: '</script><script>alert(1)</script>',
      },
      notes: [
        '</SCRIPT ><script>alert(2)</script>',
        '<!--<script>',
        '</script/x>',
        '\u2028\u2029',
        '<\\/script>',
      ],
      '</script>': { '<img src=x onerror=alert(3)>': '</h1>' },
    })
    const body = JSON.stringify(hostile)
    const stack = await startStack(serving({ opp_x: body }))
    const html = decoded(await get(stack.origin, '/opportunities/opp_x'))

    const raw = rawPreload(html)!
    expect(raw).not.toContain('<')
    expect(JSON.parse(raw)).toEqual(hostile)

    const document = parse(html)
    const preloads = document.querySelectorAll('script#spott-preload')
    expect(preloads).toHaveLength(1)
    expect(JSON.parse(preloads[0]!.textContent)).toEqual(hostile)
    // The entry's module script and the JSON: nothing else runs.
    expect(document.querySelectorAll('script')).toHaveLength(2)
    expect(document.querySelectorAll('img')).toHaveLength(1)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('keeps Spott’s JSON as sent, other than the escaped <', async () => {
    // Whitespace, key order, escapes and numbers as Spott wrote them: the app parses these.
    const body = `{ "name" : {"name":"Acme \\u00e9\\"q\\"","viewType":"opportunityName"},\n"id":"opp_x","n":1.50e3, "d": "<b>"}`
    const stack = await startStack(serving({ opp_x: body }))
    const html = decoded(await get(stack.origin, '/opportunities/opp_x'))
    expect(rawPreload(html)).toBe(body.replace(/</g, '\\u003c'))
    expect(parse(html).querySelector('h1')!.textContent).toBe('Acme é"q"')
  })

  it.each<[string, unknown]>([
    ['empty', ''],
    ['whitespace', ' \t\n '],
    ['a number', 42],
    ['null', null],
    ['an object', { name: 'Acme' }],
    ['an array', ['Acme']],
  ])('shows no h1 for a name that is %s, and still carries the JSON', async (_label, name) => {
    const body = JSON.stringify(record('opp_x', name))
    const stack = await startStack(serving({ opp_x: body }))
    const html = decoded(await get(stack.origin, '/opportunities/opp_x'))
    const document = parse(html)
    expect(document.querySelector('h1')).toBeNull()
    expect(document.querySelector('main')).toBeNull()
    expect(JSON.parse(document.getElementById('spott-preload')!.textContent)).toEqual(
      JSON.parse(body),
    )
  })

  it.each([
    ['no name field', '{"id":"opp_x"}'],
    ['a bare name', '{"id":"opp_x","name":"Acme"}'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a string', '"Acme"'],
  ])('shows no h1 for a body with %s, and still carries the JSON', async (_label, body) => {
    const stack = await startStack(serving({ opp_x: body }))
    const reply = await get(stack.origin, '/opportunities/opp_x')
    const document = parse(reply.text)
    expect(reply.status).toBe(200)
    expect(document.querySelector('h1')).toBeNull()
    expect(document.getElementById('spott-preload')!.textContent).toBe(body)
    expect(reply.text.trimEnd().endsWith('</html>')).toBe(true)
  })
})

describe('when Spott fails', () => {
  const answering =
    (status: number, body: string, type = 'application/json'): UpstreamAnswer =>
    (_req, res) => {
      res.writeHead(status, { 'content-type': type })
      res.end(body)
    }

  it.each<[string, UpstreamAnswer]>([
    ['404', answering(404, '{"message":"Opportunity not found"}')],
    ['500', answering(500, '{"message":"Internal error"}')],
    ['429', answering(429, '{"message":"Slow down"}')],
    ['401 (bad key)', answering(401, '{"message":"Invalid API key"}')],
    ['malformed JSON', answering(200, '{"id":"opp_1","name":{"name":"Acme')],
    ['HTML', answering(200, '<html><h1>Acme</h1></html>', 'text/html')],
    ['an empty body', answering(200, '')],
    ['a reset', (req) => req.socket.destroy()],
  ])('sends the plain page on %s', async (_label, answer) => {
    const stack = await startStack(answer)
    const reply = await get(stack.origin, '/opportunities/opp_1')
    expectPlainPage(reply)
    expect(stack.upstream.received.length).toBeGreaterThanOrEqual(1)
  })

  it('sends the plain page gzipped too', async () => {
    const stack = await startStack(answering(500, '{"message":"Internal error"}'))
    const reply = await get(stack.origin, '/opportunities/opp_1', {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(reply.headers['content-encoding']).toBe('gzip')
    expectPlainPage(reply)
  })

  it('finishes the page without data once waitMs has passed', async () => {
    const waitMs = 200
    const origin = await startPages({ read: () => new Promise(() => undefined), waitMs })
    for (const headers of ENCODINGS) {
      const started = Date.now()
      const reply = await get(origin, '/opportunities/opp_1', { headers })
      const elapsed = Date.now() - started
      expectPlainPage(reply)
      expect(elapsed).toBeGreaterThanOrEqual(waitMs - 20)
      expect(elapsed).toBeLessThan(waitMs + 800)
    }
  })

  it('finishes the page without data after 1.5 s when Spott hangs', async () => {
    const stack = await startStack(hanging)
    const started = Date.now()
    const reply = await get(stack.origin, '/opportunities/opp_1')
    const elapsed = Date.now() - started
    expectPlainPage(reply)
    expect(elapsed).toBeGreaterThanOrEqual(1_450)
    expect(elapsed).toBeLessThan(3_000)
  })

  it('finishes the page as soon as the proxy gives up, when that is sooner', async () => {
    const stack = await startStack(hanging, { timeoutMs: 200 })
    const started = Date.now()
    const reply = await get(stack.origin, '/opportunities/opp_1')
    expectPlainPage(reply)
    expect(Date.now() - started).toBeLessThan(1_200)
  })

  it('finishes the page when the read itself throws', async () => {
    const origin = await startPages({
      read: () => Promise.reject(new Error('boom')),
      waitMs: 5_000,
    })
    const started = Date.now()
    expectPlainPage(await get(origin, '/opportunities/opp_1'))
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('marks demo data, so the app shows the demo banner without an API answer to tell it', async () => {
    const demo = await startPages({
      read: () => Promise.resolve(ACME_BODY),
      waitMs: 1_000,
      demo: true,
    })
    const real = await startPages({ read: () => Promise.resolve(ACME_BODY), waitMs: 1_000 })
    expect(decoded(await get(demo, '/opportunities/opp_1'))).toContain(
      'id="spott-preload" data-id="opp_1" data-demo="1">',
    )
    expect(decoded(await get(real, '/opportunities/opp_1'))).toContain(
      'id="spott-preload" data-id="opp_1">',
    )
  })

  it('leaves the detail preloads out when there is no manifest, and works without them', async () => {
    const bare = createFakeBuild()
    cleanups.push(async () => bare.remove())
    const origin = await startPages({
      read: () => Promise.resolve(ACME_BODY),
      waitMs: 1_000,
      distDir: bare.distDir,
    })
    const html = decoded(await get(origin, '/opportunities/opp_1'))
    expect(modulePreloads(html)).toEqual([`/${VENDOR}`])
    expect(html).toContain(`${H1}Acme renewal</h1>`)
  })
})

describe('headers, secrets and access', () => {
  it('never puts the API key in the page, though Spott was asked with it', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    for (const headers of ENCODINGS) {
      const reply = await get(stack.origin, '/opportunities/opp_1', { headers })
      expect(decoded(reply)).not.toContain(KEY)
      expect(JSON.stringify(reply.headers)).not.toContain(KEY)
    }
    expect(stack.upstream.received[0]!.headers['x-api-key']).toBe(KEY)
  })

  it.each<[string, UpstreamAnswer]>([
    ['with data', serving({ opp_1: ACME_BODY })],
    ['without data', serving({})],
  ])('is no-store, with the security headers (%s)', async (_label, answer) => {
    const stack = await startStack(answer)
    const reply = await get(stack.origin, '/opportunities/opp_1')
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['referrer-policy']).toBe('no-referrer')
    expect(reply.headers['x-frame-options']).toBe('DENY')
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(reply.headers['permissions-policy']).toContain('camera=()')
  })

  it('answers HEAD with the headers only, without asking Spott', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    for (const headers of ENCODINGS) {
      const reply = await get(stack.origin, '/opportunities/opp_1', { method: 'HEAD', headers })
      expect(reply.status).toBe(200)
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(reply.headers['cache-control']).toBe('no-store')
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
      expect(reply.body).toHaveLength(0)
    }
    await settle()
    expect(stack.upstream.received).toHaveLength(0)
  })

  it('refuses other methods without asking Spott', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const reply = await get(stack.origin, '/opportunities/opp_1', { method: 'POST' })
    expect(reply.status).toBe(405)
    await settle()
    expect(stack.upstream.received).toHaveLength(0)
  })

  describe('behind Basic auth', () => {
    const access = readAccessControl({ DASHBOARD_BASIC_AUTH: `${USER}:${PASSWORD}` })

    it.each<[string, Record<string, string>]>([
      ['no credentials', {}],
      ['a wrong password', { authorization: basicAuthorization(USER, 'wrong') }],
    ])('answers 401 to %s, and Spott is not asked', async (_label, headers) => {
      const stack = await startStack(serving({ opp_1: ACME_BODY }), { access })
      for (const method of ['GET', 'HEAD']) {
        const reply = await get(stack.origin, '/opportunities/opp_1', { method, headers })
        expect(reply.status).toBe(401)
        expect(reply.headers['www-authenticate']).toMatch(/^Basic /)
        expect(reply.text).not.toContain('Acme')
        expect(reply.text).not.toContain('modulepreload')
      }
      await settle()
      expect(stack.upstream.received).toHaveLength(0)
    })

    it('serves the page with the right credentials', async () => {
      const stack = await startStack(serving({ opp_1: ACME_BODY }), { access })
      const reply = await get(stack.origin, '/opportunities/opp_1', {
        headers: { authorization: basicAuthorization(USER, PASSWORD) },
      })
      expect(reply.status).toBe(200)
      expect(reply.text).toContain(`${H1}Acme renewal</h1>`)
      expect(reply.text).not.toContain(PASSWORD)
    })
  })
})

describe('one upstream call per page view', () => {
  it('serves the browser’s later /api request from what the page fetched', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    const page = await get(stack.origin, '/opportunities/opp_1')
    expect(page.text).toContain('spott-preload')
    const api = await get(stack.origin, '/api/opportunities/opp_1')
    expect(api.status).toBe(200)
    expect(api.text).toBe(ACME_BODY)
    expect(api.headers['x-spott-cache']).toBe('hit')
    expect(stack.upstream.received).toHaveLength(1)
  })

  it('serves a second page from the same copy', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    await get(stack.origin, '/opportunities/opp_1')
    const again = await get(stack.origin, '/opportunities/opp_1')
    expect(again.text).toContain(`${H1}Acme renewal</h1>`)
    expect(stack.upstream.received).toHaveLength(1)
  })

  it('shares the call when the /api request comes while the page still waits', async () => {
    const spott = holding(serving({ opp_1: ACME_BODY }))
    const stack = await startStack(spott.answer)
    const page = await openPage(stack.origin, '/opportunities/opp_1')
    await eventually(() => expect(stack.upstream.received).toHaveLength(1), 1000)
    const api = get(stack.origin, '/api/opportunities/opp_1')
    await settle()
    spott.release()
    expect((await api).text).toBe(ACME_BODY)
    expect(await page.ended).toContain(`${H1}Acme renewal</h1>`)
    expect(stack.upstream.received).toHaveLength(1)
  })

  it('keeps the call going after the page gave up on it, for the browser’s own request', async () => {
    const spott = holding(serving({ opp_1: ACME_BODY }))
    const upstream = await startStandInUpstream(spott.answer)
    cleanups.push(upstream.close)
    const proxy = createSpottProxy({ baseUrl: upstream.url, apiKey: KEY, log: () => undefined })
    const origin = await startPages({ read: proxy.read, proxy, waitMs: 100 })

    expectPlainPage(await get(origin, '/opportunities/opp_1'))
    const api = get(origin, '/api/opportunities/opp_1')
    await settle()
    spott.release()
    const reply = await api
    expect(reply.status).toBe(200)
    expect(reply.text).toBe(ACME_BODY)
    expect(upstream.received).toHaveLength(1)
  })

  it('does not let the browser’s Refresh (no-cache) reuse the page’s copy', async () => {
    const stack = await startStack(serving({ opp_1: ACME_BODY }))
    await get(stack.origin, '/opportunities/opp_1')
    const fresh = await get(stack.origin, '/api/opportunities/opp_1', {
      headers: { 'cache-control': 'no-cache' },
    })
    expect(fresh.headers['x-spott-cache']).toBe('miss')
    expect(stack.upstream.received).toHaveLength(2)
  })
})

describe('paths that are not deep links', () => {
  it.each([
    '/opportunities',
    '/opportunities/',
    '/opportunities/a/b',
    '/opportunities/opp_1/',
    '/opportunities/bad%20id',
    '/opportunities/bad~id',
    `/opportunities/${'a'.repeat(129)}`,
    '/Opportunities/opp_1',
    '/other',
    '/',
  ])('%s gets index.html as is, and Spott is not asked', async (path) => {
    const stack = await startStack(serving({ opp_1: ACME_BODY, a: ACME_BODY }))
    const reply = await get(stack.origin, path)
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['cache-control']).toBe('no-cache')
    expect(reply.text).toBe(INDEX)
    await settle()
    expect(stack.upstream.received).toHaveLength(0)
  })

  it('takes the longest allowed id', async () => {
    const id = `${'a'.repeat(64)}-_${'Z9'.repeat(31)}`
    expect(id).toHaveLength(128)
    const stack = await startStack(serving({ [id]: JSON.stringify(record(id, 'Long')) }))
    const reply = await get(stack.origin, `/opportunities/${id}`)
    expect(parse(reply.text).getElementById('spott-preload')?.getAttribute('data-id')).toBe(id)
    expect(stack.upstream.received.map((call) => call.url)).toEqual([`/opportunities/${id}`])
  })
})

describe('the stylesheet', () => {
  const CSS_FILE = 'assets/index-c1.css'
  const LINK = `<link rel="stylesheet" crossorigin href="/${CSS_FILE}">`
  const WITH_CSS = INDEX.replace('  </head>', `    ${LINK}\n  </head>`)
  const styleSource = (reply: HttpReply) =>
    String(reply.headers['content-security-policy'])
      .split('; ')
      .find((directive) => directive.startsWith('style-src'))

  /** A build whose stylesheet holds `css`; the page as a browser gets it, and its CSP. */
  async function pageWithStylesheet(css: string | undefined) {
    const styled = createFakeBuild()
    cleanups.push(async () => styled.remove())
    mkdirSync(join(styled.distDir, 'assets'), { recursive: true })
    if (css !== undefined) writeFileSync(join(styled.distDir, CSS_FILE), css)
    const origin = await startPages({
      read: () => Promise.resolve(ACME_BODY),
      waitMs: 1_000,
      distDir: styled.distDir,
      indexHtml: WITH_CSS,
    })
    return get(origin, '/opportunities/opp_1', { headers: { 'accept-encoding': 'gzip' } })
  }

  it('comes inline, allowed by its own hash and nothing wider', async () => {
    const css = '/*! a banner */\n.text-ink{color:var(--ink)}main>h1::before{content:"<b>"}\n'
    const reply = await pageWithStylesheet(css)
    const html = decoded(reply)

    expect(html).toContain(`<style>${css}</style>`)
    expect(html).not.toContain(LINK)
    // Before the name: the heading is painted styled.
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf(H1))
    const hash = createHash('sha256').update(css).digest('base64')
    expect(styleSource(reply)).toBe(`style-src 'self' 'sha256-${hash}'`)
    expect(reply.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(String(reply.headers['content-security-policy']).replace(` 'sha256-${hash}'`, '')).toBe(
      CONTENT_SECURITY_POLICY,
    )
  })

  it.each([
    ['could end the style element early', '.a{}</style><script>alert(1)</script><style>'],
    ['says so in capitals', '.a{}</STYLE >'],
    ['is missing from the build', undefined],
  ])('stays a link when it %s', async (_label, css) => {
    const reply = await pageWithStylesheet(css)
    const html = decoded(reply)

    expect(html).toContain(LINK)
    expect(html).not.toContain('<style>')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('createDeepLinkPages', () => {
  it.each([
    ['no root', INDEX.replace('<div id="root"></div>', '<main></main>')],
    ['no head end', INDEX.replace('</head>', '')],
    ['the root before the head ends', INDEX.replace('</head>', '').replace('</html>', '</head>')],
  ])('refuses an index.html with %s', (_label, indexHtml) => {
    expect(() =>
      createDeepLinkPages({ distDir: build.distDir, indexHtml, read: async () => undefined }),
    ).toThrow(/root/)
  })

  it('matches only /opportunities/<id>', () => {
    const pages = createDeepLinkPages({
      distDir: build.distDir,
      indexHtml: INDEX,
      read: async () => undefined,
    })
    expect(pages.match('/opportunities/opp_1')).toBe('opp_1')
    expect(pages.match('/opportunities/A-b_9')).toBe('A-b_9')
    for (const path of [
      '/opportunities',
      '/opportunities/',
      '/opportunities/a/b',
      '/opportunities/a b',
      '/opportunities/a"b',
      '/opportunities/a<b',
      '/opportunities/opp_1\n',
      `/opportunities/${'a'.repeat(129)}`,
      '/x/opportunities/opp_1',
    ]) {
      expect(pages.match(path), path).toBeUndefined()
    }
  })
})

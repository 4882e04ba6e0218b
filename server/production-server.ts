import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { checkAccess, type AccessControl } from './access-control.ts'
import { sendText } from './plain-text.ts'
import { setSecurityHeaders } from './security-headers.ts'
import { createDeepLinkPages } from './deep-link-page.ts'
import type { SpottProxy } from './spott-proxy.ts'
import { indexStaticFiles, sendStaticFile } from './static-files.ts'

export type ProductionServerOptions = {
  /** The output of `vite build`. */
  distDir: string
  proxy: SpottProxy
  access: AccessControl
  /** One line per request; lines never hold the key (see requestLine). */
  log: (line: string) => void
}

/**
 * `npm start`: the built app, the Spott proxy, `/healthz`, with security headers on every
 * answer. Routes the SPA owns get index.html, so a deep link works on a hard reload.
 */
export function createProductionHandler({ distDir, proxy, access, log }: ProductionServerOptions) {
  const files = indexStaticFiles(distDir)
  const index = files.get('/index.html')
  if (!index) throw new Error(`${distDir} has no index.html: run \`npm run build\` first.`)
  const deepLinks = createDeepLinkPages({
    distDir,
    indexHtml: readFileSync(index.identity.path, 'utf8'),
    read: proxy.read,
    demo: proxy.demo,
  })

  return (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint()
    // 'close', not 'finish': a client that hangs up as the last byte arrives skips 'finish'.
    res.on('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      // A client that gave up before any answer was sent got no status at all.
      log(requestLine(req, res.headersSent ? res.statusCode : 'aborted', ms))
    })
    setSecurityHeaders(res)
    const path = pathOf(req.url)

    if (path === '/healthz') return sendText(req, res, 200, 'ok')
    if (!checkAccess(access, req, res)) return
    if (path === '/api' || path.startsWith('/api/')) {
      return proxy(req, res, () => sendText(req, res, 404, 'Not found'))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD')
      return sendText(req, res, 405, 'Method not allowed')
    }
    const file = files.get(path)
    if (file) return sendStaticFile(req, res, file)
    // Matched as sent, undecoded, as the app's router will read it: "%2F" is no separator.
    const id = deepLinks.match(originFormOf(req.url).split(/[?#]/)[0]!)
    if (id !== undefined) return deepLinks.send(req, res, id)
    // A missing hashed asset is a stale page asking for an old build: index.html would
    // make it fail as a JavaScript syntax error instead of a plain 404.
    if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) {
      return sendText(req, res, 404, 'Not found')
    }
    return sendStaticFile(req, res, index)
  }
}

/**
 * Path and query of a request target. An absolute-form target (`GET http://user:pw@host/x`,
 * which browsers never send) keeps only its path and query, so no userinfo goes further.
 */
function originFormOf(target: string | undefined): string {
  if (!target) return '/'
  if (target.startsWith('/')) return target
  try {
    const url = new URL(target)
    return `${url.pathname}${url.search}`
  } catch {
    return '/'
  }
}

/** The path of a request target, decoded; a target that does not decode matches no file. */
function pathOf(target: string | undefined): string {
  const raw = originFormOf(target).split(/[?#]/)[0]!
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/**
 * "2026-11-28T10:00:00.000Z GET /opportunities/opp_1 200 3.1ms". Only the method, the path
 * and query as sent, and the outcome: never headers (cookies, Authorization), so never a
 * password, and the key never travels in a browser's URL.
 */
export function requestLine(req: IncomingMessage, status: number | 'aborted', ms: number): string {
  const target = originFormOf(req.url)
    .slice(0, 2048)
    .replace(/\p{Cc}/gu, '?')
  return `${new Date().toISOString()} ${req.method} ${target} ${status} ${ms.toFixed(1)}ms`
}

export type RunningServer = { server: Server; url: string; shutdown: () => Promise<void> }

/**
 * Listens, and shuts down gracefully: stop accepting, let the requests in flight finish
 * (idle keep-alive connections are closed at once), then force-close after `graceMs`.
 */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  { host, port, graceMs = 10_000 }: { host: string; port: number; graceMs?: number },
): Promise<RunningServer> {
  let closing = false
  const server = createServer((req, res) => {
    if (closing) res.setHeader('connection', 'close')
    // A keep-alive connection whose request finishes during shutdown is closed right away.
    res.on('close', () => closing && server.closeIdleConnections())
    handler(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address

  const shutdown = () =>
    new Promise<void>((resolve) => {
      closing = true
      const force = setTimeout(() => server.closeAllConnections(), graceMs)
      force.unref()
      server.close(() => {
        clearTimeout(force)
        resolve()
      })
      server.closeIdleConnections()
    })

  return { server, url: `http://${shownHost}:${address.port}`, shutdown }
}

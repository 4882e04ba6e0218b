import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { createGzip } from 'node:zlib'
import { ID_PATTERN } from './proxy-route.ts'
import { contentSecurityPolicy } from './security-headers.ts'
import { acceptsEncoding } from './static-files.ts'

/**
 * The page for a deep link to one opportunity, as fast as the network allows. The head goes
 * out at once, so the browser fetches the app's code (and the detail route's, preloaded)
 * while the server asks Spott. Then the deal's name is sent as the page's <h1>, in the same
 * markup the app renders, together with the record as inert JSON the app starts from: the
 * name shows before any JavaScript runs, and the browser makes no request of its own.
 * The app's stylesheet comes inline (its hash in the CSP): on a slow line a separate CSS file
 * shares the bandwidth with the code downloading meanwhile, and the name cannot be painted
 * before it.
 */

const DETAIL_PATH = /^\/opportunities\/([^/]+)$/
const ROOT = '<div id="root"></div>'
/** The module that renders /opportunities/:id, as the Vite manifest names it. */
const DETAIL_MODULE = 'src/features/opportunities/detail/opportunity-detail-page.tsx'
/** Longer than Spott usually takes; past it the page goes out without data and the app asks. */
const DEFAULT_WAIT_MS = 1_500

export type DeepLinkPages = {
  /** The id when `path` is a deep link to an opportunity. */
  match: (path: string) => string | undefined
  send: (req: IncomingMessage, res: ServerResponse, id: string) => void
}

type ManifestChunk = { file: string; imports?: string[]; isEntry?: boolean }

export function createDeepLinkPages({
  distDir,
  indexHtml,
  read,
  demo = false,
  waitMs = DEFAULT_WAIT_MS,
}: {
  distDir: string
  indexHtml: string
  read: (upstreamPath: string) => Promise<string | undefined>
  /** The data is the built-in mock's: the app says so, as API answers do with a header. */
  demo?: boolean
  waitMs?: number
}): DeepLinkPages {
  const rootAt = indexHtml.indexOf(ROOT)
  const headEnd = indexHtml.indexOf('</head>')
  if (rootAt === -1 || headEnd === -1 || headEnd > rootAt) {
    throw new Error(`index.html has no ${ROOT} after its head`)
  }
  const preloads = detailChunks(distDir)
    .filter((file) => !indexHtml.includes(`/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('')
  const { head, styleHashes } = inlineStylesheets(indexHtml.slice(0, headEnd), distDir)
  const policy = contentSecurityPolicy({ styleHashes })
  const opening = `${head}${preloads}${indexHtml.slice(headEnd, rootAt)}<div id="root">`
  const closing = indexHtml.slice(rootAt + ROOT.length)

  return {
    match: (path) => {
      const id = DETAIL_PATH.exec(path)?.[1]
      return id !== undefined && ID_PATTERN.test(id) ? id : undefined
    },
    send(req, res, id) {
      const gzip = acceptsEncoding(req, 'gzip')
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        // The page now carries CRM data: no cache anywhere may keep it.
        'cache-control': 'no-store',
        'content-security-policy': policy,
        vary: 'Accept-Encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      })
      if (req.method === 'HEAD') {
        res.end()
        return
      }
      const out = gzip ? createGzip() : undefined
      if (out) out.pipe(res)
      const write = (text: string) => (out ? out.write(text) : res.write(text))
      write(opening)
      // Flushed now: the browser starts on the code while Spott is asked.
      out?.flush()

      let done = false
      const finish = (body: string | undefined) => {
        if (done) return
        done = true
        clearTimeout(timer)
        write(`${body === undefined ? '' : prerendered(id, body, demo)}</div>${closing}`)
        if (out) out.end()
        else res.end()
      }
      const timer = setTimeout(() => finish(undefined), waitMs)
      res.on('close', () => {
        if (done) return
        // The reader left mid-page: stop the compressor with it.
        done = true
        clearTimeout(timer)
        out?.destroy()
      })
      void read(`/opportunities/${id}`)
        .catch(() => undefined)
        .then(finish)
    },
  }
}

/** The detail route's chunks that the entry does not already load, from Vite's manifest. */
function detailChunks(distDir: string): string[] {
  const path = join(distDir, '.vite', 'manifest.json')
  if (!existsSync(path)) return []
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || chunk.isEntry || files.has(chunk.file)) return
    files.add(chunk.file)
    chunk.imports?.forEach(visit)
  }
  visit(DETAIL_MODULE)
  return [...files]
}

/**
 * The deal's name as the page's <h1>, placed where the app puts it (see
 * opportunity-detail-page.tsx and root-layout.tsx), and the record as JSON. The JSON is
 * `type="application/json"`: never executed, so the Content-Security-Policy stays strict.
 */
function prerendered(id: string, body: string, demo: boolean): string {
  const name = nameOf(body)
  const heading = name === undefined ? '' : shell(escapeHtml(name))
  // "<" escaped, so no "</script>" inside the data can end the element early.
  const json = body.replace(/</g, '\\u003c')
  const source = demo ? ' data-demo="1"' : ''
  return `${heading}<script type="application/json" id="spott-preload" data-id="${id}"${source}>${json}</script>`
}

/**
 * The app's shell (root-layout.tsx), breadcrumb (opportunity-detail-page.tsx) and heading
 * (opportunity-detail.tsx), with the same classes, so the app's first render lands on it
 * without moving it. e2e/deep-link-page.spec.ts holds the two to the same place.
 */
const shell = (name: string) =>
  `<div class="min-h-dvh"><header class="border-b border-surface-line bg-surface">` +
  `<div class="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3">` +
  `<a href="/opportunities" class="flex items-center gap-2 font-semibold text-ink">` +
  `<img src="/favicon.svg" alt="" class="size-6" width="24" height="24">Spott opportunities</a>` +
  `<div class="ml-auto"><label class="flex items-center gap-2 text-sm text-ink-muted">` +
  `<span class="sr-only sm:not-sr-only">Theme</span>` +
  `<select disabled class="rounded-md bg-surface px-2 py-1 text-ink ring-1 ring-surface-line ring-inset">` +
  `<option>System</option></select></label></div></div></header>` +
  `<main id="main" class="mx-auto max-w-6xl px-4 py-6"><div class="space-y-4">` +
  `<div class="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">` +
  `<nav aria-label="Breadcrumb" class="min-w-0 text-sm text-ink-muted">` +
  `<a href="/opportunities">Opportunities</a><span aria-hidden="true"> / </span>` +
  `<span class="break-words">${name}</span></nav></div>` +
  `<article class="space-y-5"><div class="space-y-3">` +
  `<h1 class="text-2xl font-semibold tracking-tight break-words text-ink sm:text-3xl">${name}</h1>` +
  `</div></article></div></main></div>`

function nameOf(body: string): string | undefined {
  try {
    // Spott's wrapper: { "viewType": "opportunityName", "name": "…" }.
    const value: unknown = (JSON.parse(body) as { name?: { name?: unknown } } | null)?.name?.name
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  } catch {
    return undefined
  }
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )
}

const STYLESHEET = /<link rel="stylesheet"[^>]*? href="\/(assets\/[\w.-]+\.css)"[^>]*>/g

/** The head with each built stylesheet's link replaced by its content, and their hashes. */
function inlineStylesheets(head: string, distDir: string) {
  const styleHashes: string[] = []
  const inlined = head.replace(STYLESHEET, (link, file: string) => {
    const path = join(distDir, file)
    if (!existsSync(path)) return link
    const css = readFileSync(path, 'utf8')
    // Text that would end the <style> element early stays in its file.
    if (/<\/style/i.test(css)) return link
    styleHashes.push(createHash('sha256').update(css).digest('base64'))
    return `<style>${css}</style>`
  })
  return { head: inlined, styleHashes }
}

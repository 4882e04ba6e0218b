import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, relative, sep } from 'node:path'

/** Text formats worth compressing; images other than SVG are compressed already. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|txt|xml|webmanifest)$/

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

type Encoding = 'br' | 'gzip'
type Variant = { path: string; size: number; etag: string }

export type StaticFile = {
  contentType: string
  cacheControl: string
  identity: Variant
  /** Precompressed siblings written at build time (server/precompress.ts). */
  encoded: Partial<Record<Encoding, Variant>>
}

/** Vite names files under assets/ by their content hash: they never change in place. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** index.html names the current hashes, so it is checked on every load. */
const REVALIDATE = 'no-cache'
const SHORT = 'public, max-age=3600'

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

function variant(path: string, tag: string): Variant {
  const stat = statSync(path)
  return {
    path,
    size: stat.size,
    etag: `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}${tag}"`,
  }
}

/**
 * Every file of the build, by URL path, read once at startup. Serving looks files up here,
 * never on disk by the requested path, so no request can name a file outside dist/.
 */
export function indexStaticFiles(distDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  for (const path of listFiles(distDir)) {
    if (path.endsWith('.br') || path.endsWith('.gz')) continue
    const urlPath = `/${relative(distDir, path).split(sep).join('/')}`
    // Vite's build manifest is for this server (deep-link-page.ts), not for browsers.
    if (urlPath.startsWith('/.vite/')) continue
    const encoded: StaticFile['encoded'] = {}
    if (existsSync(`${path}.br`)) encoded.br = variant(`${path}.br`, '-br')
    if (existsSync(`${path}.gz`)) encoded.gzip = variant(`${path}.gz`, '-gz')
    files.set(urlPath, {
      contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: urlPath.startsWith('/assets/')
        ? IMMUTABLE
        : urlPath === '/index.html'
          ? REVALIDATE
          : SHORT,
      identity: variant(path, ''),
      encoded,
    })
  }
  return files
}

/** The encodings the client accepts, from Accept-Encoding (a q of 0 means "not this"). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>()
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name)
  }
  return accepted
}

export const acceptsEncoding = (req: IncomingMessage, name: Encoding) =>
  acceptedEncodings(req.headers['accept-encoding']).has(name)

export function sendStaticFile(req: IncomingMessage, res: ServerResponse, file: StaticFile) {
  const accepted = acceptedEncodings(req.headers['accept-encoding'])
  const encoding = (['br', 'gzip'] as const).find(
    (name) => file.encoded[name] && accepted.has(name),
  )
  const chosen = encoding ? file.encoded[encoding]! : file.identity

  res.setHeader('content-type', file.contentType)
  res.setHeader('cache-control', file.cacheControl)
  res.setHeader('etag', chosen.etag)
  if (Object.keys(file.encoded).length > 0) res.setHeader('vary', 'Accept-Encoding')
  if (encoding) res.setHeader('content-encoding', encoding)

  if (req.headers['if-none-match'] === chosen.etag) {
    res.statusCode = 304
    res.end()
    return
  }
  res.setHeader('content-length', chosen.size)
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(chosen.path)
    .on('error', () => res.destroy())
    .pipe(res)
}

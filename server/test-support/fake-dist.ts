import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

/** Outside dist/: no request may ever return these. */
export const OUTSIDE_MARKER = 'OUTSIDE-DIST-SECRET-3c9a1f'

export const INDEX_HTML = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <title>Spott opportunities (test build)</title>',
  '    <script type="module" crossorigin src="/assets/app-abc123.js"></script>',
  '  </head>',
  '  <body><div id="root"></div></body>',
  '</html>',
  '',
].join('\n')

/** Over the 1 KB precompression threshold, like a real chunk. */
export const APP_JS = Array.from(
  { length: 120 },
  (_, index) => `export const opportunity${index} = { id: 'opp_${index}', stage: 'Qualified' }\n`,
).join('')

export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg>\n'
export const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>\n'
export const ROBOTS_TXT = 'User-agent: *\nDisallow: /\n'

export type FakeBuild = {
  /** The temporary folder: holds dist/ and files that must stay unreachable. */
  root: string
  distDir: string
  remove: () => void
}

/**
 * A small `vite build` output in a temporary folder: index.html, a hashed chunk with `.br`
 * and `.gz` siblings (as server/precompress.ts writes them), a favicon, robots.txt and a
 * nested file. Next to dist/ sit a package.json and a secret that must never be served.
 */
export function createFakeBuild(): FakeBuild {
  const root = mkdtempSync(join(tmpdir(), 'spott-dist-'))
  const distDir = join(root, 'dist')
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
  }
  write(join(distDir, 'index.html'), INDEX_HTML)
  write(join(distDir, 'assets/app-abc123.js'), APP_JS)
  write(join(distDir, 'assets/app-abc123.js.br'), brotliCompressSync(APP_JS))
  write(join(distDir, 'assets/app-abc123.js.gz'), gzipSync(APP_JS))
  write(join(distDir, 'favicon.svg'), FAVICON_SVG)
  write(join(distDir, 'robots.txt'), ROBOTS_TXT)
  write(join(distDir, 'demo/logos/acme.svg'), LOGO_SVG)
  write(join(root, 'package.json'), `{"name":"${OUTSIDE_MARKER}"}\n`)
  write(join(root, 'secret.txt'), `${OUTSIDE_MARKER}\n`)
  return { root, distDir, remove: () => rmSync(root, { recursive: true, force: true }) }
}

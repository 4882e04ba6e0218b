import { createServer, forward, listenOnLoopback, type RunningServer } from './http-forward.ts'

/**
 * The network floor: the least any page can do to show an opportunity's name. One HTML
 * document whose inline script fetches `/api/opportunities/<id>` once and writes the name
 * into an `<h1>`. No framework, no CSS, no other request. Served without a CSP (the
 * production server's would block the inline script; an external script would cost the
 * floor a round trip the real floor does not have). `/api/*` is forwarded to the production
 * server, so the request path, the proxy and the payload are the app's own.
 */
export const FLOOR_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Network floor</title>
<link rel="icon" href="data:,">
</head>
<body>
<script>
const id = location.pathname.split('/').pop()
fetch('/api/opportunities/' + id)
  .then((response) => response.json())
  .then((body) => {
    const h1 = document.createElement('h1')
    h1.textContent = typeof body.name === 'object' && body.name ? body.name.name : body.name
    document.body.append(h1)
  })
</script>
</body>
</html>
`

export async function startFloorServer(appOrigin: string): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://floor').pathname
    if (path.startsWith('/api/')) return forward(req, res, appOrigin)
    if (path.startsWith('/opportunities/')) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-length': Buffer.byteLength(FLOOR_HTML),
      })
      return res.end(FLOOR_HTML)
    }
    // No favicon request to wait for or count: an empty answer.
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('Not found')
  })
  return listenOnLoopback(server)
}

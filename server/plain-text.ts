import type { IncomingMessage, ServerResponse } from 'node:http'

/** A short plain-text answer (404, 405, 401, /healthz), with its length; no body for HEAD. */
export function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string,
  cacheControl = 'no-store',
) {
  const body = Buffer.from(`${text}\n`)
  res.statusCode = status
  res.setHeader('content-type', 'text/plain; charset=utf-8')
  res.setHeader('content-length', body.length)
  res.setHeader('cache-control', cacheControl)
  res.end(req.method === 'HEAD' ? undefined : body)
}

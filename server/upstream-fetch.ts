import { unavailable, upstreamError } from './proxy-errors.ts'

export type UpstreamFetchOptions = {
  apiKey: string
  maxBodyBytes: number
  fetch: typeof globalThis.fetch
  signal: AbortSignal
  redact: (text: string) => string
}

/**
 * One GET to Spott. Resolves with the body of a 200 that is JSON; anything else throws a
 * ProxyError, or whatever the signal was aborted with.
 */
export async function fetchUpstream(url: string, options: UpstreamFetchOptions): Promise<string> {
  const response = await options.fetch(url, {
    method: 'GET',
    // Built from scratch: nothing of the client's request (cookies, authorization,
    // forwarded-for) reaches Spott.
    headers: { 'x-api-key': options.apiKey, accept: 'application/json' },
    // A redirect would carry the key to wherever it points.
    redirect: 'manual',
    signal: options.signal,
  })
  const text = await readCapped(response, options.maxBodyBytes)
  if (response.status === 200) return validJson(response, text)
  throw upstreamError(response, text, options.redact)
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    throw oversized(maxBytes)
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw oversized(maxBytes)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const oversized = (maxBytes: number) =>
  unavailable(`Spott sent a response larger than ${formatBytes(maxBytes)}; it was refused.`)

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`

function validJson(response: Response, text: string): string {
  const type = response.headers.get('content-type')
  if (type !== null && !/\bjson\b/i.test(type)) {
    throw unavailable('Spott answered with something other than JSON.')
  }
  try {
    JSON.parse(text)
  } catch {
    throw unavailable('Spott sent a malformed or truncated response.')
  }
  return text
}

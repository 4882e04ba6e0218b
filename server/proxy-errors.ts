/**
 * The proxy's error contract (DESIGN.md): every failure the browser sees is one of these
 * codes, with a message a person can read and nothing of the key in it.
 */

export type ProxyErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'UPSTREAM_AUTH'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'

export type ProxyErrorBody = { status: number; code: ProxyErrorCode; message: string }

export class ProxyError extends Error {
  readonly body: ProxyErrorBody
  readonly headers: Record<string, string>

  constructor(
    status: number,
    code: ProxyErrorCode,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(message)
    this.body = { status, code, message }
    this.headers = headers
  }

  /** Failures that say nothing about the record itself, so a recent copy may stand in. */
  get transient(): boolean {
    return (
      this.body.code === 'UPSTREAM_UNAVAILABLE' ||
      this.body.code === 'UPSTREAM_TIMEOUT' ||
      this.body.code === 'RATE_LIMITED'
    )
  }
}

export const unavailable = (message: string) => new ProxyError(502, 'UPSTREAM_UNAVAILABLE', message)

/** A 429 the proxy gives by itself, before Spott has to: `waitMs` becomes Retry-After. */
export const rateLimited = (message: string, waitMs: number) =>
  new ProxyError(429, 'RATE_LIMITED', message, {
    'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
  })

/** Maps a non-200 upstream answer onto the contract. */
export function upstreamError(
  response: Response,
  text: string,
  redact: (text: string) => string,
): ProxyError {
  const { status } = response
  if (status === 400) {
    return new ProxyError(
      400,
      'BAD_REQUEST',
      plainMessage(text, redact) ?? 'Spott rejected the request as malformed.',
    )
  }
  if (status === 401 || status === 403) {
    return new ProxyError(
      502,
      'UPSTREAM_AUTH',
      "Spott rejected the dashboard's Spott API key. Ask whoever runs the dashboard to check it.",
    )
  }
  if (status === 404) {
    return new ProxyError(404, 'NOT_FOUND', 'Spott has no opportunity with that id.')
  }
  if (status === 429) {
    // Rewritten as whole seconds, never passed through: a date may carry a "(comment)",
    // and whatever Spott put there must not reach the browser.
    const header = response.headers.get('retry-after')
    const waitMs = header === null ? undefined : retryAfterMs(header)
    const headers: Record<string, string> =
      waitMs === undefined ? {} : { 'retry-after': String(Math.ceil(waitMs / 1000)) }
    return new ProxyError(
      429,
      'RATE_LIMITED',
      'Spott is rate limiting the dashboard. Try again shortly.',
      headers,
    )
  }
  return unavailable(
    status >= 500
      ? `Spott is having trouble (it answered ${status}).`
      : `Spott answered with an unexpected status (${status}).`,
  )
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date, else undefined. */
export function retryAfterMs(value: string, now = Date.now()): number | undefined {
  if (/^\d{1,6}$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Spott's `message` is sometimes prose and sometimes a machine code: keep only prose. */
function plainMessage(text: string, redact: (text: string) => string): string | undefined {
  let message: unknown
  try {
    message = (JSON.parse(text) as { message?: unknown } | null)?.message
  } catch {
    return undefined
  }
  if (typeof message !== 'string') return undefined
  const trimmed = redact(message.trim())
  // eslint-disable-next-line no-control-regex
  const printable = !/[\u0000-\u001f\u007f<>]/.test(trimmed)
  // A long unbroken token may be the key in an encoding redaction cannot know (partly
  // percent-encoded, base64, cut short): prose has no such words, so the message goes.
  const tokenLike = /[A-Za-z0-9+/=%_.~-]{16,}/.test(trimmed)
  return printable && !tokenLike && trimmed.includes(' ') && trimmed.length <= 300
    ? trimmed
    : undefined
}

import { z } from 'zod/mini'
import { reportDataSource } from './data-source'
import { describeIssues } from './describe-issues'

/**
 * Every failed request becomes an ApiError: `status` is the HTTP status (0 when the
 * server was never reached) and `code` one of the proxy's codes or a client-side one.
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  /** Seconds from a 429's Retry-After, when the server sent one. */
  readonly retryAfterSeconds: number | undefined

  constructor(status: number, code: string, message: string, retryAfterSeconds?: number) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

const nonEmptyText = z.string().check(z.minLength(1))
const errorBodySchema = z.object({ code: nonEmptyText, message: nonEmptyText })

export async function getJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  { signal, fresh = false }: { signal?: AbortSignal; fresh?: boolean } = {},
): Promise<T> {
  let response: Response
  // `fresh`: what Spott says now, not the copy the dashboard's server keeps for a few seconds.
  const headers: HeadersInit = fresh
    ? { accept: 'application/json', 'cache-control': 'no-cache' }
    : { accept: 'application/json' }
  try {
    response = await fetch(url, { headers, signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'The dashboard server could not be reached. Check your connection.',
    )
  }
  reportDataSource(response.headers.get('x-spott-demo') === '1' ? 'demo' : 'spott')

  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) throw errorFromResponse(response, body)
  if (body === undefined) {
    throw new ApiError(
      response.status,
      'INVALID_RESPONSE',
      'The server sent a response that is not JSON.',
    )
  }
  // reportInput: the description says what kind of value was found (never the value).
  const parsed = schema.safeParse(body, { reportInput: true })
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'INVALID_RESPONSE',
      `Spott sent data the dashboard cannot read: ${describeIssues(parsed.error)}.`,
    )
  }
  return parsed.data
}

function errorFromResponse(response: Response, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body)
  return new ApiError(
    response.status,
    parsed.success ? parsed.data.code : 'HTTP_ERROR',
    parsed.success ? parsed.data.message : `The server answered ${response.status}.`,
    retryAfterSeconds(response.headers.get('retry-after')),
  )
}

/** Retry-After is either seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined
  const seconds = /^\d+$/.test(header.trim())
    ? Number(header)
    : Math.ceil((Date.parse(header) - Date.now()) / 1000)
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined
}

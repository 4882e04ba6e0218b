import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../lib/api-client'
import { RATE_LIMIT_AUTO_RETRIES, rateLimitWaitMs } from '../lib/rate-limit'

/** Codes worth one more try: the failure may be gone a second later. */
const TRANSIENT = new Set(['NETWORK_ERROR', 'UPSTREAM_UNAVAILABLE'])
const TRANSIENT_RETRY_DELAY_MS = 800

/**
 * No retries for 4xx answers or unreadable data (they will not change by asking again),
 * nor for a timeout (that already took long). One quick retry for a dropped connection or
 * Spott failing. A rate limit is retried only after the wait Spott asked for, a few times
 * at most, so a busy key is never hammered.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return false
  if (error.code === 'RATE_LIMITED') {
    return failureCount < RATE_LIMIT_AUTO_RETRIES && rateLimitWaitMs(error) !== undefined
  }
  return failureCount < 1 && TRANSIENT.has(error.code)
}

export function retryDelay(_failureCount: number, error: unknown): number {
  return (isApiError(error) && rateLimitWaitMs(error)) || TRANSIENT_RETRY_DELAY_MS
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // A failed query is fetched again only when someone asks (Retry), not on every mount:
      // a 404 costs one upstream call, however the route's code and data race.
      queries: { retry: shouldRetry, retryDelay, retryOnMount: false },
    },
  })
}

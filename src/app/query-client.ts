import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../lib/api-client'

/** Codes worth one more try: the failure may be gone a second later. */
const TRANSIENT = new Set(['NETWORK_ERROR', 'UPSTREAM_UNAVAILABLE'])

/**
 * No retries for 4xx answers or unreadable data (they will not change by asking again),
 * nor for a timeout (that already took long) or a rate limit (not to be hammered); one
 * quick retry for a dropped connection or Spott failing (UPSTREAM_UNAVAILABLE).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && isApiError(error) && TRANSIENT.has(error.code)
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // A failed query is fetched again only when someone asks (Retry), not on every mount:
      // a 404 costs one upstream call, however the route's code and data race.
      queries: { retry: shouldRetry, retryDelay: 800, retryOnMount: false },
    },
  })
}

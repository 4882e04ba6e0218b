import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../lib/api-client'

/** Codes worth one more try: the failure may be gone a second later. */
const TRANSIENT = new Set(['NETWORK_ERROR', 'UPSTREAM_UNAVAILABLE'])

/**
 * No retries for 4xx answers or unreadable data (they will not change by asking again),
 * and a rate limit is not hammered; one quick retry for a dropped connection or a 5xx.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && isApiError(error) && TRANSIENT.has(error.code)
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay: 800 },
    },
  })
}

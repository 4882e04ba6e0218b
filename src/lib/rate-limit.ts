import type { ApiError } from './api-client'

/** How often a rate-limited request is tried again by itself before the user is asked. */
export const RATE_LIMIT_AUTO_RETRIES = 2

/** Spott sent no Retry-After: wait this long, as its docs advise backing off. */
const DEFAULT_WAIT_SECONDS = 10
/** Longer waits are left to the user: a page silently stuck for minutes helps nobody. */
const MAX_AUTO_WAIT_SECONDS = 60

/**
 * How long to wait before trying a rate-limited request again by itself, or undefined when
 * it should not be retried automatically (not a rate limit, or a wait too long to sit out).
 */
export function rateLimitWaitMs(error: ApiError): number | undefined {
  if (error.code !== 'RATE_LIMITED') return undefined
  const seconds = error.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS
  return seconds <= MAX_AUTO_WAIT_SECONDS ? Math.max(0, seconds) * 1000 : undefined
}

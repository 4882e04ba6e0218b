import { isApiError } from '../lib/api-client'
import { rateLimitWaitMs } from '../lib/rate-limit'
import { tryingAgainIn, useCountdown } from '../lib/use-countdown'

type RateLimitNoticeProps = {
  /** The query's `failureReason`: set while react-query waits to try again. */
  failureReason: unknown
  failureCount: number
  isFetching: boolean
}

/**
 * While a request waits out Spott's rate limit before trying again by itself, says so and
 * counts down, so a page that seems stuck explains itself. Renders nothing otherwise.
 */
export function RateLimitNotice({ failureReason, failureCount, isFetching }: RateLimitNoticeProps) {
  const waitMs =
    isFetching && isApiError(failureReason) ? rateLimitWaitMs(failureReason) : undefined
  if (waitMs === undefined) return null
  // Keyed by the attempt, so each new 429 starts its own countdown.
  return <Countdown key={failureCount} waitMs={waitMs} />
}

function Countdown({ waitMs }: { waitMs: number }) {
  const seconds = useCountdown(waitMs)
  return (
    <p
      role="status"
      className="rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning ring-1 ring-warning/25 ring-inset"
    >
      Spott asked the dashboard to slow down (rate limit). {tryingAgainIn(seconds)}
    </p>
  )
}

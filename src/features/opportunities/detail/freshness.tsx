import { Button } from '../../../components/button'
import { formatClockTime } from '../../../lib/format'

type FreshnessProps = {
  /** When the data on screen was fetched (ms since the epoch). */
  dataUpdatedAt: number
  isFetching: boolean
  /** A background refresh failed; the data on screen is the last good one. */
  refreshError: Error | null
  refresh: () => void
}

/**
 * How fresh the page is, and a way to refresh it. A failed refresh keeps the page readable
 * and says so beside the stamp, rather than replacing the page with an error.
 */
export function Freshness({ dataUpdatedAt, isFetching, refreshError, refresh }: FreshnessProps) {
  const stamp = new Date(dataUpdatedAt)
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
      <span>
        Data as of{' '}
        <time dateTime={stamp.toISOString()} className="tabular-nums">
          {formatClockTime(stamp)}
        </time>
      </span>
      <Button
        variant="secondary"
        className="px-3 py-1"
        onClick={refresh}
        disabled={isFetching}
        aria-label={isFetching ? 'Refreshing' : 'Refresh'}
      >
        {isFetching ? 'Refreshing…' : 'Refresh'}
      </Button>
      <span role="status" className="basis-full text-danger empty:hidden">
        {refreshError && !isFetching
          ? `Could not refresh: ${refreshError.message} Showing the data from ${formatClockTime(stamp)}.`
          : ''}
      </span>
    </div>
  )
}

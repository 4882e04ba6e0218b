import { parseSpottDate, type SpottDate } from '../lib/dates'
import { formatRelative, formatSpottDate, formatSpottDateExact } from '../lib/format'
import { EmptyValue } from './empty-value'

type DateTextProps = {
  /** Already-parsed value, or an ISO string parsed here. */
  value: SpottDate | string | null | undefined
  /** Adds "in 3 days" / "2 months ago" after the date. */
  relative?: boolean
  /** Instants show their time of day unless this is false. */
  withTime?: boolean
  empty?: string
}

/** A date as people read it, with the exact timestamp in the tooltip and in `dateTime`. */
export function DateText({
  value,
  relative = false,
  withTime = true,
  empty = 'No date',
}: DateTextProps) {
  const date = typeof value === 'string' || value == null ? parseSpottDate(value) : value
  if (!date) {
    return typeof value === 'string' && value !== '' ? (
      <span title="Not a date Spott is known to send">{value}</span>
    ) : (
      <EmptyValue>{empty}</EmptyValue>
    )
  }
  return (
    <span>
      <time dateTime={date.iso} title={formatSpottDateExact(date)}>
        {formatSpottDate(date, { withTime })}
      </time>
      {relative && <span className="text-ink-faint"> · {formatRelative(date)}</span>}
    </span>
  )
}

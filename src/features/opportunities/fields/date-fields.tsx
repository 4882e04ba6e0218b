import { DateText } from '../../../components/date-text'
import { EmptyValue } from '../../../components/empty-value'
import { daysFromToday, parseCalendarDay, type SpottDate } from '../../../lib/dates'
import { formatDayCount, formatRelativeDays } from '../../../lib/format'
import type { CloseDate, Opportunity } from '../api/opportunity-schema'
import { HealthTag } from './health-tag'

export type CloseDateHealth = {
  day: SpottDate
  /** Calendar days from today (negative: past). */
  days: number
  /** Overdue needs attention; the rest is a plain hint next to the date. */
  tone: 'overdue' | 'hint'
  /** "Overdue", "Closes today", "Closes in 3 days", or for a closed deal "3 weeks ago". */
  text: string
}

/** What a close date means for this deal, today. Undefined when there is no usable date. */
export function closeDateHealth(
  value: CloseDate | null,
  isOpen: boolean,
  now: Date = new Date(),
): CloseDateHealth | undefined {
  const day = parseCalendarDay(value?.target)
  if (!day) return undefined
  const days = daysFromToday(day, now)
  if (!isOpen) return { day, days, tone: 'hint', text: formatRelativeDays(days) }
  if (days < 0) return { day, days, tone: 'overdue', text: 'Overdue' }
  const text = days === 0 ? 'Closes today' : `Closes ${formatDayCount(days)}`
  return { day, days, tone: 'hint', text }
}

/** Close dates are calendar days: they read the same in every time zone. */
export function CloseDateField({
  value,
  opportunity,
}: {
  value: CloseDate | null
  opportunity: Opportunity
}) {
  const health = closeDateHealth(value, opportunity.stage.value.isOpen)
  if (!health) return <EmptyValue>No close date</EmptyValue>
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <DateText value={health.day} />
      {health.tone === 'overdue' ? (
        <HealthTag tone="danger">{health.text}</HealthTag>
      ) : (
        <span className="text-sm text-ink-muted">{health.text}</span>
      )}
    </span>
  )
}

export function CreatedAtField({ value }: { value: string }) {
  return <DateText value={value} relative />
}

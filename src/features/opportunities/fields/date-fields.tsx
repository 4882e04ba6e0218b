import { DateText } from '../../../components/date-text'
import { EmptyValue } from '../../../components/empty-value'
import { parseCalendarDay, daysFromToday } from '../../../lib/dates'
import { formatDayCount, formatRelativeDays } from '../../../lib/format'
import type { CloseDate, Opportunity } from '../api/opportunity-schema'
import { HealthTag } from './health-tag'

/** Close dates are calendar days: they read the same in every time zone. */
export function CloseDateField({
  value,
  opportunity,
}: {
  value: CloseDate | null
  opportunity: Opportunity
}) {
  const day = parseCalendarDay(value?.target)
  if (!day) return <EmptyValue>No close date</EmptyValue>
  const days = daysFromToday(day)
  const isOpen = opportunity.stage.value.isOpen
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <DateText value={day} />
      {isOpen && days < 0 && <HealthTag tone="danger">Overdue</HealthTag>}
      {isOpen && days >= 0 && (
        <span className="text-sm text-ink-muted">
          {days === 0 ? 'Closes today' : `Closes ${formatDayCount(days)}`}
        </span>
      )}
      {!isOpen && <span className="text-sm text-ink-muted">{formatRelativeDays(days)}</span>}
    </span>
  )
}

export function CreatedAtField({ value }: { value: string }) {
  return <DateText value={value} relative />
}

import { DateText } from '../../../components/date-text'
import { EmptyValue } from '../../../components/empty-value'
import { daysFromToday, parseSpottDate } from '../../../lib/dates'
import type { NextTask } from '../api/opportunity-schema'
import { HealthTag } from './health-tag'

export function NextTaskField({ value: task }: { value: NextTask | null }) {
  if (!task) return <EmptyValue>No open task</EmptyValue>
  const due = parseSpottDate(task.dueDate)
  const days = due ? daysFromToday(due) : undefined
  return (
    <div className="space-y-2">
      <p className="break-words whitespace-pre-line text-ink">
        {task.content?.trim() ? task.content : <EmptyValue>Task without a description</EmptyValue>}
      </p>
      <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
        <span>Due</span>
        <DateText value={due} relative empty="No due date" />
        {days !== undefined && days < 0 && <HealthTag tone="danger">Overdue</HealthTag>}
        {days === 0 && <HealthTag tone="warning">Due today</HealthTag>}
        {days !== undefined && days > 0 && <HealthTag tone="neutral">Upcoming</HealthTag>}
      </p>
    </div>
  )
}

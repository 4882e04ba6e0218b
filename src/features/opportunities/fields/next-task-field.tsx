import { DateText } from '../../../components/date-text'
import { EmptyValue } from '../../../components/empty-value'
import { daysFromToday, parseSpottDate } from '../../../lib/dates'
import type { NextTask } from '../api/opportunity-schema'
import { HealthTag } from './health-tag'

/** Overdue, due today or upcoming: the word next to a task's due date. */
export function TaskHealth({ days }: { days: number | undefined }) {
  if (days === undefined) return null
  if (days < 0) return <HealthTag tone="danger">Overdue</HealthTag>
  if (days === 0) return <HealthTag tone="warning">Due today</HealthTag>
  return <HealthTag tone="neutral">Upcoming</HealthTag>
}

export const taskDue = (task: NextTask, now: Date = new Date()) => {
  const due = parseSpottDate(task.dueDate)
  return { due, days: due ? daysFromToday(due, now) : undefined }
}

export function NextTaskField({ value: task }: { value: NextTask | null }) {
  if (!task) return <EmptyValue>No open task</EmptyValue>
  const { due, days } = taskDue(task)
  return (
    <div className="space-y-2">
      <p className="break-words whitespace-pre-line text-ink">
        {task.content?.trim() ? task.content : <EmptyValue>Task without a description</EmptyValue>}
      </p>
      <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
        <span>Due</span>
        <DateText value={due} relative empty="No due date" />
        <TaskHealth days={days} />
      </p>
    </div>
  )
}

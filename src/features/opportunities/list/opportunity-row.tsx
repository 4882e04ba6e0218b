import { Link } from 'react-router'
import { DateText } from '../../../components/date-text'
import { EmptyValue } from '../../../components/empty-value'
import type { Opportunity } from '../api/opportunity-schema'
import { FieldView } from '../fields/field-registry'
import { displayName } from '../fields/name-field'
import { TaskHealth, taskDue } from '../fields/next-task-field'
import type { ListContext } from './list-context'
import { usePrefetchOnIntent } from './use-prefetch-on-intent'

/** On narrow screens each cell stacks, labelled by its column name. */
const CELL = 'block px-4 py-1 md:table-cell md:py-3 md:align-top'
const LABEL = 'mr-2 text-xs font-medium tracking-wide text-ink-faint uppercase md:hidden'

export function OpportunityRow({
  opportunity,
  context,
}: {
  opportunity: Opportunity
  context: ListContext
}) {
  const prefetch = usePrefetchOnIntent(opportunity.id, { prepare: true })
  const task = opportunity.nextTaskDue.value
  const { due, days } = task ? taskDue(task) : { due: undefined, days: undefined }
  return (
    <tr
      {...prefetch}
      className="block border-b border-surface-line py-2 last:border-b-0 hover:bg-surface-sunken md:table-row md:py-0"
    >
      <th scope="row" className={`${CELL} text-left font-medium`}>
        {/* A real link, so middle-click, "open in new tab" and "copy link" work. Its state
            lets the detail page step through this same list. */}
        <Link
          to={`/opportunities/${encodeURIComponent(opportunity.id)}`}
          state={context}
          data-row-link=""
          className="break-words text-ink hover:text-link hover:underline"
        >
          {displayName(opportunity.name.value)}
        </Link>
      </th>
      <td className={`${CELL} text-sm break-words text-ink-muted`}>
        <span className={LABEL}>Company</span>
        <FieldView opportunity={opportunity} field="company" />
      </td>
      <td className={CELL}>
        <span className={LABEL}>Stage</span>
        <FieldView opportunity={opportunity} field="stage" />
      </td>
      <td className={`${CELL} text-sm`}>
        <span className={LABEL}>Owner</span>
        <FieldView opportunity={opportunity} field="owner" />
      </td>
      <td className={`${CELL} text-sm`}>
        <span className={LABEL}>Close date</span>
        <FieldView opportunity={opportunity} field="closeDate" />
      </td>
      <td className={`${CELL} text-sm`}>
        <span className={LABEL}>Next task</span>
        {task ? (
          <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="line-clamp-2 break-words">{task.content || 'Task'}</span>
            <DateText value={due} empty="No due date" />
            <TaskHealth days={days} />
          </span>
        ) : (
          <EmptyValue>No open task</EmptyValue>
        )}
      </td>
    </tr>
  )
}

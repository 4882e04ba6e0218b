import type { Opportunity } from '../api/opportunity-schema'
import type { ListContext } from './list-context'
import { OpportunityRow } from './opportunity-row'

const COLUMNS = ['Name', 'Company', 'Stage', 'Owner', 'Close date', 'Next task']

/** A table on wide screens; under `md` each row stacks into a card with labelled cells. */
export function OpportunityTable({
  items,
  context,
}: {
  items: readonly Opportunity[]
  context: ListContext
}) {
  return (
    <div className="overflow-hidden rounded-xl bg-surface shadow-sm ring-1 ring-surface-line">
      <table className="block w-full text-left md:table md:table-fixed">
        <thead className="sr-only md:not-sr-only md:table-header-group">
          <tr className="border-b border-surface-line">
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className="px-4 py-2 text-xs font-medium tracking-wide text-ink-faint uppercase"
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {items.map((opportunity) => (
            <OpportunityRow key={opportunity.id} opportunity={opportunity} context={context} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { EmptyValue } from '../../../components/empty-value'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { opportunityQueries } from '../api/opportunity-queries'
import { displayName } from '../fields/name-field'
import { FieldView } from '../fields/field-registry'
import { LIST_PAGE_SIZE } from './list-page-size'

/** First page of the pipeline, each row a real link (middle-click and "copy link" work). */
export function OpportunityListPage() {
  useDocumentTitle('Opportunities')
  const query = useQuery({
    ...opportunityQueries.list({ limit: LIST_PAGE_SIZE }),
    throwOnError: (_error, q) => q.state.data === undefined,
  })

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Opportunities</h1>
      {query.isPending ? (
        <p role="status" className="text-ink-muted">
          Loading opportunities…
        </p>
      ) : query.data && query.data.items.length > 0 ? (
        <ul className="divide-y divide-surface-line overflow-hidden rounded-xl bg-surface shadow-sm ring-1 ring-surface-line">
          {query.data.items.map((opportunity) => (
            <li key={opportunity.id}>
              <Link
                to={`/opportunities/${encodeURIComponent(opportunity.id)}`}
                className="flex flex-col gap-1 px-4 py-3 hover:bg-surface-sunken focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-link sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="min-w-0">
                  <span className="block font-medium break-words text-ink">
                    {displayName(opportunity.name.value)}
                  </span>
                  <span className="block text-sm break-words text-ink-muted">
                    <FieldView opportunity={opportunity} field="company" />
                  </span>
                </span>
                <FieldView opportunity={opportunity} field="stage" />
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyValue>No opportunities in Spott yet.</EmptyValue>
      )}
      {query.data?.pageInfo.hasNextPage && (
        <p className="text-sm text-ink-muted">
          Showing the first {query.data.items.length} opportunities.
        </p>
      )}
    </div>
  )
}

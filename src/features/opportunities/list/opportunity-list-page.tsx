import { useInfiniteQuery } from '@tanstack/react-query'
import { Button } from '../../../components/button'
import { EmptyValue } from '../../../components/empty-value'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { opportunityQueries } from '../api/opportunity-queries'
import { LIST_PAGE_SIZE } from './list-page-size'
import { OpportunityRow } from './opportunity-row'
import { PipelineSummary } from './pipeline-summary'
import { useLoadOnScroll } from './use-load-on-scroll'

const COLUMNS = ['Name', 'Company', 'Stage', 'Owner', 'Close date', 'Next task']

/** The pipeline, loaded page by page as the reader scrolls, or with "Load more". */
export function OpportunityListPage() {
  useDocumentTitle('Opportunities')
  const query = useInfiniteQuery({
    ...opportunityQueries.list(LIST_PAGE_SIZE),
    throwOnError: (_error, q) => q.state.data === undefined,
  })
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError) {
      void query.fetchNextPage()
    }
  }
  const sentinel = useLoadOnScroll<HTMLDivElement>(loadMore, query.hasNextPage)
  const items = query.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Opportunities</h1>
      {query.isPending ? (
        <p role="status" className="text-ink-muted">
          Loading opportunities…
        </p>
      ) : items.length === 0 ? (
        <EmptyValue>No opportunities in Spott yet.</EmptyValue>
      ) : (
        <PipelineSummary items={items} complete={!query.hasNextPage} />
      )}
      {items.length > 0 && (
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
                <OpportunityRow key={opportunity.id} opportunity={opportunity} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div
        ref={sentinel}
        className="flex flex-wrap items-center justify-between gap-3 text-sm text-ink-muted"
      >
        {items.length > 0 && (
          <p role="status">
            {items.length} {items.length === 1 ? 'opportunity' : 'opportunities'} loaded
            {query.hasNextPage ? '; more in Spott.' : '. That is all of them.'}
          </p>
        )}
        {query.isFetchNextPageError && (
          <p className="text-danger">Loading more failed: {query.error?.message}</p>
        )}
        {query.hasNextPage && (
          <Button
            variant="secondary"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        )}
      </div>
    </div>
  )
}

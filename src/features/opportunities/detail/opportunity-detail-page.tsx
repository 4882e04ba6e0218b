import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { OfflineNotice } from '../../../components/offline-notice'
import { RateLimitNotice } from '../../../components/rate-limit-notice'
import { isApiError } from '../../../lib/api-client'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { opportunityQueries } from '../api/opportunity-queries'
import { displayName } from '../fields/name-field'
import { ListNavigation } from '../list/list-navigation'
import { useListContext } from '../list/use-list-context'
import { useFragmentTarget } from '../../../lib/use-fragment-target'
import { Freshness } from './freshness'
import { OpportunityDetail } from './opportunity-detail'
import { OpportunityDetailSkeleton } from './opportunity-detail-skeleton'
import { OpportunityNotFound } from './opportunity-not-found'
import { ShareActions } from './share-actions'

const isNotFound = (error: unknown) => isApiError(error) && error.status === 404

/**
 * Route component for /opportunities/:id. The route has already started the request (see
 * routes.tsx); this reads the same query. A 404 is this route's own business; any other failure
 * with nothing to show goes up to the app's error boundary.
 */
export function OpportunityDetailPage() {
  const { id = '' } = useParams()
  const query = useQuery({
    ...opportunityQueries.detail(id),
    throwOnError: (error, q) => q.state.data === undefined && !isNotFound(error),
  })
  const name = query.data ? displayName(query.data.name.value) : undefined
  useDocumentTitle(name ?? (query.isPending ? 'Loading…' : 'Opportunity not found'))
  const listContext = useListContext()
  useFragmentTarget(query.data !== undefined)

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <nav aria-label="Breadcrumb" className="min-w-0 text-sm text-ink-muted">
          {/* Back to the list as it was: same search, filters and sort. */}
          <Link
            to={`/opportunities${listContext?.listSearch ?? ''}`}
            className="hover:underline focus-visible:outline-2 focus-visible:outline-link"
          >
            Opportunities
          </Link>
          <span aria-hidden="true"> / </span>
          <span className="break-words">{name ?? id}</span>
        </nav>
        {listContext && <ListNavigation key={id} id={id} context={listContext} />}
      </div>
      <OfflineNotice paused={query.fetchStatus === 'paused'} />
      <RateLimitNotice
        failureReason={query.failureReason}
        failureCount={query.failureCount}
        isFetching={query.isFetching}
      />
      {query.isPending ? (
        <OpportunityDetailSkeleton />
      ) : query.data ? (
        <OpportunityDetail
          opportunity={query.data}
          actions={
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <ShareActions opportunity={query.data} />
              <Freshness
                dataUpdatedAt={query.dataUpdatedAt}
                isFetching={query.isFetching}
                refreshError={query.isError ? query.error : null}
                refresh={() => void query.refetch()}
              />
            </div>
          }
        />
      ) : (
        <OpportunityNotFound id={id} />
      )}
    </div>
  )
}

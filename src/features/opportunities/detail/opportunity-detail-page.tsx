import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
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
 * The page for /opportunities/:id. Its request has already started (see
 * opportunities-layout.tsx); this reads the same query. A 404 is this page's own business; any
 * other failure with nothing to show goes up to the app's error boundary.
 *
 * On `standby` the page is drawn out of sight, ready to be opened: until then it leaves Spott,
 * the document's title, the address's fragment and the app's error panel alone.
 */
export function OpportunityDetailPage({ id, standby = false }: { id: string; standby?: boolean }) {
  const query = useQuery({
    ...opportunityQueries.detail(id),
    // Out of sight it asks Spott for nothing (on focus, say); once open it refreshes as usual.
    enabled: !standby,
    throwOnError: (error, q) => !standby && q.state.data === undefined && !isNotFound(error),
  })
  const name = query.data ? displayName(query.data.name.value) : undefined
  useDocumentTitle(name ?? (query.isPending ? 'Loading…' : 'Opportunity not found'), !standby)
  const openedFrom = useListContext()
  const listContext = standby ? undefined : openedFrom
  useFragmentTarget(query.data !== undefined && !standby)
  const { data, dataUpdatedAt, isFetching, refetch } = query
  const refreshError = query.isError ? query.error : null
  // The same element while none of this changes: the record itself (OpportunityDetail) is then
  // not drawn again when a page prepared on standby is opened.
  const actions = useMemo(
    () =>
      data && (
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <ShareActions opportunity={data} />
          <Freshness
            dataUpdatedAt={dataUpdatedAt}
            isFetching={isFetching}
            refreshError={refreshError}
            refresh={() => void refetch()}
          />
        </div>
      ),
    [data, dataUpdatedAt, isFetching, refreshError, refetch],
  )

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
        <OpportunityDetail opportunity={query.data} actions={actions} />
      ) : (
        <OpportunityNotFound id={id} />
      )}
    </div>
  )
}

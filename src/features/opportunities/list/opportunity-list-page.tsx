import { useInfiniteQuery } from '@tanstack/react-query'
import { OfflineNotice } from '../../../components/offline-notice'
import { useEffect, useMemo, useRef } from 'react'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useKeyShortcuts } from '../../../lib/use-key-shortcuts'
import { loadedItems, opportunityQueries } from '../api/opportunity-queries'
import { preloadDetailPage } from '../detail/load-detail-page'
import { applyListView } from './apply-list-view'
import { countByOwner, countByStage } from './facet-counts'
import { listContext } from './list-context'
import { ListCoverage } from './list-coverage'
import { ListEmpty } from './list-empty'
import { ListFooter } from './list-footer'
import { LIST_PAGE_SIZE } from './list-page-size'
import { ListSkeleton } from './list-skeleton'
import { ListToolbar } from './list-toolbar'
import { isFiltered } from './list-view'
import { OpportunityTable } from './opportunity-table'
import { PipelineSummary } from './pipeline-summary'
import { useListView } from './use-list-view'
import { useLoadAll } from './use-load-all'
import { useLoadOnScroll } from './use-load-on-scroll'

/**
 * The pipeline, loaded page by page as the reader scrolls (or with "Load more" / "Load
 * all"), searched, filtered and sorted in the browser, with the view in the URL.
 */
export function OpportunityListPage() {
  useDocumentTitle('Opportunities')
  // A tap on a phone has no hover to warn of it: fetch the deal page's code once idle.
  useEffect(() => whenIdle(preloadDetailPage), [])
  const [view, setView] = useListView()
  const query = useInfiniteQuery({
    ...opportunityQueries.list(LIST_PAGE_SIZE),
    throwOnError: (_error, q) => q.state.data === undefined,
  })
  const loadAll = useLoadAll(query)
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError) {
      void query.fetchNextPage()
    }
  }
  const sentinel = useLoadOnScroll<HTMLDivElement>(loadMore, query.hasNextPage && !loadAll.running)
  const searchRef = useRef<HTMLInputElement>(null)
  const tableRef = useRef<HTMLDivElement>(null)
  useKeyShortcuts({
    '/': () => searchRef.current?.focus(),
    j: () => moveRowFocus(tableRef.current, 1),
    k: () => moveRowFocus(tableRef.current, -1),
  })

  const items = useMemo(() => loadedItems(query.data?.pages), [query.data])
  const shown = useMemo(() => applyListView(items, view), [items, view])
  // Counted once per change of the loaded pages, not on every keystroke in the search box.
  const stages = useMemo(() => countByStage(items), [items])
  const owners = useMemo(() => countByOwner(items), [items])
  const context = listContext(view)
  const complete = query.isSuccess && !query.hasNextPage
  const filtered = isFiltered(view)

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Opportunities</h1>
      <OfflineNotice paused={query.fetchStatus === 'paused'} />
      {query.isPending ? (
        <ListSkeleton />
      ) : items.length === 0 && complete ? (
        <ListEmpty kind="no-opportunities" />
      ) : (
        <>
          <PipelineSummary counts={stages} loaded={items.length} complete={complete} view={view} />
          <ListToolbar
            view={view}
            setView={setView}
            stages={stages}
            owners={owners}
            searchRef={searchRef}
          />
          <ListCoverage
            shown={shown.length}
            loaded={items.length}
            complete={complete}
            filtered={filtered}
            sorted={view.sort !== null}
            loadAll={loadAll}
          />
          <div ref={tableRef}>
            {shown.length > 0 ? (
              <OpportunityTable items={shown} context={context} />
            ) : (
              <ListEmpty
                kind="no-matches"
                view={view}
                setView={setView}
                complete={complete}
                onLoadAll={loadAll.start}
                loadingAll={loadAll.running}
              />
            )}
          </div>
        </>
      )}
      <ListFooter ref={sentinel} query={query} />
    </div>
  )
}

/** j/k move the focus down and up the rows' links, like in a mail client; Enter opens. */
function moveRowFocus(container: HTMLElement | null, step: 1 | -1) {
  const links = [...(container?.querySelectorAll<HTMLElement>('[data-row-link]') ?? [])]
  if (links.length === 0) return
  const current = links.indexOf(document.activeElement as HTMLElement)
  const next =
    current === -1
      ? step === 1
        ? 0
        : links.length - 1
      : Math.min(links.length - 1, Math.max(0, current + step))
  links[next]!.focus()
  links[next]!.scrollIntoView({ block: 'nearest' })
}

/** Runs `task` when the browser is idle (soon, where it cannot tell); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2_000 })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(task, 500)
  return () => clearTimeout(timer)
}

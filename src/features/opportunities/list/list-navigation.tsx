import { useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '../../../components/button'
import { formatNumber } from '../../../lib/format'
import { useKeyShortcuts } from '../../../lib/use-key-shortcuts'
import { loadedItems, opportunityQueries } from '../api/opportunity-queries'
import type { Opportunity, OpportunityList } from '../api/opportunity-schema'
import { applyListView } from './apply-list-view'
import type { ListContext } from './list-context'
import { LIST_PAGE_SIZE } from './list-page-size'
import { readListView, type ListView } from './list-view'
import { LOAD_ALL_PAGE_INTERVAL_MS } from './use-load-all'
import { usePrefetchOnIntent } from './use-prefetch-on-intent'

/**
 * Previous / next (and the j / k keys) through the list the detail page was opened from,
 * in that list's filter and sort. It reads the list's cached pages; at the end of them, Next
 * loads further pages (paced like "Load all") until it finds the next match.
 */
export function ListNavigation({ id, context }: { id: string; context: ListContext }) {
  const navigate = useNavigate()
  const view = readListView(new URLSearchParams(context.listSearch))
  // Opened with a list context after a reload, the cache is empty: read the first page.
  // Otherwise use the pages as they are, without refetching every page on arrival.
  const query = useInfiniteQuery({
    ...opportunityQueries.list(LIST_PAGE_SIZE),
    refetchOnMount: false,
    refetchOnWindowFocus: false,
  })
  const [seeking, setSeeking] = useState(false)

  const ordered = applyListView(loadedItems(query.data?.pages), view)
  const index = ordered.findIndex((item) => item.id === id)
  const previous = index > 0 ? ordered[index - 1] : undefined
  const next = index >= 0 ? ordered[index + 1] : undefined
  const canSeekNext = index >= 0 && next === undefined && query.hasNextPage

  const open = (target: Opportunity) =>
    void navigate(`/opportunities/${encodeURIComponent(target.id)}`, { state: context })

  const goNext = async () => {
    if (next) return open(next)
    if (!canSeekNext || seeking) return
    setSeeking(true)
    try {
      const found = await seekNext(query.fetchNextPage, view, id)
      if (found) open(found)
    } finally {
      setSeeking(false)
    }
  }
  const goPrevious = () => previous && open(previous)
  useKeyShortcuts({ j: () => void goNext(), k: goPrevious })

  if (index === -1) {
    return query.isPending ? null : (
      <p className="text-sm text-ink-muted">Not among the loaded opportunities of that list.</p>
    )
  }
  const complete = !query.hasNextPage
  return (
    <nav aria-label="Opportunities in this list" className="flex items-center gap-2 text-sm">
      <span className="text-ink-muted tabular-nums">
        {formatNumber(index + 1)} of {formatNumber(ordered.length)}
        {complete ? '' : ' loaded'}
      </span>
      <StepButton target={previous} label="Previous" shortcut="k" onClick={goPrevious} />
      <StepButton
        target={next}
        label={seeking ? 'Loading…' : 'Next'}
        shortcut="j"
        onClick={() => void goNext()}
        enabled={next !== undefined || (canSeekNext && !seeking)}
      />
    </nav>
  )
}

function StepButton({
  target,
  label,
  shortcut,
  onClick,
  enabled = target !== undefined,
}: {
  target: Opportunity | undefined
  label: string
  shortcut: string
  onClick: () => void
  enabled?: boolean
}) {
  const prefetch = usePrefetchOnIntent(target?.id)
  return (
    <Button
      variant="secondary"
      className="px-3 py-1"
      onClick={onClick}
      disabled={!enabled}
      aria-keyshortcuts={shortcut}
      title={`${label} (${shortcut})`}
      {...prefetch}
    >
      {label}
    </Button>
  )
}

type FetchNextPage = () => Promise<{
  data?: { pages: readonly OpportunityList[] }
  hasNextPage: boolean
  isError: boolean
}>

/** Loads pages until one holds the opportunity after `id` in the view, or none are left. */
async function seekNext(fetchNextPage: FetchNextPage, view: ListView, id: string) {
  for (;;) {
    const result = await fetchNextPage()
    const ordered = applyListView(loadedItems(result.data?.pages), view)
    const at = ordered.findIndex((item) => item.id === id)
    const found = at === -1 ? undefined : ordered[at + 1]
    if (found || result.isError || !result.hasNextPage) return found
    await new Promise((resolve) => setTimeout(resolve, LOAD_ALL_PAGE_INTERVAL_MS))
  }
}

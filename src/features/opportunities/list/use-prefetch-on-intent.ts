import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { opportunityQueries } from '../api/opportunity-queries'
import { preloadDetailPage } from '../detail/load-detail-page'
import { usePrepareDetail } from '../detail/prepare-detail'

/** Long enough that sweeping the pointer across the list does not fetch every row. */
const INTENT_DELAY_MS = 120

/**
 * Starts loading a row's detail (its data and the page's code) when the pointer rests on it
 * or the keyboard focuses it, so opening it is instant. Uses the same query as the detail
 * page, so nothing is fetched twice. With `prepare`, once both are in and the pointer or focus
 * is still there, the page is also drawn ahead, out of sight (see prepare-detail.ts).
 */
export function usePrefetchOnIntent(id: string | undefined, { prepare = false } = {}) {
  const queryClient = useQueryClient()
  const prepareDetail = usePrepareDetail()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  // Bumped whenever an intent ends, so a late answer does not prepare a row left behind.
  const intent = useRef(0)

  const cancel = () => {
    clearTimeout(timer.current)
    intent.current += 1
  }
  useEffect(() => cancel, [])

  const start = () => {
    cancel()
    if (id === undefined) return
    const mine = intent.current
    timer.current = setTimeout(() => {
      const query = opportunityQueries.detail(id)
      void Promise.all([preloadDetailPage(), queryClient.prefetchQuery(query)]).then(() => {
        const ready = queryClient.getQueryData(query.queryKey) !== undefined
        if (prepare && ready && intent.current === mine) prepareDetail(id)
      })
    }, INTENT_DELAY_MS)
  }

  return { onPointerEnter: start, onFocus: start, onPointerLeave: cancel, onBlur: cancel }
}

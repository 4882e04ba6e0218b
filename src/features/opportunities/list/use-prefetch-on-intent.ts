import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { opportunityQueries } from '../api/opportunity-queries'
import { preloadDetailPage } from '../detail/load-detail-page'

/** Long enough that sweeping the pointer across the list does not fetch every row. */
const INTENT_DELAY_MS = 120

/**
 * Starts loading a row's detail (its data and the page's code) when the pointer rests on it
 * or the keyboard focuses it, so opening it is instant. Uses the same query as the detail
 * page, so nothing is fetched twice.
 */
export function usePrefetchOnIntent(id: string | undefined) {
  const queryClient = useQueryClient()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => () => clearTimeout(timer.current), [])

  const start = () => {
    clearTimeout(timer.current)
    if (id === undefined) return
    timer.current = setTimeout(() => {
      preloadDetailPage()
      void queryClient.prefetchQuery(opportunityQueries.detail(id))
    }, INTENT_DELAY_MS)
  }
  const cancel = () => clearTimeout(timer.current)

  return { onPointerEnter: start, onFocus: start, onPointerLeave: cancel, onBlur: cancel }
}

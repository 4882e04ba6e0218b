import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { listViewSearch, readListView, type ListView } from './list-view'

export type SetListView = (view: ListView, options?: { replace?: boolean }) => void

/**
 * The list's view, read from and written to the query string. A changed filter is a new
 * history entry (Back undoes it); typing in the search box replaces the entry instead, so
 * Back does not step through every keystroke. The page keeps its scroll position (see
 * useScrollRestoration).
 */
export function useListView(): [ListView, SetListView] {
  const [params, setParams] = useSearchParams()
  const search = params.toString()
  const view = useMemo(() => readListView(new URLSearchParams(search)), [search])
  const setView = useCallback<SetListView>(
    (next, options) => {
      setParams(new URLSearchParams(listViewSearch(next)), { replace: options?.replace ?? false })
    },
    [setParams],
  )
  return [view, setView]
}

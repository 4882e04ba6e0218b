import { useLocation } from 'react-router'
import { readListContext, type ListContext } from './list-context'

/** The list context a detail page was opened with, if it was opened from the list. */
export function useListContext(): ListContext | undefined {
  return readListContext(useLocation().state)
}

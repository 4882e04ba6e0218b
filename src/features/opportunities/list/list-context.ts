import { listViewSearch, type ListView } from './list-view'

/**
 * Carried in the history state of a link from the list to a detail page, so that page can
 * step to the previous and next opportunity of the same filtered, sorted list. History
 * state, not the URL: the detail page's address stays the canonical one people share.
 */
export type ListContext = { listSearch: string }

export const listContext = (view: ListView): ListContext => ({ listSearch: listViewSearch(view) })

/** History state can hold anything (another app version, a hand-made entry): check it. */
export function readListContext(state: unknown): ListContext | undefined {
  if (typeof state !== 'object' || state === null || !('listSearch' in state)) return undefined
  const { listSearch } = state
  return typeof listSearch === 'string' && (listSearch === '' || listSearch.startsWith('?'))
    ? { listSearch }
    : undefined
}

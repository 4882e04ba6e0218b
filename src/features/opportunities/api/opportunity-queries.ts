import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { getJson } from '../../../lib/api-client'
import {
  opportunityListSchema,
  opportunitySchema,
  type OpportunityList,
} from './opportunity-schema'

export type OpportunityListParams = { limit?: number; cursor?: string }

/** A detail read once stays fresh this long, so the route's fetch is the page view's only one. */
const DETAIL_STALE_MS = 60_000
/**
 * Coming back to the tab refreshes a page whose data is older than this, even while it is
 * "fresh": someone returning from a call expects what Spott says now. Quick tab switches
 * do not each cost a request.
 */
export const FOCUS_REFRESH_AFTER_MS = 15_000

export const opportunityQueries = {
  all: () => ['opportunities'] as const,
  details: () => [...opportunityQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...opportunityQueries.details(), id] as const,
      // A page already on screen refetches to learn what changed (Refresh, focus, reconnect):
      // that must skip the server's short-lived copy, which only first loads share.
      queryFn: ({ signal, client, queryKey }) =>
        getJson(`/api/opportunities/${encodeURIComponent(id)}`, opportunitySchema, {
          signal,
          fresh: client.getQueryData(queryKey) !== undefined,
        }),
      staleTime: DETAIL_STALE_MS,
      refetchOnWindowFocus: (query) =>
        Date.now() - query.state.dataUpdatedAt > FOCUS_REFRESH_AFTER_MS ? 'always' : false,
      // Back online: whatever is on screen may have changed meanwhile.
      refetchOnReconnect: 'always',
    }),
  lists: () => [...opportunityQueries.all(), 'list'] as const,
  /** The pipeline, page by page: each page's `nextCursor` is the next page's parameter. */
  list: (limit: number) =>
    infiniteQueryOptions({
      queryKey: [...opportunityQueries.lists(), { limit }] as const,
      queryFn: ({ pageParam, signal }) => getPage({ limit, cursor: pageParam }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last: OpportunityList) =>
        last.pageInfo.hasNextPage ? (last.pageInfo.nextCursor ?? undefined) : undefined,
      staleTime: DETAIL_STALE_MS,
    }),
}

/** Every opportunity of the loaded list pages, in Spott's order. */
export const loadedItems = (pages: readonly OpportunityList[] | undefined) =>
  pages?.flatMap((page) => page.items) ?? []

function getPage(params: OpportunityListParams, signal: AbortSignal) {
  const search = new URLSearchParams()
  if (params.limit !== undefined) search.set('limit', String(params.limit))
  if (params.cursor !== undefined) search.set('cursor', params.cursor)
  const query = search.size > 0 ? `?${search}` : ''
  return getJson(`/api/opportunities${query}`, opportunityListSchema, { signal })
}

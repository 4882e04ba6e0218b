import type { Ref } from 'react'
import { Button } from '../../../components/button'
import { RateLimitNotice } from '../../../components/rate-limit-notice'

type PageQuery = {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  isFetchNextPageError: boolean
  isFetching: boolean
  error: Error | null
  failureReason: Error | null
  failureCount: number
  fetchNextPage: () => Promise<unknown>
}

/**
 * The end of the list: scrolling it into view loads the next page; "Load more" does the
 * same by hand or keyboard. A failed page keeps the rows already shown and offers a retry.
 */
export function ListFooter({ ref, query }: { ref: Ref<HTMLDivElement>; query: PageQuery }) {
  return (
    <div ref={ref} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <RateLimitNotice
        failureReason={query.failureReason}
        failureCount={query.failureCount}
        isFetching={query.isFetching}
      />
      {query.isFetchNextPageError && (
        <p role="alert" className="text-danger">
          The next page did not load: {query.error?.message}
        </p>
      )}
      {query.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage
            ? 'Loading…'
            : query.isFetchNextPageError
              ? 'Try again'
              : 'Load more'}
        </Button>
      )}
    </div>
  )
}

import { QueryClientProvider } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { createQueryClient } from '../app/query-client'
import { AppRoutes } from '../app/routes'
import { preloadDetailPage } from '../features/opportunities/detail/load-detail-page'
import { preloadListPage } from '../features/opportunities/list/load-list-page'
import { reportError } from '../lib/report-error'
import { renderInRouter } from './render-in-router'

// The pages' code is in before any test renders, as it is in the browser after its first
// load: a page suspending on its import would resolve outside act().
await Promise.all([preloadListPage(), preloadDetailPage()])

/**
 * The whole app (its real routes and query client) in a memory router, opened at `path`,
 * navigating as App does.
 * Retries are off unless asked for, so a failure shows at once. Errors caught by the app's
 * error boundary are reported as main.tsx does: an ApiError the page explains is not logged,
 * anything else is (and fails the test, see setup.ts).
 */
export function renderApp(path: string, { retry = false, settleTimeout = 5000 } = {}) {
  const queryClient = createQueryClient()
  if (!retry) {
    queryClient.setDefaultOptions({
      queries: { ...queryClient.getDefaultOptions().queries, retry: false },
    })
  }
  const { router, unmount } = renderInRouter(
    <QueryClientProvider client={queryClient}>
      <AppRoutes />
    </QueryClientProvider>,
    path,
    { onCaughtError: reportError },
  )
  /** Resolves once no request is in flight, so request counts are final. */
  const settled = () =>
    waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: settleTimeout })
  return { router, queryClient, settled, unmount }
}

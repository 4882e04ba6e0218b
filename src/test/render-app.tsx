import { QueryClientProvider } from '@tanstack/react-query'
import { render, waitFor } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createQueryClient } from '../app/query-client'
import { createRoutes } from '../app/router'
import { reportError } from '../lib/report-error'

/**
 * The whole app (its real routes and query client) in a memory router, opened at `path`.
 * Retries are off unless asked for, so a failure shows at once. Errors caught by the app's
 * error boundary are reported as main.tsx and app.tsx do: an ApiError the page explains is
 * not logged, anything else is (and fails the test, see setup.ts).
 */
export function renderApp(path: string, { retry = false, settleTimeout = 5000 } = {}) {
  const queryClient = createQueryClient()
  if (!retry) {
    queryClient.setDefaultOptions({
      queries: { ...queryClient.getDefaultOptions().queries, retry: false },
    })
  }
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] })
  const { unmount } = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} onError={reportError} />
    </QueryClientProvider>,
    { onCaughtError: reportError },
  )
  /** Resolves once no request is in flight, so request counts are final. */
  const settled = () =>
    waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: settleTimeout })
  return { router, queryClient, settled, unmount }
}

import { QueryClientProvider } from '@tanstack/react-query'
import { render, waitFor } from '@testing-library/react'
import { useLayoutEffect } from 'react'
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigateFunction,
  type NavigationType,
} from 'react-router'
import { createQueryClient } from '../app/query-client'
import { AppRoutes } from '../app/routes'
import { preloadDetailPage } from '../features/opportunities/detail/load-detail-page'
import { preloadListPage } from '../features/opportunities/list/load-list-page'
import { reportError } from '../lib/report-error'

/** What a test reads of the router: where the app is, how it got there, and a way to move. */
export type TestRouter = {
  readonly state: { location: Location; historyAction: NavigationType }
  readonly navigate: NavigateFunction
}

// The pages' code is in before any test renders, as it is in the browser after its first
// load: a page suspending on its import would resolve outside act().
await Promise.all([preloadListPage(), preloadDetailPage()])

type RouterView = { location: Location; historyAction: NavigationType; navigate: NavigateFunction }

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
  let seen = {} as RouterView
  const { unmount } = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]} useTransitions={false}>
        <RouterProbe onCommit={(view) => (seen = view)} />
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
    { onCaughtError: reportError },
  )
  const router: TestRouter = {
    get state() {
      return { location: seen.location, historyAction: seen.historyAction }
    },
    get navigate() {
      return seen.navigate
    },
  }
  /** Resolves once no request is in flight, so request counts are final. */
  const settled = () =>
    waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: settleTimeout })
  return { router, queryClient, settled, unmount }
}

/** Keeps the router's latest location and navigate function where the test can read them. */
function RouterProbe({ onCommit }: { onCommit: (view: RouterView) => void }) {
  const location = useLocation()
  const historyAction = useNavigationType()
  const navigate = useNavigate()
  useLayoutEffect(() => {
    onCommit({ location, historyAction, navigate })
  })
  return null
}

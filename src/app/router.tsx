import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type RouteObject } from 'react-router'
import { opportunityQueries } from '../features/opportunities/api/opportunity-queries'
import { loadDetailPage } from '../features/opportunities/detail/load-detail-page'
import { LIST_PAGE_SIZE } from '../features/opportunities/list/list-page-size'
import { AppErrorBoundary } from './app-error-boundary'
import { NotFoundPage } from './not-found-page'
import { RootHydrateFallback, RootLayout } from './root-layout'
import { loadChunk } from '../lib/chunk-load-error'

/**
 * Loaders only start requests (they never await), so the page shell and its skeleton render
 * at once while data and the route's code download in parallel. The components read the
 * same queries. Route components are split into their own chunks.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // Started, not awaited. The component reads any failure from the cache; left unhandled
  // here it would be an unhandled rejection.
  const start = (request: Promise<unknown>) => {
    request.catch(() => undefined)
    return null
  }
  return [
    {
      Component: RootLayout,
      HydrateFallback: RootHydrateFallback,
      children: [
        {
          errorElement: <AppErrorBoundary />,
          children: [
            { index: true, loader: () => redirect('/opportunities'), Component: () => null },
            {
              path: 'opportunities',
              loader: () =>
                start(queryClient.ensureInfiniteQueryData(opportunityQueries.list(LIST_PAGE_SIZE))),
              // A new search or filter is the same data seen differently: nothing to load.
              shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
                currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
                  ? false
                  : defaultShouldRevalidate,
              lazy: {
                Component: async () =>
                  (
                    await loadChunk(
                      () => import('../features/opportunities/list/opportunity-list-page'),
                    )
                  ).OpportunityListPage,
              },
            },
            {
              path: 'opportunities/:id',
              loader: ({ params }) =>
                start(queryClient.ensureQueryData(opportunityQueries.detail(params.id ?? ''))),
              lazy: {
                Component: async () => (await loadChunk(loadDetailPage)).OpportunityDetailPage,
              },
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]
}

export const createAppRouter = (queryClient: QueryClient) =>
  createBrowserRouter(createRoutes(queryClient))

export type AppRouter = ReturnType<typeof createAppRouter>

/** Resolves once the first navigation's route code and loaders are done, or after `maxMs`. */
export function routerSettled(router: AppRouter, maxMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve()
    const timer = setTimeout(done, maxMs)
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) done()
    })
    function done() {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
  })
}

import type { EnsureQueryDataOptions, QueryClient, QueryKey } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type RouteObject } from 'react-router'
import { opportunityQueries } from '../features/opportunities/api/opportunity-queries'
import { LIST_PAGE_SIZE } from '../features/opportunities/list/list-page-size'
import { AppErrorBoundary } from './app-error-boundary'
import { NotFoundPage } from './not-found-page'
import { RootHydrateFallback, RootLayout } from './root-layout'

/**
 * Loaders only start requests (they never await), so the page shell and its skeleton render
 * at once while data and the route's code download in parallel. The components read the
 * same queries. Route components are split into their own chunks.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const start = <TData, TKey extends QueryKey>(
    options: EnsureQueryDataOptions<TData, Error, TData, TKey>,
  ) => {
    // The component reads any failure from the cache; here it would be an unhandled rejection.
    queryClient.ensureQueryData(options).catch(() => undefined)
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
              loader: () => start(opportunityQueries.list({ limit: LIST_PAGE_SIZE })),
              lazy: {
                Component: async () =>
                  (await import('../features/opportunities/list/opportunity-list-page'))
                    .OpportunityListPage,
              },
            },
            {
              path: 'opportunities/:id',
              loader: ({ params }) => start(opportunityQueries.detail(params.id ?? '')),
              lazy: {
                Component: async () =>
                  (await import('../features/opportunities/detail/opportunity-detail-page'))
                    .OpportunityDetailPage,
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

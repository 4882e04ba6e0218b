import { usePrefetchInfiniteQuery } from '@tanstack/react-query'
import { Navigate, Route, Routes } from 'react-router'
import { opportunityQueries } from '../features/opportunities/api/opportunity-queries'
import { ListPage } from '../features/opportunities/list/load-list-page'
import { LIST_PAGE_SIZE } from '../features/opportunities/list/list-page-size'
import { NotFoundPage } from './not-found-page'
import { OpportunitiesLayout } from './opportunities-layout'
import { RootLayout } from './root-layout'

/**
 * The app's routes. Each page lives in its own chunk; its route starts the page's request
 * while that chunk downloads, and the page reads the same query. React Router's declarative
 * mode: the data router's loaders would only start these same requests, and it costs a
 * deep link about 16 KB of gzipped JS.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={<Navigate to="/opportunities" replace />} />
        <Route path="opportunities" element={<OpportunitiesLayout />}>
          <Route index element={<ListRoute />} />
          {/* The layout draws the deal's page: see opportunities-layout.tsx. */}
          <Route path=":id" element={null} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}

function ListRoute() {
  usePrefetchInfiniteQuery(opportunityQueries.list(LIST_PAGE_SIZE))
  return <ListPage />
}

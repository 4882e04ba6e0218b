import { lazyPage } from '../../../lib/lazy-page'

/** The list route's page, in its own chunk: a deep link to a deal never downloads it. */
export const { Page: ListPage, preload: preloadListPage } = lazyPage(
  async () => (await import('./opportunity-list-page')).OpportunityListPage,
)

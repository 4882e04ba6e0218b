import { lazyPage } from '../../../lib/lazy-page'

/**
 * The detail route's page, in its own chunk. The list preloads it (pointer on a row, or the
 * list idle) and main.tsx does for a deep link, so opening a deal never waits for its code.
 */
export const { Page: DetailPage, preload: preloadDetailPage } = lazyPage(
  async () => (await import('./opportunity-detail-page')).OpportunityDetailPage,
)

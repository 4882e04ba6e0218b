/**
 * The detail route's code, as the router loads it. The list also calls it ahead of time
 * (pointer on a row, or the list idle), so opening a deal never waits for its code.
 */
export const loadDetailPage = () => import('./opportunity-detail-page')

/** Loads it in the background; a failure is left for the real navigation to report. */
export function preloadDetailPage() {
  loadDetailPage().catch(() => undefined)
}

/** The performance budgets (from the issue). The bench reports them; e2e checks the bytes. */
export const BUDGETS = {
  /** JavaScript of a deep link's initial load, gzip -9 of each decoded file, summed. */
  initialJsGzipBytes: 125 * 1024,
  /** Deep link → h1, emulated slow 4G + 4× CPU, as a multiple of the network floor. */
  emulatedDeepLinkVsFloor: 1.25,
  /** List → detail once the row's detail is prefetched (click → h1 painted). */
  listToDetailPrefetchedMs: 50,
  /** Requests to the Spott API per detail page view (deep link). */
  upstreamRequestsPerDetailView: 1,
  /** Cumulative layout shift: strictly below. */
  clsBelow: 0.02,
  /** Lighthouse mobile performance score (0–1). */
  lighthouseScore: 0.98,
} as const

export type BudgetCheck = {
  name: string
  limit: string
  measured: string
  /** null: not measured (Lighthouse skipped). */
  pass: boolean | null
}

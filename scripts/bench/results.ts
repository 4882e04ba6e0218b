import type { ByteTotals, LoadedAsset } from './asset-bytes.ts'
import { BUDGETS, type BudgetCheck } from './budgets.ts'
import type { LighthouseRun } from './lighthouse-run.ts'
import type { MachineInfo } from './machine.ts'
import type { BenchOptions } from './options.ts'
import type { DeepLinkRun } from './deep-link.ts'
import type { NavigationRun } from './navigation.ts'
import { round, type Summary } from './stats.ts'

export type ByMode<T> = { unthrottled: T; emulated: T }

export type Waterfall = {
  apiStartMs: number | null
  apiEndMs: number | null
  scriptsEndMs: number | null
}

export type BenchResults = {
  date: string
  durationS: number
  options: Omit<BenchOptions, 'help'>
  machine: MachineInfo
  setup: {
    opportunityId: string
    opportunityName: string
    mockLatencyMs: number
    /** The proxy's response cache: off, so every run reaches the mock. */
    proxyCache: string
    emulation: {
      latencyMs: number
      downloadBytesPerSecond: number
      uploadBytesPerSecond: number
      cpuSlowdown: number
    }
    viewports: ByMode<string>
  }
  /** Navigation start → h1 with the name painted, ms. */
  deepLink: ByMode<Summary>
  floor: ByMode<Summary>
  /** Median deep link ÷ median floor. */
  ratio: ByMode<number>
  /** Medians from resource timing, ms since navigation start: where the time goes. */
  waterfall: {
    ours: ByMode<Waterfall>
    floor: ByMode<Waterfall>
  }
  navigation: {
    listToDetailPrefetched: Summary
    nextByKey: Summary
    nextByButtonPrefetched: Summary
    /** /api/ requests between the click on a prefetched row and its h1 (should be 0). */
    apiRequestsOnPrefetchedClick: Summary
    /** Script files fetched between that click and the h1 (route code on demand). */
    scriptRequestsOnPrefetchedClick: Summary
  }
  bytes: {
    js: ByteTotals
    css: ByteTotals
    /** The page itself: on a deep link it carries the stylesheet and the record. */
    html: ByteTotals
    files: Omit<LoadedAsset, 'url'>[]
    listChunkLoaded: boolean
    /** Every measured run loaded the same files with the same sizes. */
    sameInEveryRun: boolean
  }
  requests: {
    /** /api/ requests the page made per deep link. */
    page: Summary
    /** Requests the mock Spott API received per deep link. */
    upstream: Summary
    /** Deep-link /api/ answers the proxy served from its cache (x-spott-cache: hit); 0 expected. */
    proxyCacheHits: number
  }
  vitals: { lcpMs: ByMode<Summary | null>; cls: ByMode<Summary> }
  lighthouse: { score: Summary; runs: LighthouseRun[] } | { skipped: string }
  budgets: BudgetCheck[]
  /** Every measured run as taken (assets left out: see `bytes`), for digging into outliers. */
  raw: {
    deepLink: {
      ours: ByMode<Omit<DeepLinkRun, 'assets'>[]>
      floor: ByMode<Omit<DeepLinkRun, 'assets'>[]>
    }
    navigation: NavigationRun[]
  }
}

const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`

export function checkBudgets(results: Omit<BenchResults, 'budgets' | 'raw'>): BudgetCheck[] {
  const js = results.bytes.js.gzipBytes
  const ratio = results.ratio.emulated
  const listToDetail = results.navigation.listToDetailPrefetched.median
  const upstreamMax = results.requests.upstream.max
  const upstreamMin = results.requests.upstream.min
  const cls = Math.max(results.vitals.cls.unthrottled.median, results.vitals.cls.emulated.median)
  const lighthouse = 'score' in results.lighthouse ? results.lighthouse.score.median : null
  return [
    {
      name: 'Initial JS (gzip -9)',
      limit: `≤ ${kb(BUDGETS.initialJsGzipBytes)}`,
      measured: kb(js),
      pass: js <= BUDGETS.initialJsGzipBytes,
    },
    {
      name: 'Deep link → h1, emulated, vs network floor',
      limit: `≤ ${BUDGETS.emulatedDeepLinkVsFloor} × floor`,
      measured: `${round(ratio, 2)} × (${round(results.deepLink.emulated.median, 0)} / ${round(results.floor.emulated.median, 0)} ms)`,
      pass: ratio <= BUDGETS.emulatedDeepLinkVsFloor,
    },
    {
      name: 'List → detail, prefetched',
      limit: `≤ ${BUDGETS.listToDetailPrefetchedMs} ms`,
      measured: `${round(listToDetail)} ms`,
      pass: listToDetail <= BUDGETS.listToDetailPrefetchedMs,
    },
    {
      name: 'Upstream requests per detail view',
      limit: `= ${BUDGETS.upstreamRequestsPerDetailView}`,
      measured: upstreamMin === upstreamMax ? `${upstreamMax}` : `${upstreamMin}–${upstreamMax}`,
      pass:
        upstreamMin === BUDGETS.upstreamRequestsPerDetailView &&
        upstreamMax === BUDGETS.upstreamRequestsPerDetailView,
    },
    {
      name: 'CLS (worse of the two medians)',
      limit: `< ${BUDGETS.clsBelow}`,
      measured: `${round(cls, 4)}`,
      pass: cls < BUDGETS.clsBelow,
    },
    {
      name: 'Lighthouse mobile performance',
      limit: `≥ ${BUDGETS.lighthouseScore}`,
      measured: lighthouse === null ? 'not run' : `${round(lighthouse, 2)}`,
      pass: lighthouse === null ? null : lighthouse >= BUDGETS.lighthouseScore,
    },
  ]
}

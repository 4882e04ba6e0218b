import type { Browser } from '@playwright/test'
import { watchAssets, type LoadedAsset } from './asset-bytes.ts'
import { DESKTOP_VIEWPORT, emulateSlowMobile, MOBILE_VIEWPORT } from './emulation.ts'
import { actUntilPainted, addProbe, readProbe, type ProbeReadings } from './page-probe.ts'
import type { UpstreamCounter } from './upstream-counter.ts'

export type DeepLinkRun = {
  /** Navigation start → h1 with the name painted, ms. */
  h1Ms: number
  /** Navigation start → that h1 in the DOM, ms. */
  h1InDomMs: number
  lcpMs: number | null
  cls: number
  /** Requests the page made to /api/ during the load. */
  apiRequests: number
  /** Requests the mock Spott API received during the load. */
  upstreamRequests: number
  /** The proxy's x-spott-cache header on each /api/ answer (miss, hit, stale), if it sends one. */
  apiCache: string[]
  navigation: ProbeReadings['navigation']
  waterfall: ProbeReadings['waterfall']
  /** Scripts and stylesheets of the load (only when asked for). */
  assets?: LoadedAsset[]
}

/**
 * One cold deep-link load: a new browser context (empty cache, no connections), optionally
 * throttled, `url` opened, timed until the h1 reads `name`, then left until the network is
 * idle so late requests, layout shifts and the final LCP are counted too.
 */
export async function measureDeepLink(
  browser: Browser,
  options: {
    url: string
    name: string
    emulate: boolean
    collectAssets: boolean
    upstream: UpstreamCounter
    timeoutMs: number
  },
): Promise<DeepLinkRun> {
  const context = await browser.newContext({
    ...(options.emulate ? MOBILE_VIEWPORT : DESKTOP_VIEWPORT),
    locale: 'en-US',
    timezoneId: 'Europe/London',
  })
  try {
    await addProbe(context, options.name)
    const page = await context.newPage()
    page.setDefaultTimeout(options.timeoutMs)
    if (options.emulate) await emulateSlowMobile(page)
    const assets = options.collectAssets ? watchAssets(page) : undefined
    let apiRequests = 0
    const apiCache: string[] = []
    const isApi = (url: string) => new URL(url).pathname.startsWith('/api/')
    page.on('request', (request) => {
      if (isApi(request.url())) apiRequests += 1
    })
    page.on('response', (response) => {
      const cache = response.headers()['x-spott-cache']
      if (cache && isApi(response.url())) apiCache.push(cache)
    })
    const upstreamBefore = options.upstream.total()

    await actUntilPainted(page, options.timeoutMs, () =>
      page.goto(options.url, { waitUntil: 'commit', timeout: options.timeoutMs }),
    )
    await page.waitForLoadState('networkidle', { timeout: options.timeoutMs })
    const probe = await readProbe(page)
    const loaded = await assets?.settle()
    return {
      h1Ms: probe.paintedAt!,
      h1InDomMs: probe.seenAt!,
      lcpMs: probe.lcp,
      cls: probe.cls,
      apiRequests,
      upstreamRequests: options.upstream.total() - upstreamBefore,
      apiCache,
      navigation: probe.navigation,
      waterfall: probe.waterfall,
      ...(loaded ? { assets: loaded } : {}),
    }
  } finally {
    await context.close()
  }
}

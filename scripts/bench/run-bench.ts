import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { format, resolveConfig } from 'prettier'
import { chromiumLaunchOptions } from '../../e2e/chromium.ts'
import { LIST_CHUNK, totalBytes, type LoadedAsset } from './asset-bytes.ts'
import { buildApp, snapshotBuild } from './build-snapshot.ts'
import { measureDeepLink, type DeepLinkRun } from './deep-link.ts'
import { DESKTOP_VIEWPORT, MOBILE_VIEWPORT, SLOW_MOBILE } from './emulation.ts'
import { lighthouseAvailable, runLighthouseSeries, CHROMIUM } from './lighthouse-run.ts'
import { currentLoad, readMachine } from './machine.ts'
import { renderMarkdown } from './markdown-report.ts'
import { measureNavigation, type NavigationRun } from './navigation.ts'
import type { BenchOptions } from './options.ts'
import { onCleanup } from './processes.ts'
import { progress } from './progress.ts'
import { checkBudgets, type BenchResults, type ByMode, type Waterfall } from './results.ts'
import { startStack, type Stack } from './stack.ts'
import { round, summarize } from './stats.ts'

const BUILD_TIMEOUT_MS = 300_000
/** One page load or one navigation run, throttled included. */
const RUN_TIMEOUT_MS = 60_000
const LIGHTHOUSE_TIMEOUT_MS = 120_000

export async function runBench(options: BenchOptions, root: string): Promise<BenchResults> {
  const started = performance.now()
  const machine = readMachine(root)
  if (options.build) await buildApp(root, BUILD_TIMEOUT_MS)
  const snapshot = snapshotBuild(root)
  const stack = await startStack({ root, snapshot, latencyMs: options.latencyMs, id: options.id })

  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
    // This process stops the browser itself, after a Ctrl-C too.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  })
  onCleanup(() => browser.close())
  machine.chromium = browser.version()

  const deep = await measureDeepLinks(browser, stack, options)
  const navigation = await measureNavigations(browser, stack, options.runs)
  await browser.close()

  let lighthouse: BenchResults['lighthouse'] = { skipped: '--no-lighthouse' }
  if (options.lighthouse && !lighthouseAvailable()) {
    lighthouse = { skipped: `${CHROMIUM} not found` }
  } else if (options.lighthouse) {
    const runs = await runLighthouseSeries(
      `${stack.appOrigin}/opportunities/${options.id}`,
      options.lighthouseRuns,
      LIGHTHOUSE_TIMEOUT_MS,
    )
    lighthouse = { score: summarize(runs.map((run) => run.score)), runs }
  }
  machine.loadAverage.end = currentLoad()

  const assets = deep.ours.unthrottled[0]!.assets ?? []
  const fingerprint = (list: readonly LoadedAsset[] = []) =>
    JSON.stringify(list.map((a) => `${a.path}:${a.rawBytes}`).sort())
  const { help: _help, ...shownOptions } = options
  const h1Ms = (runs: DeepLinkRun[]) => summarize(runs.map((run) => run.h1Ms))
  const deepLink = perMode(deep.ours, h1Ms)
  const floor = perMode(deep.floor, h1Ms)
  const partial: Omit<BenchResults, 'budgets' | 'raw'> = {
    date: new Date().toISOString(),
    durationS: (performance.now() - started) / 1000,
    options: shownOptions,
    machine,
    setup: {
      opportunityId: options.id,
      opportunityName: stack.name,
      mockLatencyMs: options.latencyMs,
      proxyCache: 'off (SPOTT_CACHE_TTL_MS=0)',
      emulation: { ...SLOW_MOBILE },
      viewports: {
        unthrottled: `${DESKTOP_VIEWPORT.viewport.width}×${DESKTOP_VIEWPORT.viewport.height}`,
        emulated: `${MOBILE_VIEWPORT.viewport.width}×${MOBILE_VIEWPORT.viewport.height} @${MOBILE_VIEWPORT.deviceScaleFactor}x mobile`,
      },
    },
    deepLink,
    floor,
    ratio: {
      unthrottled: deepLink.unthrottled.median / floor.unthrottled.median,
      emulated: deepLink.emulated.median / floor.emulated.median,
    },
    waterfall: {
      ours: perMode(deep.ours, medianWaterfall),
      floor: perMode(deep.floor, medianWaterfall),
    },
    navigation: {
      listToDetailPrefetched: summarize(navigation.map((run) => run.listToDetail.ms)),
      nextByKey: summarize(navigation.map((run) => run.nextByKey.ms)),
      nextByButtonPrefetched: summarize(navigation.map((run) => run.nextByButton.ms)),
      apiRequestsOnPrefetchedClick: summarize(
        navigation.map((run) => run.listToDetail.apiRequests),
      ),
      scriptRequestsOnPrefetchedClick: summarize(
        navigation.map((run) => run.listToDetail.scriptRequests),
      ),
    },
    bytes: {
      js: totalBytes(assets, 'script'),
      css: totalBytes(assets, 'stylesheet'),
      html: totalBytes(assets, 'document'),
      files: assets.map(({ url: _url, ...file }) => file),
      listChunkLoaded: assets.some((asset) => LIST_CHUNK.test(asset.path)),
      sameInEveryRun: deep.ours.unthrottled.every(
        (run) => fingerprint(run.assets) === fingerprint(assets),
      ),
    },
    requests: {
      page: summarize(allOurs(deep).map((run) => run.apiRequests)),
      upstream: summarize(allOurs(deep).map((run) => run.upstreamRequests)),
      proxyCacheHits: allOurs(deep)
        .flatMap((run) => run.apiCache)
        .filter((c) => c !== 'miss').length,
    },
    vitals: {
      lcpMs: perMode(deep.ours, (runs) => summarizeKnown(runs.map((run) => run.lcpMs))),
      cls: perMode(deep.ours, (runs) => summarize(runs.map((run) => run.cls))),
    },
    lighthouse,
  }
  for (const run of navigation) {
    if (!run.listToDetail.prefetched || !run.nextByButton.prefetched) {
      progress('warning: a "prefetched" navigation went ahead without its prefetch')
    }
  }
  const withoutAssets = (runs: DeepLinkRun[]) => runs.map(({ assets: _assets, ...run }) => run)
  return {
    ...partial,
    budgets: checkBudgets(partial),
    raw: {
      deepLink: {
        ours: perMode(deep.ours, withoutAssets),
        floor: perMode(deep.floor, withoutAssets),
      },
      navigation,
    },
  }
}

type DeepLinkRuns = { ours: ByMode<DeepLinkRun[]>; floor: ByMode<DeepLinkRun[]> }

/** The same reading of the unthrottled and the emulated runs. */
const perMode = <R, T>(runs: ByMode<R>, read: (runs: R) => T): ByMode<T> => ({
  unthrottled: read(runs.unthrottled),
  emulated: read(runs.emulated),
})

const allOurs = (deep: DeepLinkRuns) => [...deep.ours.unthrottled, ...deep.ours.emulated]

/** Ours and the floor, unthrottled and emulated, alternating so drift hits both alike. */
async function measureDeepLinks(
  browser: Browser,
  stack: Stack,
  options: BenchOptions,
): Promise<DeepLinkRuns> {
  const path = `/opportunities/${options.id}`
  const load = (origin: string, emulate: boolean, collectAssets = false) =>
    measureDeepLink(browser, {
      url: `${origin}${path}`,
      name: stack.name,
      emulate,
      collectAssets,
      upstream: stack.upstream,
      timeoutMs: RUN_TIMEOUT_MS,
    })
  progress('deep links: warm-up (not counted) …')
  for (const emulate of [false, true]) {
    await load(stack.appOrigin, emulate)
    await load(stack.floorOrigin, emulate)
  }
  const runs: DeepLinkRuns = {
    ours: { unthrottled: [], emulated: [] },
    floor: { unthrottled: [], emulated: [] },
  }
  for (let run = 1; run <= options.runs; run += 1) {
    const ours = await load(stack.appOrigin, false, true)
    const floor = await load(stack.floorOrigin, false)
    const oursSlow = await load(stack.appOrigin, true)
    const floorSlow = await load(stack.floorOrigin, true)
    runs.ours.unthrottled.push(ours)
    runs.floor.unthrottled.push(floor)
    runs.ours.emulated.push(oursSlow)
    runs.floor.emulated.push(floorSlow)
    progress(
      `deep link ${run}/${options.runs}: unthrottled ${round(ours.h1Ms, 0)} ms (floor ${round(floor.h1Ms, 0)}), ` +
        `emulated ${round(oursSlow.h1Ms, 0)} ms (floor ${round(floorSlow.h1Ms, 0)}), ` +
        `${ours.upstreamRequests}+${oursSlow.upstreamRequests} upstream`,
    )
  }
  return runs
}

async function measureNavigations(browser: Browser, stack: Stack, count: number) {
  const runs: NavigationRun[] = []
  for (let run = 1; run <= count; run += 1) {
    const result = await measureNavigation(browser, {
      origin: stack.appOrigin,
      timeoutMs: RUN_TIMEOUT_MS,
    })
    runs.push(result)
    progress(
      `navigation ${run}/${count}: list → detail ${round(result.listToDetail.ms)} ms, ` +
        `j ${round(result.nextByKey.ms)} ms, Next ${round(result.nextByButton.ms)} ms`,
    )
  }
  return runs
}

function summarizeKnown(values: (number | null)[]) {
  const known = values.filter((value): value is number => value !== null)
  return known.length > 0 ? summarize(known) : null
}

function medianWaterfall(runs: readonly DeepLinkRun[]): Waterfall {
  const median = (pick: (waterfall: Waterfall) => number | null) =>
    summarizeKnown(runs.map((run) => pick(run.waterfall)))?.median ?? null
  return {
    apiStartMs: median((w) => w.apiStartMs),
    apiEndMs: median((w) => w.apiEndMs),
    scriptsEndMs: median((w) => w.scriptsEndMs),
  }
}

/** Fractions of a millisecond (or of a byte) are noise: three decimals at most in the JSON. */
const roundNumbers = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? round(value, 3) : value

/** Writes bench/latest.json and bench/latest.md, formatted as the repo's Prettier wants. */
export async function writeReports(root: string, results: BenchResults) {
  const dir = join(root, 'bench')
  mkdirSync(dir, { recursive: true })
  const files = {
    'latest.json': JSON.stringify(results, roundNumbers, 2),
    'latest.md': renderMarkdown(results),
  }
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name)
    const config = (await resolveConfig(path)) ?? {}
    writeFileSync(path, await format(text, { ...config, filepath: path }))
  }
  return Object.keys(files).map((name) => join('bench', name))
}

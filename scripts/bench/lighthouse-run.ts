import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { startProcess } from './processes.ts'
import { progress } from './progress.ts'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** How Chromium runs on these machines (headless, quiet on a closed network). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type LighthouseRun = {
  score: number
  /** Lab metrics of the run (simulated throttling), ms; CLS unitless. */
  fcpMs: number | null
  lcpMs: number | null
  tbtMs: number | null
  speedIndexMs: number | null
  cls: number | null
  /** Lighthouse's CPU benchmark of this machine at the time (higher is faster). */
  benchmarkIndex: number | null
  warnings: string[]
}

export const lighthouseAvailable = () => existsSync(CHROMIUM)

/**
 * One Lighthouse run with the default config (mobile, simulated slow 4G and 4× CPU),
 * performance category only, in a Chromium of its own started with a debugging port.
 */
export async function runLighthouse(url: string, timeoutMs: number): Promise<LighthouseRun> {
  const profile = mkdtempSync(join(tmpdir(), 'spott-bench-lh-'))
  const chromium = startProcess(
    'Chromium for Lighthouse',
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { cwd: profile, env: process.env },
  )
  try {
    const [, port] = await chromium.waitFor(/DevTools listening on ws:\/\/[^:]+:(\d+)\//, 30_000)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse took over ${timeoutMs} ms`)), timeoutMs)
    })
    const result = await Promise.race([
      lighthouse(url, {
        port: Number(port),
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance'],
      }),
      timeout,
    ]).finally(() => clearTimeout(timer))
    const lhr = result?.lhr
    if (!lhr) throw new Error('Lighthouse returned no result')
    if (lhr.runtimeError) throw new LighthouseRuntimeError(lhr.runtimeError.message)
    const score = lhr.categories.performance?.score
    if (typeof score !== 'number') throw new Error('Lighthouse gave no performance score')
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? null
    return {
      score,
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      speedIndexMs: metric('speed-index'),
      cls: metric('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
      warnings: lhr.runWarnings,
    }
  } finally {
    await chromium.stop()
    rmSync(profile, { recursive: true, force: true })
  }
}

/** A run Lighthouse itself gave up on, such as a trace it failed to record (NO_NAVSTART). */
class LighthouseRuntimeError extends Error {
  constructor(message: string) {
    super(`Lighthouse: ${message}`)
  }
}

export async function runLighthouseSeries(url: string, runs: number, timeoutMs: number) {
  const results: LighthouseRun[] = []
  for (let run = 1; run <= runs; run += 1) {
    progress(`Lighthouse ${run}/${runs} …`)
    const result = await runLighthouse(url, timeoutMs).catch((error: unknown) => {
      // Lighthouse's own advice for these is to run it again; once, so a real fault still stops.
      if (!(error instanceof LighthouseRuntimeError)) throw error
      progress(`Lighthouse ${run}/${runs} gave up (${error.message}); running it again …`)
      return runLighthouse(url, timeoutMs)
    })
    progress(`Lighthouse ${run}/${runs}: score ${result.score}`)
    results.push(result)
  }
  return results
}

import { parseArgs } from 'node:util'
import { SHOWCASE_ID } from '../../mock-spott/data.ts'
import { ID_PATTERN } from '../../server/proxy-route.ts'

export type BenchOptions = {
  /** Measured runs per figure (each a new browser context, so a cold cache). */
  runs: number
  /** Latency the mock Spott API adds to every answer, in ms. */
  latencyMs: number
  /** The opportunity the deep-link runs open. */
  id: string
  build: boolean
  lighthouse: boolean
  /** Lighthouse's own advice: the median of 5 runs is about twice as stable as one run. */
  lighthouseRuns: number
  /** Exit 1 when a budget fails. */
  strict: boolean
  /** The whole run, build included, is stopped after this many seconds. */
  timeoutS: number
  help: boolean
}

export const DEFAULT_OPTIONS: BenchOptions = {
  runs: 5,
  latencyMs: 150,
  id: SHOWCASE_ID,
  build: true,
  lighthouse: true,
  lighthouseRuns: 5,
  strict: false,
  timeoutS: 600,
  help: false,
}

export const USAGE = `Usage: npm run bench -- [options]

Builds the app, starts the production server against a standalone mock Spott API, measures
it in Chromium and writes bench/latest.json and bench/latest.md.

  --runs N             measured runs per figure, each in a new browser context (default ${DEFAULT_OPTIONS.runs}, at least 1)
  --latency MS         latency of the mock Spott API (default ${DEFAULT_OPTIONS.latencyMs})
  --id ID              opportunity the deep-link runs open (default ${DEFAULT_OPTIONS.id})
  --no-build           measure dist/ as it is instead of running npm run build
  --no-lighthouse      skip the Lighthouse run
  --lighthouse-runs N  Lighthouse runs, the median score is reported (default ${DEFAULT_OPTIONS.lighthouseRuns})
  --strict             exit 1 when a budget fails (default: report only, exit 0)
  --timeout S          stop everything after S seconds, build included (default ${DEFAULT_OPTIONS.timeoutS})
  --help               this text`

/** Parses the command line. Throws with a one-line reason on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      runs: { type: 'string' },
      latency: { type: 'string' },
      id: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      timeout: { type: 'string' },
      'no-build': { type: 'boolean' },
      'no-lighthouse': { type: 'boolean' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const integer = (
    flag: string,
    text: string | undefined,
    fallback: number,
    min: number,
    max: number,
  ) => {
    if (text === undefined) return fallback
    const parsed = Number(text)
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      throw new Error(`--${flag} must be a whole number from ${min} to ${max}, not "${text}"`)
    }
    return parsed
  }
  const id = values.id ?? DEFAULT_OPTIONS.id
  if (!ID_PATTERN.test(id)) throw new Error(`--id must match ${ID_PATTERN}`)
  return {
    runs: integer('runs', values.runs, DEFAULT_OPTIONS.runs, 1, 50),
    latencyMs: integer('latency', values.latency, DEFAULT_OPTIONS.latencyMs, 0, 10_000),
    id,
    build: !values['no-build'],
    lighthouse: !values['no-lighthouse'],
    lighthouseRuns: integer(
      'lighthouse-runs',
      values['lighthouse-runs'],
      DEFAULT_OPTIONS.lighthouseRuns,
      1,
      10,
    ),
    strict: values.strict ?? false,
    timeoutS: integer('timeout', values.timeout, DEFAULT_OPTIONS.timeoutS, 30, 3600),
    help: values.help ?? false,
  }
}

import { SHOWCASE_ID } from '../../mock-spott/data.ts'

export type BenchOptions = {
  /** Measured runs per figure (each a new browser context, so a cold cache). */
  runs: number
  /** Latency the mock Spott API adds to every answer, in ms. */
  latencyMs: number
  /** The opportunity the deep-link runs open. */
  id: string
  build: boolean
  lighthouse: boolean
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
  lighthouseRuns: 3,
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

const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

/** Parses the command line. Throws with a one-line reason on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS }
  const rest = [...argv]
  const value = (flag: string) => {
    const next = rest.shift()
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`)
    return next
  }
  const integer = (flag: string, min: number, max: number) => {
    const text = value(flag)
    const parsed = Number(text)
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      throw new Error(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`)
    }
    return parsed
  }
  while (rest.length > 0) {
    const arg = rest.shift()!
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined]
    if (inline !== undefined) rest.unshift(inline)
    switch (flag) {
      case '--runs':
        options.runs = integer(flag!, 1, 50)
        break
      case '--latency':
        options.latencyMs = integer(flag!, 0, 10_000)
        break
      case '--id':
        options.id = value(flag!)
        if (!ID_PATTERN.test(options.id)) throw new Error(`--id must match ${ID_PATTERN}`)
        break
      case '--lighthouse-runs':
        options.lighthouseRuns = integer(flag!, 1, 10)
        break
      case '--timeout':
        options.timeoutS = integer(flag!, 30, 3600)
        break
      case '--no-build':
        options.build = false
        break
      case '--no-lighthouse':
        options.lighthouse = false
        break
      case '--strict':
        options.strict = true
        break
      case '--help':
      case '-h':
        options.help = true
        break
      default:
        throw new Error(`unknown option ${arg} (see --help)`)
    }
  }
  return options
}

import { join } from 'node:path'
import { parseBenchArgs, USAGE, type BenchOptions } from './bench/options.ts'
import { cleanUp, killEverythingNow } from './bench/processes.ts'
import { progress } from './bench/progress.ts'
import { runBench, writeReports } from './bench/run-bench.ts'

/**
 * `npm run bench [-- options]`: builds the app, starts the production server against a
 * standalone mock Spott API, measures deep links, in-app navigation, bytes, web vitals and
 * Lighthouse in Chromium, and writes bench/latest.json and bench/latest.md. See --help.
 * Exits 0 even when a budget fails (it is a report) unless --strict; 1 on errors.
 */
const root = join(import.meta.dirname, '..')

let options: BenchOptions
try {
  options = parseBenchArgs(process.argv.slice(2))
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
  process.exit(2)
}
if (options.help) {
  console.log(USAGE)
  process.exit(0)
}

// Whatever happens, nothing the bench started outlives it.
process.on('exit', killEverythingNow)
/** Set once a signal or the deadline stops the run: the exit code it ends with. */
let stoppedWith: number | undefined
const stop = (reason: string, code: number) => {
  if (stoppedWith !== undefined) {
    killEverythingNow()
    process.exit(stoppedWith)
  }
  stoppedWith = code
  progress(`${reason}: stopping everything the bench started …`)
  void cleanUp().then(() => process.exit(code))
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => stop(signal, 130))
}
const deadline = setTimeout(
  () => stop(`over --timeout ${options.timeoutS} s`, 1),
  options.timeoutS * 1000,
)

try {
  const results = await runBench(options, root)
  await cleanUp()
  const written = await writeReports(root, results)
  const failed = results.budgets.filter((budget) => budget.pass === false)
  console.log(`Wrote ${written.join(' and ')}.`)
  for (const budget of results.budgets) {
    const verdict = budget.pass === null ? 'not run' : budget.pass ? 'pass' : 'FAIL'
    console.log(`  ${verdict.padEnd(7)} ${budget.name}: ${budget.measured} (limit ${budget.limit})`)
  }
  clearTimeout(deadline)
  process.exit(options.strict && failed.length > 0 ? 1 : 0)
} catch (error) {
  // Once stopped, the failures that follow (a browser closed under a page) are expected.
  if (stoppedWith === undefined) {
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  }
  await cleanUp()
  process.exit(stoppedWith ?? 1)
}

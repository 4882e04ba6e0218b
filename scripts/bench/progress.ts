const started = performance.now()

/** Progress goes to stderr, so stdout carries only the report. */
export function progress(message: string) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6)
  process.stderr.write(`[bench ${seconds}s] ${message}\n`)
}

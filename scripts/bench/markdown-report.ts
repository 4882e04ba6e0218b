import type { BenchResults, Waterfall } from './results.ts'
import { round, type Summary } from './stats.ts'

const ms = (value: number) => `${round(value, 0)}`
const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`

function row(label: string, summary: Summary | null, format = ms) {
  if (!summary) return `| ${label} | n/a | | | |`
  return `| ${label} | **${format(summary.median)}** | ${format(summary.min)} | ${format(summary.max)} | ${summary.runs} |`
}

const verdict = (pass: boolean | null) => (pass === null ? 'not run' : pass ? '✅ pass' : '❌ fail')

/** bench/latest.md: the figures a reader (and the README) quotes, and how they were taken. */
export function renderMarkdown(results: BenchResults): string {
  const { machine, setup, deepLink, floor, navigation, vitals, bytes, requests } = results
  const cls = (value: number) => `${round(value, 4)}`
  const count = (value: number) => `${round(value, 1)}`
  const lighthouse = 'score' in results.lighthouse ? results.lighthouse : null
  const git = machine.git
    ? `${machine.git.commit}${machine.git.dirty ? ' (with uncommitted changes)' : ''}`
    : 'unknown'
  const lines = [
    '# Performance bench',
    '',
    `Written by \`npm run bench\` on ${results.date} (${round(results.durationS, 0)} s), commit ${git}.`,
    `Machine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium};`,
    `load average ${round(machine.loadAverage.start, 2)} at the start, ${machine.loadAverage.end === null ? 'n/a' : round(machine.loadAverage.end, 2)} at the end.`,
    `Deep link: \`/opportunities/${setup.opportunityId}\` ("${setup.opportunityName}"); mock Spott latency ${setup.mockLatencyMs} ms; proxy response cache ${setup.proxyCache}.`,
    '',
    '## Budgets',
    '',
    '| budget | limit | measured | result |',
    '| --- | --- | --- | --- |',
    ...results.budgets.map(
      (b) => `| ${b.name} | ${b.limit} | ${b.measured} | ${verdict(b.pass)} |`,
    ),
    '',
    '## Timings (ms; median of cold runs, each in a new browser context)',
    '',
    '| figure | median | min | max | runs |',
    '| --- | --- | --- | --- | --- |',
    row('Deep link → h1, unthrottled', deepLink.unthrottled),
    row('Network floor → h1, unthrottled', floor.unthrottled),
    row('Deep link → h1, emulated slow 4G + 4× CPU', deepLink.emulated),
    row('Network floor → h1, emulated', floor.emulated),
    row('List → detail, prefetched (click → h1)', navigation.listToDetailPrefetched),
    row('Detail → next, `j` key (not prefetched)', navigation.nextByKey),
    row('Detail → next, "Next" button (prefetched)', navigation.nextByButtonPrefetched),
    row('LCP, unthrottled', vitals.lcpMs.unthrottled),
    row('LCP, emulated', vitals.lcpMs.emulated),
    row('CLS, unthrottled', vitals.cls.unthrottled, cls),
    row('CLS, emulated', vitals.cls.emulated, cls),
    row('/api/ requests per deep link (page)', requests.page, count),
    row('Requests to Spott per deep link (mock)', requests.upstream, count),
    row('/api/ requests on a prefetched click', navigation.apiRequestsOnPrefetchedClick, count),
    '',
    ...(requests.proxyCacheHits > 0
      ? [
          `**Warning:** ${requests.proxyCacheHits} deep-link API answer(s) came from the proxy's cache, not from Spott.`,
          '',
        ]
      : []),
    `Ours ÷ floor (deep link → h1, medians): **${round(results.ratio.unthrottled, 2)}×** unthrottled, **${round(results.ratio.emulated, 2)}×** emulated.`,
    '',
    "Where the deep link's time goes (medians, ms since navigation start). The `/api/` times are the page's own view of its fetch (call, answer arriving); the script time is resource timing's, shown unthrottled only, since under CDP emulation it is taken before the emulated delay:",
    '',
    '| | `/api/` fetch called | answer in page | last script loaded | h1 painted |',
    '| --- | --- | --- | --- | --- |',
    waterfallRow('Ours, unthrottled', results.waterfall.ours.unthrottled, deepLink.unthrottled),
    waterfallRow('Floor, unthrottled', results.waterfall.floor.unthrottled, floor.unthrottled),
    waterfallRow(
      'Ours, emulated',
      { ...results.waterfall.ours.emulated, scriptsEndMs: null },
      deepLink.emulated,
    ),
    waterfallRow('Floor, emulated', results.waterfall.floor.emulated, floor.emulated),
    '',
    navigation.scriptRequestsOnPrefetchedClick.max > 0
      ? `Between the click on a prefetched row and its h1 the page fetched ${round(navigation.scriptRequestsOnPrefetchedClick.median, 1)} script file(s) (median): the detail route's code, loaded on demand.`
      : 'A click on a prefetched row fetched no script before its h1: the route code was already there.',
    '',
    "## Bytes of a deep link's initial load (up to h1 and network idle)",
    '',
    'KB = 1024 bytes.',
    '',
    '| | files | decoded | gzip -9 | sent |',
    '| --- | --- | --- | --- | --- |',
    `| JavaScript | ${bytes.js.files} | ${kb(bytes.js.rawBytes)} | **${kb(bytes.js.gzipBytes)}** | ${kb(bytes.js.encodedBytes)} |`,
    `| CSS files | ${bytes.css.files} | ${kb(bytes.css.rawBytes)} | ${kb(bytes.css.gzipBytes)} | ${kb(bytes.css.encodedBytes)} |`,
    `| HTML (stylesheet and record inline) | ${bytes.html.files} | ${kb(bytes.html.rawBytes)} | ${kb(bytes.html.gzipBytes)} | ${kb(bytes.html.encodedBytes)} |`,
    '',
    '| file | decoded | gzip -9 | sent | encoding |',
    '| --- | --- | --- | --- | --- |',
    ...bytes.files.map(
      (file) =>
        `| \`${file.path}\` | ${kb(file.rawBytes)} | ${kb(file.gzipBytes)} | ${file.encodedBytes === null ? 'n/a' : kb(file.encodedBytes)} | ${file.contentEncoding ?? 'none'} |`,
    ),
    '',
    `List route chunk among them: ${bytes.listChunkLoaded ? 'yes' : 'no'}. Same files and sizes in every run: ${bytes.sameInEveryRun ? 'yes' : 'no'}.`,
    '',
    '## Lighthouse (mobile, default config, simulated throttling)',
    '',
    ...(lighthouse
      ? [
          '| run | score | FCP | LCP | TBT | Speed Index | CLS | benchmarkIndex |',
          '| --- | --- | --- | --- | --- | --- | --- | --- |',
          ...lighthouse.runs.map(
            (run, index) =>
              `| ${index + 1} | **${run.score}** | ${opt(run.fcpMs)} | ${opt(run.lcpMs)} | ${opt(run.tbtMs)} | ${opt(run.speedIndexMs)} | ${run.cls === null ? 'n/a' : cls(run.cls)} | ${run.benchmarkIndex ?? 'n/a'} |`,
          ),
          '',
          `Median score: **${lighthouse.score.median}** of ${lighthouse.score.runs} run(s).`,
        ]
      : [`Not run: ${'skipped' in results.lighthouse ? results.lighthouse.skipped : ''}.`]),
    '',
    '## How it is measured',
    '',
    "- Stack: `npm run build` output, copied aside, served by the production server (`node dist-server/server/start.js`) with a key, in front of the standalone mock Spott API (`mock-spott/serve.ts`) through a counter that tallies what the mock is asked. Ports are picked by the system. The proxy's response cache is off (`SPOTT_CACHE_TTL_MS=0`): every run is a cold view that reaches Spott.",
    `- Each run: a new Chromium context (empty cache, no open connections). Unthrottled runs use a ${setup.viewports.unthrottled} viewport; emulated runs a ${setup.viewports.emulated} one with CDP \`Network.emulateNetworkConditions\` (latency ${setup.emulation.latencyMs} ms, ${setup.emulation.downloadBytesPerSecond} B/s down, ${setup.emulation.uploadBytesPerSecond} B/s up) and \`Emulation.setCPUThrottlingRate\` ${setup.emulation.cpuSlowdown}. CDP's latency is a minimum time per request that overlaps the server's own time, not an addition to it. Ours and the floor alternate run by run; one unmeasured warm-up of each comes first.`,
    '- "→ h1": an init script watches the DOM (MutationObserver) for an `<h1>` reading the name, with a box; the time is taken after the next paint (rAF, then a posted message), as `performance.now()`, i.e. ms since navigation start (time origin). The probe then says so on the console, which is what the bench waits for: nothing of Playwright\'s is evaluated in the page until the timing is taken. Navigations in the app are timed from the click or keydown event\'s `timeStamp`.',
    '- Network floor: a bare HTML page (no CSP, one inline script) served by the bench, which fetches the same `/api/opportunities/<id>` once (forwarded to the production server, so same proxy, same payload) and writes the name into an `<h1>`.',
    '- List → detail: the list opened, the first row hovered until its `/api/opportunities/<id>` answer arrived, 200 ms more, then clicked. `j`: pressed on that detail page. "Next": hovered until its prefetch answered, then clicked.',
    '- Bytes: every script and stylesheet response of the unthrottled deep links until network idle; "gzip -9" is zlib level 9 of the decoded body (the budget\'s unit), "sent" the encoded body size as received (the server sends its precompressed brotli).',
    '- LCP and CLS: `PerformanceObserver` (buffered) in the same init script; CLS is the largest session window, shifts after input excluded; read at network idle.',
    '',
  ]
  return `${lines.join('\n')}\n`
}

const opt = (value: number | null) => (value === null ? 'n/a' : ms(value))

const waterfallRow = (label: string, waterfall: Waterfall, h1: Summary) =>
  `| ${label} | ${opt(waterfall.apiStartMs)} | ${opt(waterfall.apiEndMs)} | ${opt(waterfall.scriptsEndMs)} | ${ms(h1.median)} |`

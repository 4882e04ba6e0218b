import autocannon from 'autocannon'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createDemoOpportunities, SHOWCASE_ID } from '../mock-spott/data.ts'
import { createMockSpottHandler } from '../mock-spott/handler.ts'

/**
 * `npm run loadtest`: drives the production server (`npm start`'s code, built) with
 * autocannon, the mock Spott API on loopback behind it, and reports throughput, latency,
 * peak memory and how many calls reached Spott. Every phase is bounded in time.
 * Options: --duration <s> per phase (10), --connections (50), --latency <ms> of the mock (150),
 * --no-build to use the existing dist/ and dist-server/.
 */

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    latency: { type: 'string', default: '150' },
    'no-build': { type: 'boolean', default: false },
  },
})
const DURATION_S = Number(args.duration)
const CONNECTIONS = Number(args.connections)
const LATENCY_MS = Number(args.latency)
const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'bench')
const KEY = 'sk_loadtest_local_only'
const PORT = 4390
const ORIGIN = `http://127.0.0.1:${PORT}`
const TARGETS = { reqPerSec: 2000, p99Ms: 50, upstreamPerBurst: 1, rssMb: 150 }

// Never let a stuck phase keep the machine busy: the whole run has a hard ceiling.
const ceiling = setTimeout(
  () => {
    console.error('loadtest: over its time limit, stopping')
    process.exit(2)
  },
  (DURATION_S * 4 + 180) * 1000,
)
ceiling.unref()

if (!args['no-build'] || !existsSync(join(ROOT, 'dist-server/server/start.js'))) {
  console.error('loadtest: building (npm run build)…')
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** The mock Spott API, counting what reaches it. */
const opportunities = createDemoOpportunities()
const handleSpott = createMockSpottHandler({ apiKey: KEY, opportunities, latencyMs: LATENCY_MS })
let upstreamCalls = 0
const upstreamByPath = new Map<string, number>()
const spott = createServer((req: IncomingMessage, res: ServerResponse) => {
  upstreamCalls += 1
  const path = req.url ?? ''
  upstreamByPath.set(path, (upstreamByPath.get(path) ?? 0) + 1)
  handleSpott(req, res)
})
await new Promise<void>((resolve) => spott.listen(0, '127.0.0.1', resolve))
const spottUrl = `http://127.0.0.1:${(spott.address() as AddressInfo).port}`

const server = spawn(process.execPath, ['dist-server/server/start.js'], {
  cwd: ROOT,
  env: {
    ...process.env,
    SPOTT_API_KEY: KEY,
    SPOTT_API_URL: spottUrl,
    PORT: String(PORT),
    HOST: '127.0.0.1',
  },
  // One log line per request: drained, not printed, but still paid for as in production.
  stdio: ['ignore', 'pipe', 'inherit'],
})
server.stdout.resume()
const stopAll = () => {
  server.kill('SIGTERM')
  spott.closeAllConnections()
  spott.close()
}
process.on('SIGINT', () => {
  stopAll()
  process.exit(130)
})

try {
  await waitForHealth()
  const results = await runPhases()
  report(results)
} finally {
  stopAll()
}

async function runPhases() {
  const detail = `/api/opportunities/${SHOWCASE_ID}`
  await get(detail) // warm: the next requests are answered from the proxy's copy

  console.error(`loadtest: cached detail, ${CONNECTIONS} connections, ${DURATION_S} s…`)
  const before = upstreamCalls
  const cached = await cannon({ url: `${ORIGIN}${detail}` })
  const cachedUpstream = upstreamCalls - before

  console.error('loadtest: 100 identical requests at once, 5 bursts on records not yet read…')
  const burstIds = opportunities.slice(1, 6).map((record) => record.id)
  const bursts: number[] = []
  for (const id of burstIds) {
    const path = `/api/opportunities/${id}`
    const statuses = await Promise.all(Array.from({ length: 100 }, () => get(path)))
    if (statuses.some((status) => status !== 200)) throw new Error(`a burst on ${id} failed`)
    bursts.push(upstreamByPath.get(`/opportunities/${id}`) ?? 0)
  }

  console.error(`loadtest: random records of ${opportunities.length}, ${DURATION_S} s…`)
  const beforeBrowse = upstreamCalls
  // A team browsing: each request is for any record, so most are misses at first.
  const browse = await cannon({
    url: ORIGIN,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          const record = opportunities[Math.floor(Math.random() * opportunities.length)]!
          return { ...req, path: `/api/opportunities/${record.id}` }
        },
      },
    ],
  })
  const browseUpstream = upstreamCalls - beforeBrowse

  return {
    cached: summarise(cached, cachedUpstream),
    bursts,
    browse: summarise(browse, browseUpstream),
    peakRssMb: peakRssMb(server.pid!),
  }
}

type Summary = ReturnType<typeof summarise>

function summarise(result: autocannon.Result, upstream: number) {
  return {
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    upstream,
    upstreamPer1000: Math.round((upstream / Math.max(1, result.requests.total)) * 1000 * 100) / 100,
  }
}

function report(results: {
  cached: Summary
  bursts: number[]
  browse: Summary
  peakRssMb: number
}) {
  const { cached, bursts, browse, peakRssMb } = results
  const worstBurst = Math.max(...bursts)
  const pass = (ok: boolean) => (ok ? 'pass' : '**fail**')
  const row = (name: string, s: Summary) =>
    `| ${name} | ${s.reqPerSec} | ${s.p50Ms} | ${s.p99Ms} | ${s.requests} | ${s.non2xx} | ${s.errors} | ${s.upstream} | ${s.upstreamPer1000} |`
  const markdown = [
    `# Load test, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `\`npm run loadtest\` on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}.`,
    `autocannon with ${CONNECTIONS} connections for ${DURATION_S} s per phase against the production server; mock Spott on loopback answering after ${LATENCY_MS} ms.`,
    '',
    '| phase | req/s | p50 ms | p99 ms | requests | non-2xx | errors | upstream calls | upstream per 1000 |',
    '|---|---|---|---|---|---|---|---|---|',
    row('one cached detail', cached),
    row(`random details of ${opportunities.length}`, browse),
    '',
    `100 identical requests at once, ${bursts.length} bursts: upstream calls per burst ${bursts.join(', ')}.`,
    '',
    `Peak RSS of the server process: ${peakRssMb} MB.`,
    '',
    '| target | figure | |',
    '|---|---|---|',
    `| ≥ ${TARGETS.reqPerSec} req/s, cached detail | ${cached.reqPerSec} | ${pass(cached.reqPerSec >= TARGETS.reqPerSec)} |`,
    `| p99 < ${TARGETS.p99Ms} ms, cached detail | ${cached.p99Ms} ms | ${pass(cached.p99Ms < TARGETS.p99Ms)} |`,
    `| ≤ ${TARGETS.upstreamPerBurst} upstream call per 100 identical | ${worstBurst} | ${pass(worstBurst <= TARGETS.upstreamPerBurst)} |`,
    `| RSS < ${TARGETS.rssMb} MB | ${peakRssMb} MB | ${pass(peakRssMb < TARGETS.rssMb)} |`,
    '',
  ].join('\n')
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, 'loadtest.md'), markdown)
  writeFileSync(
    join(OUT, 'loadtest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), connections: CONNECTIONS, durationS: DURATION_S, latencyMs: LATENCY_MS, ...results }, null, 2)}\n`,
  )
  console.log(markdown)
}

function cannon(options: Partial<autocannon.Options>): Promise<autocannon.Result> {
  return autocannon({
    url: ORIGIN,
    connections: CONNECTIONS,
    duration: DURATION_S,
    timeout: 10,
    ...options,
  })
}

function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${ORIGIN}${path}`, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}

async function waitForHealth() {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const status = await get('/healthz').catch(() => 0)
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the production server did not come up')
}

/** VmHWM: the most memory the process ever had resident, as Linux counts it. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN)
  return Math.round(kb / 1024)
}

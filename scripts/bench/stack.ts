import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { startFloorServer } from './floor-server.ts'
import { onCleanup, startProcess } from './processes.ts'
import { progress } from './progress.ts'
import { startUpstreamCounter, type UpstreamCounter } from './upstream-counter.ts'

export type Stack = {
  /** The production server (`npm start`), keyed, in front of the mock. */
  appOrigin: string
  /** The bench's floor page server; its /api/* goes to the production server. */
  floorOrigin: string
  upstream: UpstreamCounter
  /** The opportunity's name as the API returns it (what the h1 must show). */
  name: string
}

const START_TIMEOUT_MS = 30_000

/**
 * Starts, each on a port the system picks:
 *   mock Spott API (`tsx mock-spott/serve.ts`, MOCK_SPOTT_KEY, MOCK_SPOTT_LATENCY_MS)
 *     ◀── upstream counter (in this process)
 *       ◀── production server (`node dist-server/server/start.js` from the snapshot,
 *           SPOTT_API_KEY + SPOTT_API_URL = the counter)
 *         ◀── floor server (in this process)
 */
export async function startStack(options: {
  root: string
  snapshot: string
  latencyMs: number
  id: string
}): Promise<Stack> {
  const key = `sk_bench_${randomUUID().replaceAll('-', '')}`
  // The servers read nothing of the caller's Spott or dashboard settings.
  const baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !/^(SPOTT_|MOCK_SPOTT_|DASHBOARD_)/.test(name) && name !== 'PORT' && name !== 'HOST',
    ),
  )

  progress(`starting the mock Spott API (latency ${options.latencyMs} ms) …`)
  const mock = startProcess(
    'mock Spott API',
    join(options.root, 'node_modules', '.bin', 'tsx'),
    ['mock-spott/serve.ts'],
    {
      cwd: options.root,
      env: {
        ...baseEnv,
        MOCK_SPOTT_KEY: key,
        MOCK_SPOTT_PORT: '0',
        MOCK_SPOTT_LATENCY_MS: String(options.latencyMs),
      },
    },
  )
  onCleanup(mock.stop)
  const [, mockUrl] = await mock.waitFor(/listening on (http:\/\/\S+)/, START_TIMEOUT_MS)

  const upstream = await startUpstreamCounter(mockUrl!)
  onCleanup(upstream.close)

  progress('starting the production server …')
  const app = startProcess(
    'production server',
    process.execPath,
    [join(options.snapshot, 'dist-server', 'server', 'start.js')],
    {
      cwd: options.snapshot,
      env: {
        ...baseEnv,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        SPOTT_API_KEY: key,
        SPOTT_API_URL: upstream.url,
        // Cold runs: every page view reaches Spott, as a link opened by one person does. With
        // the proxy's short response cache on, runs seconds apart would be served from memory.
        // (A build without that cache ignores the variable.)
        SPOTT_CACHE_TTL_MS: '0',
      },
    },
  )
  onCleanup(app.stop)
  const [, appOrigin] = await app.waitFor(/Spott dashboard on (http:\/\/\S+)/, START_TIMEOUT_MS)
  const health = await fetch(`${appOrigin}/healthz`)
  if (!health.ok) throw new Error(`production server: /healthz answered ${health.status}`)

  const floor = await startFloorServer(appOrigin!)
  onCleanup(floor.close)

  const name = await readName(appOrigin!, options.id)
  progress(`app ${appOrigin} · floor ${floor.url} · mock ${mockUrl} · "${name}"`)
  return { appOrigin: appOrigin!, floorOrigin: floor.url, upstream, name }
}

/** The name the detail page's h1 shows, read through the stack (which also checks it works). */
async function readName(appOrigin: string, id: string): Promise<string> {
  const response = await fetch(`${appOrigin}/api/opportunities/${id}`)
  if (!response.ok) {
    throw new Error(
      `GET /api/opportunities/${id} answered ${response.status}: ${await response.text()}`,
    )
  }
  const body = (await response.json()) as { name?: unknown }
  const wrapper = body.name
  const name =
    typeof wrapper === 'object' && wrapper !== null && 'name' in wrapper ? wrapper.name : wrapper
  if (typeof name !== 'string' || name.trim() === '') {
    throw new Error(`opportunity ${id} has no name to look for in the h1`)
  }
  return name.replace(/\s+/g, ' ').trim()
}

import { join } from 'node:path'
import { readAccessControl, refusalToListen } from './access-control.ts'
import { readServerEnv } from './env.ts'
import { loadEnvFiles } from './load-env-files.ts'
import { createProductionHandler, listen } from './production-server.ts'
import { startSpottBackend } from './spott-backend.ts'

/**
 * `npm start`: the production server. PORT (default 3000) and HOST (default 127.0.0.1);
 * SPOTT_* as in dev; DASHBOARD_BASIC_AUTH or DASHBOARD_TRUST_PROXY_AUTH to serve beyond
 * loopback. Exits 1 with a one-line reason when the configuration is unusable.
 */
// npm runs scripts from the project folder: dist/ and the .env files are found from there.
const root = process.cwd()

async function main() {
  const env = loadEnvFiles(root, 'production')
  const host = env.HOST?.trim() || '127.0.0.1'
  const port = Number(env.PORT?.trim() || 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error('PORT must be a port number (0–65535).')
  }
  const access = readAccessControl(env)
  const refusal = refusalToListen(host, access)
  if (refusal) throw new Error(refusal)

  const log = (line: string) => console.log(line)
  const backend = await startSpottBackend(readServerEnv(env), (line) => console.warn(line))
  const handler = createProductionHandler({
    distDir: join(root, 'dist'),
    proxy: backend.proxy,
    access,
    log,
  })
  const running = await listen(handler, { host, port })
  console.log(
    `Spott dashboard on ${running.url} · Spott: ${backend.demo ? 'demo mode (no SPOTT_API_KEY set)' : backend.upstreamHost} · access: ${describeAccess(access.kind)}`,
  )

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: finishing requests in flight, then stopping`)
    void running
      .shutdown()
      .then(() => backend.close())
      .then(() => process.exit(0))
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

function describeAccess(kind: string) {
  if (kind === 'basic') return 'password (DASHBOARD_BASIC_AUTH)'
  if (kind === 'trusted-proxy') return 'checked by the proxy in front (DASHBOARD_TRUST_PROXY_AUTH)'
  return 'this machine only'
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})

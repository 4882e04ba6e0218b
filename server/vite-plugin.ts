import { randomUUID } from 'node:crypto'
import type { Connect, Logger, Plugin } from 'vite'
import { loadEnv } from 'vite'
import { startMockSpott } from '../mock-spott/server.ts'
import { readServerEnv } from './env.ts'
import { createSpottProxy } from './spott-proxy.ts'

/**
 * Mounts the Spott proxy in `vite` and `vite preview`. With no SPOTT_API_KEY it starts the
 * built-in mock Spott API on loopback and points the proxy at it with a throwaway key.
 */
export function spottProxyPlugin(): Plugin {
  let mode = 'development'
  let root = process.cwd()

  async function mount(
    middlewares: Connect.Server,
    logger: Logger,
    onClose: (fn: () => void) => void,
  ) {
    const env = readServerEnv(loadEnv(mode, root, ''))
    let baseUrl = env.apiUrl
    let apiKey = env.apiKey
    if (apiKey === undefined) {
      apiKey = `demo-${randomUUID()}`
      const mock = await startMockSpott({ apiKey })
      onClose(() => void mock.close())
      baseUrl = mock.url
      logger.info('  ➜  Spott:   demo mode (no SPOTT_API_KEY set), built-in mock Spott API')
    } else {
      logger.info(`  ➜  Spott:   ${new URL(env.apiUrl).host} (key from SPOTT_API_KEY)`)
    }
    const proxy = createSpottProxy({
      baseUrl,
      apiKey,
      timeoutMs: env.timeoutMs,
      demo: env.apiKey === undefined,
      log: (line) => logger.warn(line, { timestamp: true }),
    })
    middlewares.use(proxy)
  }

  return {
    name: 'spott-proxy',
    configResolved(config) {
      mode = config.mode
      root = config.root
    },
    async configureServer(server) {
      await mount(server.middlewares, server.config.logger, (fn) =>
        server.httpServer?.once('close', fn),
      )
    },
    async configurePreviewServer(server) {
      await mount(server.middlewares, server.config.logger, (fn) =>
        server.httpServer.once('close', fn),
      )
    },
  }
}

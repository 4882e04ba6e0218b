import type { Connect, Logger, Plugin } from 'vite'
import { loadEnv } from 'vite'
import { readServerEnv } from './env.ts'
import { startSpottBackend } from './spott-backend.ts'

/** Mounts the Spott proxy (see spott-backend.ts) in `vite` and `vite preview`. */
export function spottProxyPlugin(): Plugin {
  let mode = 'development'
  let root = process.cwd()

  async function mount(
    middlewares: Connect.Server,
    logger: Logger,
    onClose: (fn: () => void) => void,
  ) {
    const env = readServerEnv(loadEnv(mode, root, ''))
    const backend = await startSpottBackend(env, (line) => logger.warn(line, { timestamp: true }))
    onClose(() => void backend.close())
    logger.info(
      backend.demo
        ? '  ➜  Spott:   demo mode (no SPOTT_API_KEY set), built-in mock Spott API'
        : `  ➜  Spott:   ${backend.upstreamHost} (key from SPOTT_API_KEY)`,
    )
    middlewares.use(backend.proxy)
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

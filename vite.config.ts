import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { precompressPlugin } from './server/precompress.ts'
import { spottProxyPlugin } from './server/vite-plugin.ts'

/**
 * react-router's package exports always name its development build, whose dev-only warnings
 * the minifier cannot drop. The build uses the production files it ships beside them.
 */
const reactRouterProduction = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url))

export default defineConfig(({ command }) => ({
  resolve: {
    alias:
      command === 'build'
        ? [{ find: /^react-router$/, replacement: reactRouterProduction('index.mjs') }]
        : [],
  },
  plugins: [react(), tailwindcss(), spottProxyPlugin(), precompressPlugin()],
  // Only VITE_-prefixed variables could ever reach the bundle; the Spott ones never are.
  envPrefix: 'VITE_',
  build: {
    sourcemap: true,
    // Read by the production server to preload the detail route's code on a deep link.
    manifest: true,
    // Every browser the app supports has <link rel="modulepreload">; the polyfill is dead weight.
    modulePreload: { polyfill: false },
  },
}))

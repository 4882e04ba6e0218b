import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { precompressPlugin } from './server/precompress.ts'
import { spottProxyPlugin } from './server/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), spottProxyPlugin(), precompressPlugin()],
  // Only VITE_-prefixed variables could ever reach the bundle; the Spott ones never are.
  envPrefix: 'VITE_',
  build: {
    sourcemap: true,
  },
})

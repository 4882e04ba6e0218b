import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { spottProxyPlugin } from './server/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), spottProxyPlugin()],
  // Only VITE_-prefixed variables could ever reach the bundle; the Spott ones never are.
  envPrefix: 'VITE_',
  build: {
    sourcemap: true,
  },
})

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  resolve: {
    // react-router/dom would load a second router copy in Vitest (useParams() → {}).
    alias: [{ find: /^react-router\/dom$/, replacement: 'react-router' }],
  },
  test: {
    globals: true,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['./src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'mock-spott/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
})

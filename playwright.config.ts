import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromium.ts'
import {
  BASIC_AUTH,
  E2E_SECRET_KEY,
  REJECTED_KEY,
  SATURATED_KEY,
  SATURATED_RETRY_AFTER_S,
  SERVERS,
  THROTTLE,
  THROTTLED_KEY,
} from './e2e/servers.ts'

const port = (url: string) => Number(new URL(url).port)
const isCI = Boolean(process.env.CI)

// `npm run test:e2e` builds first; the servers serve that build through the proxy.
const preview = (url: string) =>
  `npx vite preview --port ${port(url)} --strictPort --host 127.0.0.1`

/** `npm start` on the given URL's port, on loopback, with the given environment. */
const production = (url: string, env: Record<string, string>) => ({
  command: 'node dist-server/server/start.js',
  url: `${url}/healthz`,
  env: { HOST: '127.0.0.1', PORT: String(port(url)), ...env },
  reuseExistingServer: !isCI,
})

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: isCI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: SERVERS.demo,
    locale: 'en-US',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    production(SERVERS.demo, { SPOTT_API_KEY: '' }),
    {
      command: 'npx tsx mock-spott/serve.ts',
      port: port(SERVERS.mockSpott),
      env: {
        MOCK_SPOTT_KEY: E2E_SECRET_KEY,
        MOCK_SPOTT_PORT: String(port(SERVERS.mockSpott)),
        // After the demo pipeline, so the first pages the other specs count stay the demo's.
        MOCK_SPOTT_FIXTURES: 'stress,hostile',
        MOCK_SPOTT_THROTTLED_KEY: THROTTLED_KEY,
        MOCK_SPOTT_THROTTLE: `${THROTTLE.limit}/${THROTTLE.windowMs}`,
      },
      reuseExistingServer: !isCI,
    },
    production(SERVERS.keyed, { SPOTT_API_KEY: E2E_SECRET_KEY, SPOTT_API_URL: SERVERS.mockSpott }),
    production(SERVERS.rejectedKey, {
      SPOTT_API_KEY: REJECTED_KEY,
      SPOTT_API_URL: SERVERS.mockSpott,
    }),
    production(SERVERS.throttled, {
      SPOTT_API_KEY: THROTTLED_KEY,
      SPOTT_API_URL: SERVERS.mockSpott,
    }),
    {
      command: 'npx tsx mock-spott/serve.ts',
      port: port(SERVERS.saturatedSpott),
      env: {
        MOCK_SPOTT_KEY: E2E_SECRET_KEY,
        MOCK_SPOTT_PORT: String(port(SERVERS.saturatedSpott)),
        MOCK_SPOTT_THROTTLED_KEY: SATURATED_KEY,
        MOCK_SPOTT_THROTTLE: `0/${SATURATED_RETRY_AFTER_S * 1000}`,
      },
      reuseExistingServer: !isCI,
    },
    production(SERVERS.saturated, {
      SPOTT_API_KEY: SATURATED_KEY,
      SPOTT_API_URL: SERVERS.saturatedSpott,
    }),
    production(SERVERS.basicAuth, {
      SPOTT_API_KEY: '',
      DASHBOARD_BASIC_AUTH: `${BASIC_AUTH.username}:${BASIC_AUTH.password}`,
    }),
    {
      command: preview(SERVERS.preview),
      url: SERVERS.preview,
      env: { SPOTT_API_KEY: '' },
      reuseExistingServer: !isCI,
    },
    {
      command: `npx vite --port ${port(SERVERS.dev)} --strictPort --host 127.0.0.1`,
      url: SERVERS.dev,
      env: { SPOTT_API_KEY: '' },
      reuseExistingServer: !isCI,
    },
  ],
})

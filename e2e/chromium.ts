import { existsSync } from 'node:fs'

/**
 * Launch options for Chromium on machines without Playwright's own browser build: Debian's
 * /usr/bin/chromium (or CHROMIUM_PATH), with flags that keep it off a closed network.
 */
export function chromiumLaunchOptions() {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  return {
    ...(existsSync(candidate) ? { executablePath: candidate } : {}),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
    ],
  }
}

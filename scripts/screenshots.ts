import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { preview } from 'vite'
import { INTERNATIONAL_ID, SHOWCASE_ID } from '../mock-spott/data.ts'
import { chromiumLaunchOptions } from '../e2e/chromium.ts'

/**
 * Writes the README's screenshots from the built app in demo mode:
 * `npm run screenshots` (builds first). Output: docs/screenshots/*.png
 */
process.env.SPOTT_API_KEY = ''
const out = join(import.meta.dirname, '..', 'docs', 'screenshots')
mkdirSync(out, { recursive: true })

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
if (!origin) throw new Error('vite preview did not report its URL')

const shots = [
  { file: 'detail-desktop.png', path: `/opportunities/${SHOWCASE_ID}`, width: 1440, height: 900 },
  { file: 'detail-mobile.png', path: `/opportunities/${SHOWCASE_ID}`, width: 360, height: 780 },
  {
    file: 'detail-international.png',
    path: `/opportunities/${INTERNATIONAL_ID}`,
    width: 1440,
    height: 900,
  },
]

const browser = await chromium.launch(chromiumLaunchOptions())
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      locale: 'en-US',
      timezoneId: 'Europe/London',
    })
    await page.goto(`${origin}${shot.path}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: join(out, shot.file), fullPage: true })
    await page.close()
    console.log(`wrote docs/screenshots/${shot.file}`)
  }
} finally {
  await browser.close()
  await server.close()
}

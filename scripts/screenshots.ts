import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { preview } from 'vite'
import { INTERNATIONAL_ID, SHOWCASE_ID } from '../mock-spott/data.ts'
import { chromiumLaunchOptions } from '../e2e/chromium.ts'

/**
 * Writes the README's screenshots from the built app in demo mode, at 1440 and 360 px, light
 * and dark: `npm run screenshots` (builds first). Output: docs/screenshots/*.png
 */
process.env.SPOTT_API_KEY = ''
const out = join(import.meta.dirname, '..', 'docs', 'screenshots')
mkdirSync(out, { recursive: true })

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
if (!origin) throw new Error('vite preview did not report its URL')

type Shot = {
  file: string
  path: string
  width: number
  colorScheme: 'light' | 'dark'
  /** The list loads more rows whenever its end is in view, so it is shot one screen tall. */
  oneScreen?: boolean
}

const detail = `/opportunities/${SHOWCASE_ID}`
const shots: Shot[] = [
  { file: 'detail-desktop.png', path: detail, width: 1440, colorScheme: 'light' },
  { file: 'detail-desktop-dark.png', path: detail, width: 1440, colorScheme: 'dark' },
  { file: 'detail-mobile.png', path: detail, width: 360, colorScheme: 'light' },
  { file: 'detail-mobile-dark.png', path: detail, width: 360, colorScheme: 'dark' },
  {
    file: 'list-desktop.png',
    path: '/opportunities?status=open&sort=close-date',
    width: 1440,
    colorScheme: 'light',
    oneScreen: true,
  },
  {
    file: 'list-mobile.png',
    path: '/opportunities?status=open&sort=close-date',
    width: 360,
    colorScheme: 'light',
    oneScreen: true,
  },
  {
    file: 'detail-international.png',
    path: `/opportunities/${INTERNATIONAL_ID}`,
    width: 1440,
    colorScheme: 'light',
  },
]

const browser = await chromium.launch(chromiumLaunchOptions())
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: 900 },
      colorScheme: shot.colorScheme,
      locale: 'en-US',
      timezoneId: 'Europe/London',
    })
    await page.goto(`${origin}${shot.path}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForLoadState('networkidle')
    // A window as tall as the page, rather than fullPage: the pinned demo banner then sits
    // at the bottom of the picture, where a reader sees it, not halfway down.
    if (!shot.oneScreen) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      await page.setViewportSize({ width: shot.width, height })
    }
    await page.screenshot({ path: join(out, shot.file) })
    await page.close()
    console.log(`wrote docs/screenshots/${shot.file}`)
  }
} finally {
  await browser.close()
  await server.close()
}

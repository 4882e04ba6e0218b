import { createHash } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Response } from '@playwright/test'
import {
  INTERNATIONAL_ID,
  SERVERS,
  SHOWCASE_ID,
  demoOpportunityName,
  detailApiPath,
  detailPath,
  expect,
  openOpportunity,
  test,
  watchConsole,
  type Page,
} from './fixtures.ts'
import { BASIC_AUTH } from './servers.ts'

/**
 * `npm start` as deployed: the password gate (DASHBOARD_BASIC_AUTH), security headers,
 * caching and precompression of the build, and deep links that survive a hard reload.
 */

/** Collects the page's CSP violations from the first byte on. */
function recordCspViolations() {
  const seen: string[] = []
  Object.assign(window, { __cspViolations: seen })
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
  })
}

/** The violations so far, including a blocked eval (zod's probe, switched off in main.tsx). */
const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)

/** The build the production servers serve. */
const DIST = fileURLToPath(new URL('../dist', import.meta.url))
/** The smallest file the build precompresses (MIN_BYTES in server/precompress.ts). */
const MIN_PRECOMPRESSED = 1024

const deepLink = (server: string) => new URL(detailPath(SHOWCASE_ID), server).href

test.describe('Basic auth gate', () => {
  test('without credentials every page and API answer is 401 with a challenge', async ({
    request,
  }) => {
    for (const path of ['/', detailPath(SHOWCASE_ID), detailApiPath(SHOWCASE_ID), '/favicon.svg']) {
      await test.step(path, async () => {
        const response = await request.get(new URL(path, SERVERS.basicAuth).href, {
          maxRedirects: 0,
        })
        expect(response.status()).toBe(401)
        expect(response.headers()['www-authenticate']).toMatch(/^Basic realm="[^"]+"/)
        expect(response.headers()['cache-control']).toBe('no-store')
        // Nothing of the app or its data behind the gate.
        const body = await response.text()
        expect(body).not.toContain('<script')
        expect(body).not.toContain(demoOpportunityName(SHOWCASE_ID))
      })
    }
  })

  test('wrong credentials are refused too', async ({ playwright }) => {
    const wrong = await playwright.request.newContext({
      httpCredentials: { username: BASIC_AUTH.username, password: 'not the password' },
    })
    const response = await wrong.get(deepLink(SERVERS.basicAuth))
    expect(response.status()).toBe(401)
    await wrong.dispose()
  })

  test('/healthz answers without credentials', async ({ request }) => {
    const response = await request.get(new URL('/healthz', SERVERS.basicAuth).href)
    expect(response.status()).toBe(200)
    expect((await response.text()).trim()).toBe('ok')
  })

  test('a browser without credentials gets the 401, not the app', async ({ browser }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const answered = page.waitForResponse(deepLink(SERVERS.basicAuth))
    // With no credentials to offer, Chromium gives up on the challenge.
    await expect(page.goto(deepLink(SERVERS.basicAuth))).rejects.toThrow(
      /ERR_INVALID_AUTH_CREDENTIALS/,
    )
    const response = await answered
    expect(response.status()).toBe(401)
    expect(await response.headerValue('www-authenticate')).toMatch(/^Basic /)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0)
    await expect(page.locator('body')).not.toContainText(demoOpportunityName(SHOWCASE_ID))
    await context.close()
  })

  test('with credentials a deep link opens the deal', async ({ browser }) => {
    const context = await browser.newContext({ httpCredentials: BASIC_AUTH })
    const page = await context.newPage()
    const guard = watchConsole(page)
    const response = await page.goto(deepLink(SERVERS.basicAuth))
    expect(response?.status()).toBe(200)
    await expect(
      page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Client team' })).toBeVisible()
    expect(page.url()).toBe(deepLink(SERVERS.basicAuth))
    guard.stop()
    expect(guard.problems()).toEqual([])
    await context.close()
  })
})

test.describe('headers and caching', () => {
  test('every kind of answer carries a strict CSP and the other security headers', async ({
    request,
  }) => {
    const index = await request.get(detailPath(SHOWCASE_ID))
    const html = await index.text()
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1]
    expect(script, 'index.html loads its script from a file').toMatch(/^\/assets\//)
    // A deep link's page carries the app's stylesheet inline: the CSP allows that exact text.
    const inlineStyles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1]!)
    expect(inlineStyles, 'the stylesheet inline in a deep link').toHaveLength(1)
    const styleHash = `'sha256-${createHash('sha256').update(inlineStyles[0]!).digest('base64')}'`

    const answers = {
      'a deep link': index,
      'a hashed asset': await request.get(script!),
      'an API answer': await request.get(detailApiPath(SHOWCASE_ID)),
      'a 404': await request.get('/assets/not-a-build-file.js'),
      '/healthz': await request.get('/healthz'),
    }
    for (const [what, response] of Object.entries(answers)) {
      await test.step(what, () => {
        const headers = response.headers()
        const csp = headers['content-security-policy'] ?? ''
        const directives = new Map(
          csp.split(';').map((part) => {
            const [name = '', ...values] = part.trim().split(/\s+/)
            return [name, values] as const
          }),
        )
        expect(csp).not.toContain('unsafe-inline')
        expect(csp).not.toContain('unsafe-eval')
        expect(directives.get('frame-ancestors')).toEqual(["'none'"])
        expect(directives.get('script-src')).toEqual(["'self'"])
        expect(directives.get('style-src')).toEqual(
          what === 'a deep link' ? ["'self'", styleHash] : ["'self'"],
        )
        expect(directives.get('object-src')).toEqual(["'none'"])
        expect(headers['x-content-type-options']).toBe('nosniff')
        expect(headers['referrer-policy']).toBe('no-referrer')
      })
    }
  })

  test('hashed assets are immutable and reach Chromium brotli-compressed', async ({ page }) => {
    const assets: Response[] = []
    let document: Response | undefined
    page.on('response', (response) => {
      const { pathname } = new URL(response.url())
      if (pathname.startsWith('/assets/')) assets.push(response)
      if (pathname === detailPath(SHOWCASE_ID)) document = response
    })
    await openOpportunity(page, SHOWCASE_ID)
    await page.waitForLoadState('networkidle')
    const cssPaths = () =>
      assets
        .map((response) => new URL(response.url()).pathname)
        .filter((path) => path.endsWith('.css'))
    expect(cssPaths(), 'stylesheet files loaded by a deep link (it is inline)').toEqual([])
    // Any other page links the stylesheet file. Its rows show once the list's chunk has run.
    await page.goto('/opportunities')
    await expect(page.getByRole('main').getByRole('rowheader').first()).toBeVisible()
    await page.waitForLoadState('networkidle')

    // The entry script and the lazily loaded page chunks, and the stylesheet; one snapshot,
    // so a response arriving late cannot be checked against a list it is not in.
    const loaded = [...assets]
    const paths = loaded.map((response) => new URL(response.url()).pathname)
    expect(paths.filter((path) => path.endsWith('.js')).length).toBeGreaterThanOrEqual(2)
    expect(cssPaths()).toHaveLength(1)
    // The build precompresses files of 1 KB and more (server/precompress.ts); a smaller
    // chunk goes out as it is, since headers would outweigh what compression saves.
    const precompressed = paths.filter(
      (path) => statSync(join(DIST, path)).size >= MIN_PRECOMPRESSED,
    )
    expect(precompressed.length, 'assets of 1 KB and more').toBeGreaterThanOrEqual(3)
    for (const response of loaded) {
      const path = new URL(response.url()).pathname
      await test.step(path, async () => {
        const headers = await response.allHeaders()
        expect(response.status()).toBe(200)
        expect(headers['cache-control']).toBe('public, max-age=31536000, immutable')
        if (precompressed.includes(path)) {
          expect(existsSync(join(DIST, `${path}.br`)), 'the build wrote its .br').toBe(true)
          expect(headers['content-encoding']).toBe('br')
          // Another client may get the gzip or the plain file from the same URL.
          expect(headers['vary']).toMatch(/accept-encoding/i)
        } else {
          // One representation for everyone.
          expect(headers['content-encoding']).toBeUndefined()
        }
        expect(headers['content-type']).toMatch(/^text\/(javascript|css)/)
      })
    }
    // The page of a deep link carries the deal's record: no cache may keep it. (It names the
    // current hashes as well, so it could never be cached without asking anyway.)
    expect(document, 'the deep link was loaded').toBeDefined()
    const documentHeaders = await document!.allHeaders()
    expect(documentHeaders['cache-control']).toBe('no-store')
    expect(documentHeaders['content-type']).toBe('text/html; charset=utf-8')
    // Any other page is the bare app: it may be kept, but only after asking.
    const list = await page.request.get('/opportunities')
    expect(list.headers()['cache-control']).toBe('no-cache')
    expect(list.headers()['content-type']).toBe('text/html; charset=utf-8')
  })

  test('a missing hashed asset is a plain 404, not the app', async ({ request }) => {
    const response = await request.get('/assets/index-0ldHash0.js')
    expect(response.status()).toBe(404)
    expect(response.headers()['content-type']).toMatch(/^text\/plain/)
    expect(response.headers()['cache-control']).toBe('no-store')
    expect(await response.text()).not.toContain('<html')
  })
})

test.describe('deep links and CSP in the browser', () => {
  test('a hard reload of a deep link serves the app and shows the deal again', async ({ page }) => {
    await page.goto(`${detailPath(SHOWCASE_ID)}#client-team`)
    const heading = page.getByRole('heading', {
      level: 1,
      name: demoOpportunityName(SHOWCASE_ID),
    })
    await expect(heading).toBeVisible()

    const reloaded = await page.reload()
    expect(reloaded?.status()).toBe(200)
    expect(await reloaded?.headerValue('content-type')).toBe('text/html; charset=utf-8')
    await expect(heading).toBeVisible()
    expect(new URL(page.url()).pathname).toBe(detailPath(SHOWCASE_ID))

    // The same for a deep link opened for the first time in a fresh tab.
    const fresh = await page.context().newPage()
    const guard = watchConsole(fresh)
    const response = await fresh.goto(detailPath(INTERNATIONAL_ID))
    expect(response?.status()).toBe(200)
    await expect(
      fresh.getByRole('heading', { level: 1, name: demoOpportunityName(INTERNATIONAL_ID) }),
    ).toBeVisible()
    guard.stop()
    expect(guard.problems()).toEqual([])
  })

  test('the list and detail pages load without a CSP violation', async ({ page }) => {
    await page.addInitScript(recordCspViolations)
    await page.goto('/opportunities')
    await expect(page.getByRole('main').getByRole('rowheader').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(await cspViolations(page)).toEqual([])

    // From the list to the detail page, which loads its own chunk, styles and images.
    await page
      .getByRole('main')
      .getByRole('rowheader')
      .getByRole('link', { name: demoOpportunityName(SHOWCASE_ID), exact: true })
      .click()
    await expect(
      page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
    ).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(await cspViolations(page)).toEqual([])

    // And a detail page opened directly, in the dark theme.
    await page.emulateMedia({ colorScheme: 'dark' })
    await openOpportunity(page, INTERNATIONAL_ID)
    await page.waitForLoadState('networkidle')
    expect(await cspViolations(page)).toEqual([])
  })

  test('the app never tries eval, which the CSP forbids', async ({ page }) => {
    await page.addInitScript(recordCspViolations)
    await openOpportunity(page, SHOWCASE_ID)
    await page.waitForLoadState('networkidle')
    expect(await cspViolations(page)).toEqual([])
  })
})

import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  E2E_SECRET_KEY,
  SERVERS,
  SHOWCASE_ID,
  MISSING_ID,
  captureResponses,
  detailApiPath,
  detailPath,
  failedResourceMessage,
  expect,
  filesContaining,
  listFiles,
  openOpportunity,
  test,
} from './fixtures.ts'

const DIST = fileURLToPath(new URL('../dist', import.meta.url))

test.describe('the API key stays on the server', () => {
  test('no response the browser receives contains the key', async ({ page, consoleErrors }) => {
    const captured = captureResponses(page)
    const requestHeaders: string[] = []
    page.on('request', (request) => {
      requestHeaders.push(JSON.stringify(request.headers()))
    })

    await openOpportunity(page, SHOWCASE_ID, SERVERS.keyed)
    await captured.settle()

    // An upstream error travels back through the proxy too.
    consoleErrors.allow(failedResourceMessage(404), { path: detailApiPath(MISSING_ID) })
    await page.goto(new URL(detailPath(MISSING_ID), SERVERS.keyed).href)
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible()
    await captured.settle()

    await page.goto(new URL('/opportunities', SERVERS.keyed).href)
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()
    await page.getByRole('main').getByRole('rowheader').getByRole('link').nth(1).click()
    await expect(page).toHaveURL(/\/opportunities\/[\w-]+$/)
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Opportunities')
    await page.waitForLoadState('networkidle')
    await captured.settle()

    // The check must have seen every kind of response it claims to cover.
    const kinds = new Set(captured.responses.map((response) => response.resourceType))
    for (const kind of ['document', 'script', 'stylesheet', 'fetch']) {
      expect(kinds, `captured a ${kind} response`).toContain(kind)
    }
    const notFound = captured.responses.find((response) =>
      response.url.endsWith(detailApiPath(MISSING_ID)),
    )
    expect(notFound?.text, 'the 404 answer, body included').toContain('NOT_FOUND')

    const leaks = captured.responses
      .filter((response) => response.text.includes(E2E_SECRET_KEY))
      .map((response) => response.url)
    expect(leaks).toEqual([])
    expect(requestHeaders.filter((headers) => headers.includes(E2E_SECRET_KEY))).toEqual([])
    expect(await page.content()).not.toContain(E2E_SECRET_KEY)
    expect(page.url()).toContain(new URL(SERVERS.keyed).host)
  })

  test('the built files do not contain the key', () => {
    expect(existsSync(DIST), 'run `vite build` first').toBe(true)
    const files = listFiles(DIST)
    expect(files.some((file) => file.endsWith('index.html'))).toBe(true)
    expect(files.some((file) => file.endsWith('.js'))).toBe(true)
    expect(filesContaining(DIST, E2E_SECRET_KEY)).toEqual([])
  })
})

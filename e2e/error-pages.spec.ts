import { readFileSync } from 'node:fs'
import {
  MINIMAL_ID,
  MISSING_ID,
  NETWORK_FAILURE_MESSAGE,
  SERVERS,
  SHOWCASE_ID,
  countRequests,
  demoOpportunityName,
  detailApiPath,
  detailPath,
  expect,
  goOffline,
  expectNoBrokenText,
  failedResourceMessage,
  openFromList,
  test,
  type Page,
} from './fixtures.ts'
import { SATURATED_RETRY_AFTER_S } from './servers.ts'

/**
 * The pages someone sees when a shared link cannot show its deal: each says what happened
 * in words for whoever opened the link, keeps the link in the address bar (so reloading
 * or re-sharing it still works), and recovers by itself where it can.
 */

const dealHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) })
const browseAll = (page: Page) =>
  page.getByRole('main').getByRole('link', { name: 'Browse all opportunities', exact: true })
/** Chromium's message for a request made while the browser is offline. */
const OFFLINE_MESSAGE = 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED'

test('an unknown id says the deal is not found, may be deleted, and links to the list', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(failedResourceMessage(404), { path: detailApiPath(MISSING_ID) })
  await page.goto(detailPath(MISSING_ID))
  const deepLink = page.url()

  await expect(
    page.getByRole('heading', { level: 1, name: 'Opportunity not found', exact: true }),
  ).toBeVisible()
  await expect(page.getByRole('main')).toContainText(MISSING_ID)
  await expect(page.getByRole('main')).toContainText(/deleted/)
  await expect(browseAll(page)).toHaveAttribute('href', '/opportunities')
  await expectNoBrokenText(page)
  expect(page.url()).toBe(deepLink)
})

test('a malformed id explains that the link is malformed', async ({ page, consoleErrors }) => {
  const id = 'bad%20id'
  consoleErrors.allow(failedResourceMessage(400), { path: detailApiPath(id) })
  await page.goto(detailPath(id))
  const deepLink = page.url()
  expect(deepLink).toMatch(/\/opportunities\/bad%20id$/)

  const alert = page.getByRole('alert')
  await expect(
    alert.getByRole('heading', { level: 1, name: 'This link looks malformed' }),
  ).toBeVisible()
  // Says what a valid id looks like, not just that this one is not.
  await expect(alert).toContainText('letters, digits')
  await expect(browseAll(page)).toHaveAttribute('href', '/opportunities')
  await expect(page).toHaveTitle(/malformed/)
  await expectNoBrokenText(page)
  expect(page.url()).toBe(deepLink)
})

test('a rejected API key is named, and whoever runs the dashboard is asked to fix it', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(failedResourceMessage(502), { path: detailApiPath(SHOWCASE_ID) })
  const deepLink = new URL(detailPath(SHOWCASE_ID), SERVERS.rejectedKey).href
  await page.goto(deepLink)

  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { level: 1 })).toContainText('API key')
  await expect(alert).toContainText('ask whoever runs the dashboard')
  // Not the reader's own Spott login, and the link itself is fine.
  await expect(alert).toContainText('not about your own Spott login')
  await expect(alert.getByRole('button', { name: 'Retry', exact: true })).toBeVisible()
  await expectNoBrokenText(page)
  expect(page.url()).toBe(deepLink)
})

test.describe('rate limited', () => {
  test.describe.configure({ timeout: 45_000 })

  test('says Spott is busy, counts down, and tries again by itself at a gentle pace', async ({
    page,
    consoleErrors,
  }) => {
    const apiPath = detailApiPath(SHOWCASE_ID)
    consoleErrors.allow(failedResourceMessage(429), { path: apiPath })
    const requests = countRequests(page, apiPath)
    const deepLink = new URL(detailPath(SHOWCASE_ID), SERVERS.saturated).href
    await page.goto(deepLink)

    const busy = page.getByRole('heading', { level: 1, name: 'Spott is busy', exact: true })
    const countdown = page.getByRole('alert').getByRole('status')

    // First the request waits out Spott's limit in place, a few times, saying so.
    await expect(page.getByRole('status').filter({ hasText: 'slow down' })).toBeVisible()
    await expect(busy).toBeVisible({ timeout: 15_000 })
    const firstRound = requests.count
    await expect(countdown).toHaveText(/^Trying again in \d+ s…$/)
    const seconds = Number(/\d+/.exec(await countdown.innerText())![0])
    expect(seconds).toBeGreaterThanOrEqual(1)
    expect(seconds).toBeLessThanOrEqual(SATURATED_RETRY_AFTER_S)
    await expect(page.getByRole('alert')).toContainText('tries again by itself')
    await expectNoBrokenText(page)
    expect(firstRound).toBeGreaterThanOrEqual(1)
    expect(page.url()).toBe(deepLink)

    // Without any click, a new request goes out once the countdown ends...
    await expect.poll(() => requests.count, { timeout: 10_000 }).toBeGreaterThan(firstRound)
    // ...and when that round fails too, the page says so again, with a fresh countdown.
    await expect(busy).toBeHidden()
    await expect(busy).toBeVisible({ timeout: 15_000 })
    await expect(countdown).toHaveText(/^Trying again in \d+ s…$/)
    // Two rounds cost the same: a few requests each, never a tight loop.
    expect(requests.count).toBe(2 * firstRound)
    expect(requests.count).toBeLessThanOrEqual(8)
    expect(page.url()).toBe(deepLink)
  })
})

test.describe('offline', () => {
  test('the error page says you are offline, and loads the deal by itself once back online', async ({
    page,
    context,
    consoleErrors,
  }) => {
    const apiPath = detailApiPath(SHOWCASE_ID)
    consoleErrors.allow(NETWORK_FAILURE_MESSAGE, { path: apiPath })
    // The connection drops while the deal loads: the server is unreachable... (Opened from
    // the list, so the browser fetches the deal: a deep link's page brings it along.)
    await page.route(`**${apiPath}`, (route) => route.abort('failed'))
    await openFromList(page, SHOWCASE_ID)
    const deepLink = page.url()
    const alert = page.getByRole('alert')
    await expect(
      alert.getByRole('heading', { level: 1, name: 'The dashboard could not be reached' }),
    ).toBeVisible()

    // ...and then the browser notices it is offline.
    await goOffline(page)
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText('You are offline')
    await expect(alert).toContainText('loads by itself as soon as you are back online')
    await expect(page).toHaveTitle(/^You are offline/)
    await expectNoBrokenText(page)

    const requests = countRequests(page, apiPath)
    await page.unroute(`**${apiPath}`)
    await context.setOffline(false)
    // No click on Retry: coming back online is enough.
    await expect(dealHeading(page)).toBeVisible()
    await expect(alert).toHaveCount(0)
    expect(requests.count).toBe(1)
    expect(page.url()).toBe(deepLink)
  })

  test('a deal clicked in the list while offline loads by itself once back online', async ({
    page,
    context,
  }) => {
    // Open a deal from the list first, so the detail page's code is already in the browser,
    // with its previous / next, which comes in its own chunk once a deal is opened from the
    // list (a deep link does not load it). What is left to fetch offline is the deal itself.
    await openFromList(page, MINIMAL_ID)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Opportunities in this list' })).toBeVisible()
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Opportunities', exact: true })
      .click()
    const row = page
      .getByRole('main')
      .getByRole('rowheader')
      .getByRole('link', { name: demoOpportunityName(SHOWCASE_ID), exact: true })
    await expect(row).toBeVisible()

    const requests = countRequests(page, detailApiPath(SHOWCASE_ID))
    await goOffline(page)
    await row.click()
    await expect(page).toHaveURL(new RegExp(`${detailPath(SHOWCASE_ID)}$`))
    const deepLink = page.url()
    await expect(dealHeading(page)).toHaveCount(0)
    // Nothing is sent while offline: it would only fail.
    expect(requests.count).toBe(0)

    await context.setOffline(false)
    await expect(dealHeading(page)).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(requests.count).toBe(1)
    expect(page.url()).toBe(deepLink)
  })

  test('a deal clicked in the list while offline says so, then loads by itself', async ({
    page,
    context,
    consoleErrors,
  }) => {
    consoleErrors.allow(OFFLINE_MESSAGE)
    page.on('request', (request) => {
      // The detail page's own code, which cannot load while offline.
      if (/\/assets\/.*\.js$/.test(request.url())) {
        consoleErrors.allow(
          `TypeError: Failed to fetch dynamically imported module: ${request.url()}`,
        )
      }
    })
    await page.goto('/opportunities')
    const row = page
      .getByRole('main')
      .getByRole('rowheader')
      .getByRole('link', { name: demoOpportunityName(SHOWCASE_ID), exact: true })
    await expect(row).toBeVisible()

    await goOffline(page)
    await row.click()
    await expect(page).toHaveURL(new RegExp(`${detailPath(SHOWCASE_ID)}$`))
    const deepLink = page.url()
    await expect(page.getByRole('main')).toContainText('You are offline')

    await context.setOffline(false)
    await expect(dealHeading(page)).toBeVisible()
    expect(page.url()).toBe(deepLink)
  })
})

test('a deal whose page code does not download says so, and Retry loads it', async ({
  page,
  consoleErrors,
}) => {
  // As after a redeploy that removed the old file: the deal page's own chunk fails, every
  // time, including the list's early fetch of it.
  const chunk = `/${detailChunkFile()}`
  consoleErrors.allow(NETWORK_FAILURE_MESSAGE, { path: chunk })
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === chunk) {
      consoleErrors.allow(
        `TypeError: Failed to fetch dynamically imported module: ${request.url()}`,
      )
    }
  })
  await page.route(`**${chunk}`, (route) => route.abort('failed'))

  await openFromList(page, SHOWCASE_ID)
  const deepLink = page.url()
  const alert = page.getByRole('alert')
  await expect(
    alert.getByRole('heading', { level: 1, name: 'This page could not be loaded' }),
  ).toBeVisible()
  await expect(alert).toContainText('Retry reloads it')
  // The app around the page still works, and the address is still the deal's.
  await expect(
    page.getByRole('banner').getByRole('link', { name: 'Spott opportunities' }),
  ).toBeVisible()
  expect(page.url()).toBe(deepLink)
  await expectNoBrokenText(page)

  await page.unroute(`**${chunk}`)
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(dealHeading(page)).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(page.url()).toBe(deepLink)
})

/** The deal page's chunk in the build under test, as Vite's manifest names it. */
function detailChunkFile(): string {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
    string,
    { file: string }
  >
  return manifest['src/features/opportunities/detail/opportunity-detail-page.tsx']!.file
}

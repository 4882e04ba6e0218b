import { createDemoOpportunities } from '../mock-spott/data.ts'
import {
  SERVERS,
  SHOWCASE_ID,
  countRequests,
  demoOpportunityName,
  detailApiPath,
  detailPath,
  expect,
  expectDetailLandmarks,
  fact,
  expectNoBrokenText,
  mockOpportunityName,
  openOpportunity,
  proxyCacheState,
  recordApiRequests,
  test,
} from './fixtures.ts'

const name = demoOpportunityName(SHOWCASE_ID)

test.describe('showcase deep link', () => {
  test.beforeEach(async ({ page }) => {
    await openOpportunity(page, SHOWCASE_ID)
  })

  test('shows the name, the labelled facts and the sections', async ({ page }) => {
    await expectDetailLandmarks(page, name)
    await expect(fact(page, 'Stage')).toContainText('Terms negotiation')
    await expect(fact(page, 'Company')).toContainText('Northwind Logistics')
    await expect(fact(page, 'Owner')).toContainText('Dana Reyes')
    await expect(fact(page, 'Close date').getByRole('time')).toBeVisible()
    await expect(fact(page, 'Created').getByRole('time')).toBeVisible()
  })

  test('links emails and phone numbers', async ({ page }) => {
    const maria = page.getByRole('article', { name: 'María José García López' })
    await expect(
      maria.getByRole('link', { name: 'maria.garcia@northwind.example' }),
    ).toHaveAttribute('href', 'mailto:maria.garcia@northwind.example')
    await expect(maria.getByRole('link', { name: '+44 20 7946 0321' })).toHaveAttribute(
      'href',
      'tel:+442079460321',
    )
    // Primary marks the primary email and the primary phone, and nothing else on her card.
    await expect(maria.getByText('Primary', { exact: true })).toHaveCount(2)
    await expect(
      maria.getByRole('list', { name: 'Emails' }).getByRole('listitem').first(),
    ).toContainText('maria.garcia@northwind.example')
  })

  test('flags what is overdue', async ({ page }) => {
    await expect(fact(page, 'Close date').getByText('Overdue')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Next task' }).getByText('Overdue')).toBeVisible()
  })

  test('marks AI values, and only those', async ({ page }) => {
    const row = (label: string) =>
      page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    await expect(row('AI account summary').getByText('filled by AI')).toBeAttached()
    await expect(row('AI account summary')).toContainText(/\bAI\b/)
    await expect(row('Lead source')).toContainText('AI · edited')
    await expect(
      row('AI culture-fit notes').getByRole('status').filter({ hasText: 'AI filling' }),
    ).toHaveCount(1)
    await expect(row('Headcount')).not.toContainText(/\bAI\b/)
    await expect(row('Internal notes')).not.toContainText(/\bAI\b/)
  })

  test('never shows programming values as text', async ({ page }) => {
    await expectNoBrokenText(page)
  })

  test('survives a hard reload', async ({ page }) => {
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    await expectDetailLandmarks(page, name)
  })

  test('a reload keeps the reader where they had scrolled to', async ({ page }) => {
    const attributes = page.getByRole('region', { name: 'Custom attributes' })
    await attributes.scrollIntoViewIfNeeded()
    const scrolled = await page.evaluate(() => window.scrollY)
    expect(scrolled).toBeGreaterThan(200)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled)
    await expect(attributes).toBeInViewport()
  })
})

test.describe('data path', () => {
  // A demo record past the list's first page, which no other spec opens on SERVERS.keyed:
  // a copy the proxy keeps of it can only come from this test's page.
  const unsharedId = createDemoOpportunities().at(-1)!.id
  const unsharedName = mockOpportunityName(unsharedId)

  test('a deep link arrives with its record: the browser asks nothing, the server asked Spott', async ({
    page,
  }) => {
    const api = recordApiRequests(page)
    const response = await page.goto(new URL(detailPath(unsharedId), SERVERS.keyed).href)
    // The record came inside the page, from the server's own read through the proxy.
    expect(await response!.text()).toContain(`id="spott-preload" data-id="${unsharedId}"`)
    await expectDetailLandmarks(page, unsharedName)
    // Give a fetch on mount every chance to show up before checking there was none.
    await page.waitForLoadState('networkidle')
    expect(api.paths, 'requests the browser made to /api').toEqual([])

    // That read went through the proxy: it keeps the answer for 5 s, so asking again now is
    // served from memory. Had the page not been built from Spott's answer, this would be a miss.
    const kept = await proxyCacheState(page, SERVERS.keyed, unsharedId)
    expect(kept.cache).toBe('hit')
    expect(kept.body).toMatchObject({ id: unsharedId })

    // A reload is a new page view, and again the page brings its record along.
    await page.reload()
    await expectDetailLandmarks(page, unsharedName)
    await page.waitForLoadState('networkidle')
    expect(api.paths, 'requests the browser made to /api after the reload').toEqual([])
  })

  test('a deal opened from the list reads its record through the same-origin proxy, once', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/opportunities')
    const row = page
      .getByRole('main')
      .getByRole('rowheader')
      .getByRole('link', { name, exact: true })
    await expect(row).toBeVisible()

    const apiPath = detailApiPath(SHOWCASE_ID)
    const requests = countRequests(page, apiPath)
    const responsePromise = page.waitForResponse(`**${apiPath}`)
    // Pointing at the row may already fetch it; the click then uses that answer.
    await row.click()

    const response = await responsePromise
    expect(response.status()).toBe(200)
    expect(new URL(response.url()).origin).toBe(new URL(baseURL ?? '').origin)
    expect(response.headers()['content-type']).toMatch(/^application\/json\b/)
    expect(await response.json()).toMatchObject({ id: SHOWCASE_ID })

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    // Give a refetch on mount every chance to show up before counting.
    await page.waitForLoadState('networkidle')
    expect(requests.count).toBe(1)
  })
})

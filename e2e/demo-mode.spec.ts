import {
  SERVERS,
  SHOWCASE_ID,
  demoBanner,
  detailPath,
  expect,
  mockOpportunityName,
  openOpportunity,
  recordApiRequests,
  test,
} from './fixtures.ts'

test.describe('demo mode is stated', () => {
  test('the demo server says its data is demo data', async ({ page }) => {
    await openOpportunity(page, SHOWCASE_ID)
    await expect(demoBanner(page)).toBeVisible()
    await expect(demoBanner(page)).toContainText('SPOTT_API_KEY')

    await page.getByRole('link', { name: 'Opportunities', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()
    await expect(demoBanner(page)).toBeVisible()
  })

  test('a deep link that arrives with its record says so too, with no API answer to tell', async ({
    page,
  }) => {
    // The proxy marks its answers as demo data with a header; a deep link's page brings the
    // record itself, so the server marks the record instead, and the banner must follow it.
    const api = recordApiRequests(page)
    const response = await page.goto(detailPath(SHOWCASE_ID))
    expect(await response!.text()).toContain(
      `id="spott-preload" data-id="${SHOWCASE_ID}" data-demo="1"`,
    )
    await expect(
      page.getByRole('heading', { level: 1, name: mockOpportunityName(SHOWCASE_ID) }),
    ).toBeVisible()
    await expect(demoBanner(page)).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(api.paths, 'requests the browser made to /api').toEqual([])
  })

  test('a server with a key shows no demo banner', async ({ page }) => {
    const api = recordApiRequests(page)
    const response = await page.goto(new URL(detailPath(SHOWCASE_ID), SERVERS.keyed).href)
    // The record came with the page, not marked as demo data.
    const html = await response!.text()
    expect(html).toContain(`id="spott-preload" data-id="${SHOWCASE_ID}"`)
    expect(html).not.toContain('data-demo')

    await expect(
      page.getByRole('heading', { level: 1, name: mockOpportunityName(SHOWCASE_ID) }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Client team' })).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(api.paths, 'requests the browser made to /api').toEqual([])
    await expect(demoBanner(page)).toHaveCount(0)
    await expect(page.getByText('Demo data')).toHaveCount(0)

    // The list is the browser's own request: its answer carries no demo mark either.
    const listAnswer = page.waitForResponse(
      (answer) => new URL(answer.url()).pathname === '/api/opportunities',
    )
    await page.getByRole('link', { name: 'Opportunities', exact: true }).click()
    const list = await listAnswer
    expect(list.status()).toBe(200)
    expect(list.headers()['x-spott-demo']).toBeUndefined()
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()
    await expect(demoBanner(page)).toHaveCount(0)
    await expect(page.getByText('Demo data')).toHaveCount(0)
  })
})

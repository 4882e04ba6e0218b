import {
  SERVERS,
  SHOWCASE_ID,
  demoBanner,
  detailApiPath,
  detailPath,
  expect,
  openOpportunity,
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

  test('a server with a key shows no demo banner', async ({ page }) => {
    const responsePromise = page.waitForResponse(`**${detailApiPath(SHOWCASE_ID)}`)
    await page.goto(new URL(detailPath(SHOWCASE_ID), SERVERS.keyed).href)
    const response = await responsePromise
    expect(response.status()).toBe(200)
    expect(response.headers()['x-spott-demo']).toBeUndefined()

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(demoBanner(page)).toHaveCount(0)
    await expect(page.getByText('Demo data')).toHaveCount(0)
  })
})

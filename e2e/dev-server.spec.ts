import {
  SERVERS,
  SHOWCASE_ID,
  demoBanner,
  demoOpportunityName,
  expect,
  expectDetailLandmarks,
  expectNoBrokenText,
  openOpportunity,
  test,
} from './fixtures.ts'

test.describe('vite dev server (npm run dev)', () => {
  test('a deep link renders the detail page, also after a hard reload', async ({ page }) => {
    const name = demoOpportunityName(SHOWCASE_ID)
    await openOpportunity(page, SHOWCASE_ID, SERVERS.dev)
    await expectDetailLandmarks(page, name)
    await expect(demoBanner(page)).toBeVisible()
    await expectNoBrokenText(page)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    await expectDetailLandmarks(page, name)
  })

  test('/ redirects to the list and unknown routes say not found', async ({ page }) => {
    await page.goto(SERVERS.dev)
    await expect(page).toHaveURL(`${SERVERS.dev}/opportunities`)
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()

    await page.goto(new URL('/nope/deeper', SERVERS.dev).href)
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible()
  })
})

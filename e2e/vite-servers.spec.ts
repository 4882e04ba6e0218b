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

// Everything else runs against `npm start`; these check the two Vite servers serve the same
// app, deep links included.
const VITE_SERVERS = [
  ['vite dev server (npm run dev)', SERVERS.dev],
  ['vite preview (npm run preview)', SERVERS.preview],
] as const

for (const [label, server] of VITE_SERVERS)
  test.describe(label, () => {
    test('a deep link renders the detail page, also after a hard reload', async ({ page }) => {
      const name = demoOpportunityName(SHOWCASE_ID)
      await openOpportunity(page, SHOWCASE_ID, server)
      await expectDetailLandmarks(page, name)
      await expect(demoBanner(page)).toBeVisible()
      await expectNoBrokenText(page)

      await page.reload()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
      await expectDetailLandmarks(page, name)
    })

    test('/ redirects to the list and unknown routes say not found', async ({ page }) => {
      await page.goto(server)
      await expect(page).toHaveURL(`${server}/opportunities`)
      await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()

      await page.goto(new URL('/nope/deeper', server).href)
      await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible()
    })
  })

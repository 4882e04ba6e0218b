import {
  MISSING_ID,
  SHOWCASE_ID,
  countRequests,
  demoOpportunityName,
  detailApiPath,
  detailPath,
  expect,
  expectDetailLandmarks,
  expectNoBrokenText,
  failedResourceMessage,
  test,
} from './fixtures.ts'

test.describe('not found', () => {
  test('an unknown opportunity id says so and links to the list', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(failedResourceMessage(404), { path: detailApiPath(MISSING_ID) })
    await page.goto(detailPath(MISSING_ID))

    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible()
    await expect(page).toHaveTitle(/not found/i)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expectNoBrokenText(page)
    const back = page.getByRole('main').getByRole('link', { name: 'Browse all opportunities' })
    await expect(back).toHaveAttribute('href', '/opportunities')
    await back.click()
    await expect(page).toHaveURL(/\/opportunities$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()
  })

  test('an unknown route shows the not-found page', async ({ page }) => {
    await page.goto('/nope/deeper')
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible()
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Browse all opportunities' }),
    ).toHaveAttribute('href', '/opportunities')
    await expectNoBrokenText(page)
  })
})

test.describe('browsing', () => {
  test('/ redirects to the list, whose rows open their detail pages', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/opportunities$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()
    await expect(page).toHaveTitle(/^Opportunities/)

    const rows = page.getByRole('main').getByRole('rowheader').getByRole('link')
    expect(await rows.count()).toBeGreaterThan(4)
    await expectNoBrokenText(page)

    const name = demoOpportunityName(SHOWCASE_ID)
    const link = rows.filter({ hasText: name })
    await expect(link).toHaveAttribute('href', detailPath(SHOWCASE_ID))

    const requests = countRequests(page, detailApiPath(SHOWCASE_ID))
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${detailPath(SHOWCASE_ID)}$`))
    await expectDetailLandmarks(page, name)
    await page.waitForLoadState('networkidle')
    expect(requests.count).toBe(1)

    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()
  })
})

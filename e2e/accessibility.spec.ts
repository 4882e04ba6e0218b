import {
  INTERNATIONAL_ID,
  MINIMAL_ID,
  MISSING_ID,
  SERVERS,
  SHOWCASE_ID,
  detailApiPath,
  detailPath,
  expect,
  expectNoAxeViolations,
  failedResourceMessage,
  forEachAppearance,
  holdRequests,
  mockOpportunityName,
  openFromList,
  openOpportunity,
  test,
} from './fixtures.ts'

// Every rule axe has (WCAG A/AA and best practices), on each state a person can meet, in
// light and dark, on a phone and a desktop. A state's four appearances share one page load.

test.describe('axe finds no violations', () => {
  for (const id of [SHOWCASE_ID, MINIMAL_ID, INTERNATIONAL_ID]) {
    test(`on the loaded detail page of ${id}`, async ({ page }) => {
      await openOpportunity(page, id)
      await forEachAppearance(page, (appearance) =>
        expectNoAxeViolations(page, `${id} loaded, ${appearance}`),
      )
    })
  }

  test('on the detail page while it loads', async ({ page }) => {
    // A deep link arrives with its record and never shows the loading state; a deal opened
    // from the list does, while the browser fetches it. Hold that fetch to look at it.
    const name = mockOpportunityName(SHOWCASE_ID)
    const hold = await holdRequests(page, detailApiPath(SHOWCASE_ID))
    await openFromList(page, SHOWCASE_ID)
    await hold.arrived
    await expect(page.getByRole('status').filter({ hasText: 'Loading opportunity' })).toBeAttached()

    await forEachAppearance(page, (appearance) =>
      expectNoAxeViolations(page, `loading skeleton, ${appearance}`),
    )
    // Still the skeleton: the checks above really ran on the loading state.
    await expect(page.locator('[aria-busy="true"]')).toBeAttached()
    await expect(page.getByRole('heading', { level: 1, name })).toHaveCount(0)

    hold.release()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  })

  test('on the not-found page of an unknown id', async ({ page, consoleErrors }) => {
    consoleErrors.allow(failedResourceMessage(404), { path: detailApiPath(MISSING_ID) })
    await page.goto(detailPath(MISSING_ID))
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible()
    await forEachAppearance(page, (appearance) =>
      expectNoAxeViolations(page, `not found, ${appearance}`),
    )
  })

  test('on the error page of a rejected API key', async ({ page, consoleErrors }) => {
    consoleErrors.allow(failedResourceMessage(502), { path: detailApiPath(SHOWCASE_ID) })
    await page.goto(new URL(detailPath(SHOWCASE_ID), SERVERS.rejectedKey).href)
    await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible()
    await forEachAppearance(page, (appearance) =>
      expectNoAxeViolations(page, `key rejected, ${appearance}`),
    )
  })

  test('on the list page', async ({ page }) => {
    // Four appearances of a long table and its filters: axe needs longer on a busy machine.
    test.slow()
    await page.goto('/opportunities')
    await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible()
    await expect(page.getByRole('main').getByRole('row').nth(1)).toBeVisible()
    await forEachAppearance(page, (appearance) =>
      expectNoAxeViolations(page, `list, ${appearance}`),
    )
  })
})

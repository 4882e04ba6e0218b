import {
  SERVERS,
  SHOWCASE_ID,
  detailApiPath,
  detailPath,
  expect,
  failedResourceMessage,
  openOpportunity,
  tabUntilFocused,
  test,
} from './fixtures.ts'

test.describe('keyboard', () => {
  test('Tab reaches the skip link, the navigation and the contact links', async ({ page }) => {
    await openOpportunity(page, SHOWCASE_ID)

    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
    await tabUntilFocused(page, page.getByRole('link', { name: 'Opportunities', exact: true }))
    await tabUntilFocused(page, page.getByRole('link', { name: 'maria.garcia@northwind.example' }))
  })

  test('Tab reaches Retry, and Enter presses it', async ({ page, consoleErrors }) => {
    consoleErrors.allow(failedResourceMessage(502), { path: detailApiPath(SHOWCASE_ID) })
    await page.goto(new URL(detailPath(SHOWCASE_ID), SERVERS.rejectedKey).href)
    const alert = page.getByRole('alert')
    await expect(alert).toBeVisible()

    const retry = alert.getByRole('button', { name: 'Retry', exact: true })
    await tabUntilFocused(page, retry)
    const again = page.waitForResponse(`**${detailApiPath(SHOWCASE_ID)}`)
    await page.keyboard.press('Enter')
    expect((await again).status()).toBe(502)

    await tabUntilFocused(page, alert.getByRole('link', { name: 'Browse all opportunities' }))
  })
})

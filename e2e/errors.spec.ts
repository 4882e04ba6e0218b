import {
  REJECTED_KEY,
  NETWORK_FAILURE_MESSAGE,
  SERVERS,
  SHOWCASE_ID,
  demoOpportunityName,
  detailApiPath,
  detailPath,
  expect,
  expectNoBrokenText,
  failedResourceMessage,
  openFromList,
  test,
} from './fixtures.ts'

test.describe('error states', () => {
  test('a malformed id explains what is wrong', async ({ page, consoleErrors }) => {
    consoleErrors.allow(failedResourceMessage(400), { path: detailApiPath('bad%20id') })
    await page.goto('/opportunities/bad%20id')

    const alert = page.getByRole('alert')
    await expect(alert.getByRole('heading', { name: /malformed/i })).toBeVisible()
    await expect(alert).toContainText('letters, digits')
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
    await expectNoBrokenText(page)
  })

  test('Retry recovers after a dropped connection', async ({ page, consoleErrors }) => {
    const apiPath = detailApiPath(SHOWCASE_ID)
    consoleErrors.allow(NETWORK_FAILURE_MESSAGE, { path: apiPath })
    let failing = true
    await page.route(`**${apiPath}`, (route) =>
      failing ? route.abort('failed') : route.continue(),
    )
    // From the list, so the browser fetches the deal itself: a deep link's page brings it
    // along, and the connection the test drops is the browser's.
    await openFromList(page, SHOWCASE_ID)

    const alert = page.getByRole('alert')
    const retry = alert.getByRole('button', { name: 'Retry' })
    await expect(retry).toBeVisible()
    await expect(alert.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoBrokenText(page)

    failing = false
    const recovered = page.waitForResponse(
      (response) => response.url().endsWith(apiPath) && response.status() === 200,
    )
    await retry.click()
    await recovered // the data is back; the page must now show it in place of the alert
    await expect(
      page.getByRole('heading', { level: 1, name: demoOpportunityName(SHOWCASE_ID) }),
    ).toBeVisible()
    await expect(alert).toHaveCount(0)
  })

  test('a rejected API key is named as the problem', async ({ page, consoleErrors }) => {
    consoleErrors.allow(failedResourceMessage(502), { path: detailApiPath(SHOWCASE_ID) })
    const responsePromise = page.waitForResponse(`**${detailApiPath(SHOWCASE_ID)}`)
    await page.goto(new URL(detailPath(SHOWCASE_ID), SERVERS.rejectedKey).href)
    const response = await responsePromise
    expect(response.status()).toBe(502)
    expect(await response.json()).toMatchObject({ status: 502, code: 'UPSTREAM_AUTH' })
    expect(await response.text()).not.toContain(REJECTED_KEY)

    const alert = page.getByRole('alert')
    await expect(alert).toContainText('API key')
    const retry = alert.getByRole('button', { name: 'Retry' })
    await expect(retry).toBeVisible()
    await expect(page.locator('body')).not.toContainText(REJECTED_KEY)
    await expectNoBrokenText(page)

    // Retrying cannot fix a bad key, but it must fail the same clear way.
    const again = page.waitForResponse(`**${detailApiPath(SHOWCASE_ID)}`)
    await retry.click()
    expect((await again).status()).toBe(502)
    await expect(alert.getByRole('button', { name: 'Retry', exact: true })).toBeEnabled()
    await expect(alert).toContainText('API key')
  })
})

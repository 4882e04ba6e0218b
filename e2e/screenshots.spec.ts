import {
  SHOWCASE_ID,
  expect,
  forEachAppearance,
  openOpportunity,
  pageBackground,
  test,
} from './fixtures.ts'

// Screenshots for review, attached to the test report (docs/screenshots is written by
// `npm run screenshots`, not here).
test('the showcase detail page at 360 and 1440px, light and dark', async ({ page }, testInfo) => {
  await openOpportunity(page, SHOWCASE_ID)
  await page.waitForLoadState('networkidle')
  const seen = new Set<string>()
  await forEachAppearance(page, async (appearance) => {
    // Avatars and logos are images: wait until every one has loaded (or failed to initials).
    await expect
      .poll(() => page.evaluate(() => Array.from(document.images).every((image) => image.complete)))
      .toBe(true)
    seen.add(await pageBackground(page))
    const body = await page.screenshot({ fullPage: true, animations: 'disabled' })
    await testInfo.attach(`showcase ${appearance}.png`.replace(/, /g, ' '), {
      body,
      contentType: 'image/png',
    })
  })
  expect(seen.size, 'light and dark were really captured').toBe(2)
  expect(testInfo.attachments.filter((item) => item.contentType === 'image/png')).toHaveLength(4)
})

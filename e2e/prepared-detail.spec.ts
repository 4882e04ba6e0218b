import {
  SHOWCASE_ID,
  detailApiPath,
  detailPath,
  expect,
  expectDetailLandmarks,
  expectNoAxeViolations,
  mockOpportunityName,
  test,
  type Page,
} from './fixtures.ts'

// The deal the pointer rests on is drawn ahead, out of sight (app/opportunities-layout.tsx),
// so that the click only reveals it. Out of sight has to mean out of reach as well.

const NAME = mockOpportunityName(SHOWCASE_ID)

/** Opens the list and rests the pointer on the showcase's row until its page is drawn. */
async function prepareShowcase(page: Page) {
  await page.goto('/opportunities')
  const row = page
    .getByRole('main')
    .getByRole('row')
    .filter({ has: page.locator(`a[href="${detailPath(SHOWCASE_ID)}"]`) })
  const answered = page.waitForResponse(`**${detailApiPath(SHOWCASE_ID)}`)
  await row.hover()
  await answered
  const prepared = page.locator('main h1').filter({ hasText: NAME })
  await expect(prepared).toBeAttached()
  return { row, prepared }
}

test('a prepared deal is hidden from sight, the keyboard, find in page and assistive technology', async ({
  page,
}) => {
  const { prepared } = await prepareShowcase(page)

  await expect(prepared).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Opportunities'])
  await expect(page).toHaveTitle(/^Opportunities · /)
  // Text only the deal's page has: the browser's own search does not find it.
  const found = await page.evaluate(() =>
    (window as unknown as { find: (text: string) => boolean }).find('Custom attributes'),
  )
  expect(found).toBe(false)

  // Tab from the top of the page: the header, then the list; never into the prepared page.
  await page.keyboard.press('Tab')
  for (let stop = 0; stop < 12; stop += 1) {
    const inPrepared = await page.evaluate(
      () => document.activeElement?.closest('[aria-hidden="true"]') != null,
    )
    expect(inPrepared, `Tab stop ${stop}`).toBe(false)
    await page.keyboard.press('Tab')
  }
  await expectNoAxeViolations(page, 'the list with a deal prepared')
})

test('clicking the row reveals the very page drawn ahead, with nothing fetched again', async ({
  page,
}) => {
  const { row, prepared } = await prepareShowcase(page)
  await prepared.evaluate((h1) => Object.assign(h1, { drawnAhead: true }))
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))

  await row.getByRole('link').click()

  const heading = page.getByRole('heading', { level: 1, name: NAME })
  await expect(heading).toBeVisible()
  expect(await heading.evaluate((h1) => 'drawnAhead' in h1)).toBe(true)
  await expectDetailLandmarks(page, NAME)
  expect(fetched.filter((path) => path.startsWith('/api/'))).toEqual([])
})

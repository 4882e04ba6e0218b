import { createDemoOpportunities, DEMO_OPPORTUNITY_COUNT } from '../mock-spott/data.ts'
import { expect, expectNoBrokenText, expectNoHorizontalOverflow, test } from './fixtures.ts'

const PAGE_SIZE = 25
const rowLinks = (page: import('./fixtures.ts').Page) =>
  page.getByRole('main').getByRole('rowheader').getByRole('link')
const loadedStatus = (page: import('./fixtures.ts').Page) =>
  page.getByRole('main').getByRole('status').filter({ hasText: 'loaded' })

test('the list pages through to the last opportunity with "Load more"', async ({ page }) => {
  // Without IntersectionObserver nothing loads by itself: the button is the only way on.
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'IntersectionObserver')
  })
  const listRequests: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/api/opportunities') listRequests.push(url.search)
  })
  await page.goto('/opportunities')
  await expect(rowLinks(page)).toHaveCount(PAGE_SIZE)
  await expect(loadedStatus(page)).toHaveText(`${PAGE_SIZE} opportunities loaded; more in Spott.`)
  const pipeline = page.getByRole('region', { name: 'Pipeline' })
  await expect(pipeline).toContainText(`The ${PAGE_SIZE} loaded so far`)

  const loadMore = page.getByRole('button', { name: 'Load more' })
  while (await loadMore.isVisible()) {
    const before = await rowLinks(page).count()
    await loadMore.click()
    await expect(rowLinks(page)).not.toHaveCount(before)
  }

  await expect(rowLinks(page)).toHaveCount(DEMO_OPPORTUNITY_COUNT)
  await expect(loadedStatus(page)).toHaveText(
    `${DEMO_OPPORTUNITY_COUNT} opportunities, all loaded.`,
  )
  // The per-stage counts cover every loaded row once and say they cover all of them.
  await expect(pipeline).toContainText(`All ${DEMO_OPPORTUNITY_COUNT}`)
  const counts = await pipeline
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => Number(item.querySelector('a')?.lastElementChild?.textContent)),
    )
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(DEMO_OPPORTUNITY_COUNT)

  const last = createDemoOpportunities().at(-1)!
  await expect(rowLinks(page).last()).toHaveText(rowName(last))
  await expect(rowLinks(page).last()).toHaveAttribute('href', `/opportunities/${last.id}`)
  await expectNoBrokenText(page)

  // The first page has no cursor; every later one passes the previous page's nextCursor.
  expect(listRequests[0]).toBe(`?limit=${PAGE_SIZE}`)
  expect(listRequests.slice(1).every((search) => /^\?limit=25&cursor=[^&]+$/.test(search))).toBe(
    true,
  )
  expect(listRequests).toHaveLength(Math.ceil(DEMO_OPPORTUNITY_COUNT / PAGE_SIZE))
})

test('scrolling to the end of the list loads the next page by itself', async ({ page }) => {
  await page.goto('/opportunities')
  await expect(rowLinks(page)).toHaveCount(PAGE_SIZE)
  await page.getByRole('button', { name: 'Load more' }).scrollIntoViewIfNeeded()
  await expect(rowLinks(page)).toHaveCount(PAGE_SIZE * 2)
})

test.describe('on a 360px wide phone', () => {
  test.use({ viewport: { width: 360, height: 780 } })

  test('rows stack into cards with labelled values and no sideways scrolling', async ({ page }) => {
    await page.goto('/opportunities')
    await expect(rowLinks(page)).toHaveCount(PAGE_SIZE)
    const firstRow = page.getByRole('main').getByRole('row').nth(1)
    await expect(firstRow.getByText('Close date', { exact: true })).toBeVisible()
    await expectNoHorizontalOverflow(page)
  })
})

test('a detail prefetched on hover or focus opens with no new request', async ({ page }) => {
  await page.goto('/opportunities')
  const [hovered, focused] = createDemoOpportunities().slice(2, 4)
  const detailRequests = (id: string) => {
    const urls: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/opportunities/${id}`) urls.push(request.url())
    })
    return urls
  }

  const hoveredRequests = detailRequests(hovered!.id)
  const prefetched = page.waitForResponse(`**/api/opportunities/${hovered!.id}`)
  await page
    .getByRole('main')
    .getByRole('row')
    .filter({ hasText: rowName(hovered!) })
    .hover()
  await prefetched
  await rowLinks(page)
    .filter({ hasText: rowName(hovered!) })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: rowName(hovered!) })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(hoveredRequests).toHaveLength(1)

  await page.goBack()
  const focusedRequests = detailRequests(focused!.id)
  const focusPrefetch = page.waitForResponse(`**/api/opportunities/${focused!.id}`)
  await rowLinks(page)
    .filter({ hasText: rowName(focused!) })
    .focus()
  await focusPrefetch
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: rowName(focused!) })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(focusedRequests).toHaveLength(1)
})

function rowName(record: ReturnType<typeof createDemoOpportunities>[number]): string {
  return (record.name as { name: string }).name
}

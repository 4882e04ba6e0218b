import { createDemoOpportunities, DEMO_OPPORTUNITY_COUNT } from '../mock-spott/data.ts'
import {
  expect,
  expectNoBrokenText,
  failedResourceMessage,
  fact,
  SERVERS,
  THROTTLED_KEY,
  test,
  type Page,
} from './fixtures.ts'

/**
 * Search, filters and sort in the URL; previous/next through a filtered list; keyboard
 * use; Back/Forward. Expected rows are worked out here from the demo data the mock serves,
 * independently of the app's own filtering code.
 */

type DemoRecord = ReturnType<typeof createDemoOpportunities>[number]
type Wrapped<K extends string, T> = Partial<Record<K, T>> | null | undefined

const DEMO = createDemoOpportunities()
const nameOf = (record: DemoRecord) => (record.name as { name: string }).name
const stageOf = (record: DemoRecord) =>
  (record.stage as Wrapped<'stage', { id: string; name: string }>)?.stage
const ownerOf = (record: DemoRecord) =>
  (record.owner as Wrapped<'owner', { id: string } | null>)?.owner ?? null
const byName = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' }).compare

const NEGOTIATION = 'stg_negotiation'
const negotiationNames = DEMO.filter((record) => stageOf(record)?.id === NEGOTIATION)
  .map(nameOf)
  .sort(byName)

const rowLinks = (page: Page) => page.getByRole('main').getByRole('rowheader').getByRole('link')
const listStatus = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /match|loaded/ })
const heading = (page: Page) => page.getByRole('heading', { level: 1 })
/** A search or filter control of the list (never a detail page's labelled fact). */
const control = (page: Page, label: string) =>
  page.getByRole('search').getByLabel(label, { exact: true })
const listNavigation = (page: Page) =>
  page.getByRole('navigation', { name: 'Opportunities in this list' })

/** Without IntersectionObserver nothing loads by scrolling: only what the test asks for. */
const withoutScrollLoading = (page: Page) =>
  page.addInitScript(() => {
    Reflect.deleteProperty(window, 'IntersectionObserver')
  })

async function loadAll(page: Page) {
  await page.getByRole('button', { name: 'Load all' }).click()
  await expect(listStatus(page)).toContainText(`${DEMO_OPPORTUNITY_COUNT} opportunities`, {
    timeout: 15_000,
  })
  await expect(page.getByRole('button', { name: 'Load all' })).toHaveCount(0)
}

test('a filtered, sorted view opens from a shared link', async ({ page }) => {
  await page.goto(`/opportunities?stage=${NEGOTIATION}&sort=name&dir=desc`)

  await expect(control(page, 'Stage')).toHaveValue(NEGOTIATION)
  await expect(control(page, 'Sort by')).toHaveValue('name:desc')
  await expect(listStatus(page)).toContainText('of the 25 opportunities loaded match')
  await expect(page.getByRole('main')).toContainText('covers only the pages loaded so far')

  await loadAll(page)
  const expected = [...negotiationNames].reverse()
  await expect(rowLinks(page)).toHaveText(expected)
  await expect(listStatus(page)).toHaveText(
    `${expected.length} of ${DEMO_OPPORTUNITY_COUNT} opportunities match.`,
  )
  // The pipeline bar of the chosen stage is marked as the current filter.
  await expect(
    page.getByRole('region', { name: 'Pipeline' }).locator('a[aria-current="true"]'),
  ).toContainText('Terms negotiation')
  await expectNoBrokenText(page)
})

test('search matches contact names and writes the URL without a history entry per key', async ({
  page,
}) => {
  await page.goto('/opportunities')
  await expect(rowLinks(page)).not.toHaveCount(0)
  const entries = await page.evaluate(() => history.length)

  // María José García López is a client contact on the showcase deal, not in its name.
  await control(page, 'Search').pressSequentially('maria garcia')
  await expect(page).toHaveURL(/\?q=maria\+garcia$/)
  await expect(rowLinks(page)).toContainText([/Retained search: VP Engineering/])
  expect(await page.evaluate(() => history.length)).toBe(entries)

  await control(page, 'Search').fill('zzzz no such deal')
  await expect(page.getByRole('heading', { name: 'No opportunities match' })).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).first().click()
  await expect(page).toHaveURL(/\/opportunities$/)
  await expect(control(page, 'Search')).toHaveValue('')
  await expect(rowLinks(page)).not.toHaveCount(0)
})

test('previous and next on a detail page follow the list’s filter and sort', async ({ page }) => {
  await page.goto(`/opportunities?stage=${NEGOTIATION}&sort=name`)
  await loadAll(page)
  await rowLinks(page).first().click()

  const count = negotiationNames.length
  await expect(heading(page)).toHaveText(negotiationNames[0]!)
  await expect(listNavigation(page)).toContainText(`1 of ${count}`)
  await expect(listNavigation(page).getByRole('button', { name: 'Previous' })).toBeDisabled()

  await page.keyboard.press('j')
  await expect(heading(page)).toHaveText(negotiationNames[1]!)
  await expect(fact(page, 'Stage')).toContainText('Terms negotiation')
  await listNavigation(page).getByRole('button', { name: 'Next' }).click()
  await expect(heading(page)).toHaveText(negotiationNames[2]!)
  await expect(listNavigation(page)).toContainText(`3 of ${count}`)
  await page.keyboard.press('k')
  await expect(heading(page)).toHaveText(negotiationNames[1]!)

  // The breadcrumb leads back to the same view of the list.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click()
  await expect(page).toHaveURL(`/opportunities?stage=${NEGOTIATION}&sort=name`)
  await expect(control(page, 'Stage')).toHaveValue(NEGOTIATION)
})

test('next at the end of the loaded rows loads the following page to find the next match', async ({
  page,
}) => {
  await withoutScrollLoading(page)
  const won = DEMO.filter((record) => stageOf(record)?.id === 'stg_won')
  const firstPageWon = won.filter((record) => DEMO.indexOf(record) < 25)
  const lastLoaded = firstPageWon.at(-1)!
  const following = won[firstPageWon.length]!
  await page.goto('/opportunities?stage=stg_won')
  await expect(rowLinks(page)).toHaveCount(firstPageWon.length)

  await rowLinks(page).last().click()
  await expect(heading(page)).toHaveText(nameOf(lastLoaded))
  await expect(listNavigation(page)).toContainText(
    `${firstPageWon.length} of ${firstPageWon.length} loaded`,
  )
  await page.keyboard.press('j')
  await expect(heading(page)).toHaveText(nameOf(following))
})

test('the list works from the keyboard: / to search, j and k to move, Enter to open', async ({
  page,
}) => {
  await page.goto('/opportunities')
  await expect(rowLinks(page)).not.toHaveCount(0)
  const names = await rowLinks(page).allTextContents()

  await page.keyboard.press('j')
  await expect(rowLinks(page).nth(0)).toBeFocused()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(rowLinks(page).nth(2)).toBeFocused()
  await page.keyboard.press('k')
  await expect(rowLinks(page).nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(heading(page)).toHaveText(names[1]!)
  // Previous / Next (and their j / k) load with their own code and show up to a moment after
  // the deal: a person presses j once they see where they are in the list, and so does this.
  await expect(listNavigation(page)).toContainText(`2 of ${names.length}`)
  await page.keyboard.press('j')
  await expect(heading(page)).toHaveText(names[2]!)
  await expect(listNavigation(page)).toContainText(`3 of ${names.length}`)

  await page.goBack()
  await page.goBack()
  await expect(rowLinks(page)).not.toHaveCount(0)
  await page.keyboard.press('/')
  const search = control(page, 'Search')
  await expect(search).toBeFocused()
  // Inside the box, j is a letter to search for, not a shortcut.
  await page.keyboard.type('j')
  await expect(search).toHaveValue('j')
  await expect(search).toBeFocused()
})

test('Back and Forward restore the filter and the scroll position', async ({ page }) => {
  await page.goto('/opportunities')
  await expect(rowLinks(page)).not.toHaveCount(0)
  await control(page, 'Owner').selectOption('usr_dana')
  await expect(page).toHaveURL('/opportunities?owner=usr_dana')
  await loadAll(page)

  const danaNames = DEMO.filter((record) => ownerOf(record)?.id === 'usr_dana').map(nameOf)
  await expect(rowLinks(page)).toHaveText(danaNames)
  const target = rowLinks(page).last()
  await target.scrollIntoViewIfNeeded()
  const scrolled = await page.evaluate(() => window.scrollY)
  expect(scrolled).toBeGreaterThan(200)
  await target.click()
  await expect(heading(page)).toHaveText(danaNames.at(-1)!)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)

  await page.goBack()
  await expect(page).toHaveURL('/opportunities?owner=usr_dana')
  await expect(control(page, 'Owner')).toHaveValue('usr_dana')
  await expect(rowLinks(page)).toHaveText(danaNames)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled)
  await expect(target).toBeInViewport()

  // Choosing the owner was its own history entry: Back undoes it, Forward redoes it.
  await page.goBack()
  await expect(page).toHaveURL('/opportunities')
  await expect(control(page, 'Owner')).toHaveValue('')
  await page.goForward()
  await expect(page).toHaveURL('/opportunities?owner=usr_dana')
  await expect(rowLinks(page)).toHaveText(danaNames)
})

test('a rate-limited page waits for Retry-After, says so, then loads by itself', async ({
  page,
  request,
  consoleErrors,
}) => {
  consoleErrors.allow(failedResourceMessage(429), { path: '/api/opportunities' })
  await withoutScrollLoading(page)
  const statuses: number[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/opportunities') statuses.push(response.status())
  })
  await page.goto(new URL('/opportunities', SERVERS.throttled).href)
  await expect(rowLinks(page)).toHaveCount(25)

  // The mock allows one request per window. Another client of the same key uses it up
  // right now (however long the first page took), so the next page is refused with a
  // Retry-After. By keyboard, so no row ends up under the pointer and prefetches.
  await page.getByRole('button', { name: 'Load more' }).focus()
  await request.get(`${SERVERS.mockSpott}/opportunities?limit=1`, {
    headers: { 'x-api-key': THROTTLED_KEY },
  })
  await page.keyboard.press('Enter')
  const notice = page.getByRole('status').filter({ hasText: 'slow down' })
  await expect(notice).toContainText(/Trying again in \d+ s/)
  await expect(rowLinks(page)).toHaveCount(50, { timeout: 10_000 })
  await expect(notice).toHaveCount(0)
  // One refusal, one retry after the wait: no burst of retries.
  expect(statuses).toEqual([200, 429, 200])
  await expectNoBrokenText(page)
})

import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createDemoOpportunities } from '../../../../mock-spott/data'
import { nodeHttpFetch } from '../../../test/node-http-fetch'
import { renderApp as renderWholeApp } from '../../../test/render-app'
import { expectReadableText } from '../../../test/readable-text'
import { type SpottStack, type SpottStackOptions } from '../../../test/spott-stack'
import { useSpottStack } from '../../../test/use-spott-stack'

/**
 * The list page through the app's routes over real HTTP: happy-dom's fetch → the real proxy
 * → the real mock Spott API (124 demo opportunities, 25 a page). The page is opened at the
 * proxy's origin, so the app's relative `/api/...` URLs work.
 */

/** Generous: the first render also compiles the lazy route modules, on a busy machine. */
const LOAD = { timeout: 10_000 }
// Real HTTP, a rate limit's real waits and "Load all"'s real pacing take seconds, not ms.
vi.setConfig({ testTimeout: 30_000 })
const PAGE_SIZE = 25

/**
 * The demo pipeline in Spott's order, read straight from the mock's records (not through the
 * app's parser or its search and sort), to compare the page against.
 */
type DemoRow = { id: string; name: string; stageId: string }
const DEMO: DemoRow[] = createDemoOpportunities().map((record) => ({
  id: record.id,
  name: (record.name as { name: string }).name,
  stageId: (record.stage as { stage: { id: string } }).stage.id,
}))
const FIRST_PAGE = DEMO.slice(0, PAGE_SIZE)
const byNameThenSpottOrder = (rows: DemoRow[]) =>
  rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        a.row.name.localeCompare(b.row.name, 'en', { numeric: true, sensitivity: 'base' }) ||
        a.index - b.index,
    )
    .map(({ row }) => row)

/** Terms negotiation, by name, among the first page: what `?stage=…&sort=name` shows. */
const NEGOTIATION = 'stg_negotiation'
const NEGOTIATION_BY_NAME = byNameThenSpottOrder(
  FIRST_PAGE.filter((row) => row.stageId === NEGOTIATION),
)
const FILTERED_SEARCH = `?stage=${NEGOTIATION}&sort=name`

let stack: SpottStack

const useStack = (options?: SpottStackOptions) =>
  useSpottStack({ options, onStart: (started) => (stack = started) })

const useStackPerTest = (options: SpottStackOptions) =>
  useSpottStack({
    options,
    perTest: true,
    onStart: (started) => {
      otherClientAt = undefined
      stack = started
    },
  })

/** Spott's rate limit is per key, shared by the whole team. */
const THROTTLED_KEY = 'sk_test_throttled_key'

/** When another client of the key last asked Spott for something (see below). */
let otherClientAt: number | undefined

/**
 * Just before the list's first request for a next page reaches Spott, another client of the
 * team's key (a colleague's tab) asks Spott for something, using up the window's one request:
 * the page then meets the limit however long the first page took to show. The window it meets
 * has begun by `otherClientAt`.
 */
async function otherClientBeforeNextPage(path: string) {
  if (!path.includes('cursor=') || otherClientAt !== undefined) return
  await nodeHttpFetch(`${stack.spottUrl}/opportunities?limit=1`, {
    headers: { 'x-api-key': THROTTLED_KEY },
  })
  otherClientAt = Date.now()
}

function renderApp(path: string, options: { retry?: boolean } = {}) {
  return {
    ...renderWholeApp(path, { ...options, settleTimeout: LOAD.timeout }),
    user: userEvent.setup(),
  }
}

/** The names in the table's rows, top to bottom. */
const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)

const rowLinks = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link'))

/** The one line that says what the list shows and over what. */
function coverageLine(): HTMLElement {
  const line = screen
    .getAllByRole('status')
    .find((status) => status.textContent.includes('opportunit'))
  if (!line) throw new Error('No status line about the opportunities is shown')
  return line
}

const stageSelect = () => screen.getByRole('combobox', { name: /^Stage/ })
const searchBox = () => screen.getByRole('searchbox', { name: /^Search/ })

/** List requests the proxy sent upstream, with their query parameters. */
const upstreamListRequests = () =>
  stack.upstreamRequests
    .map((path) => new URL(path, 'http://spott.invalid'))
    .filter((url) => url.pathname === '/opportunities')
    .map((url) => url.searchParams)

describe('while Spott is slow to answer', () => {
  useStack({ latencyMs: 800 })

  beforeAll(async () => {
    // The route's code is loaded up front, so the page (not the app shell) waits for data.
    await import('./opportunity-list-page')
  })

  test('the first page shows a loading status, then the rows', async () => {
    const { settled } = renderApp('/opportunities')

    const loading = await screen.findByRole('status', {}, LOAD)
    expect(loading).toHaveTextContent('Loading opportunities…')
    expect(screen.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()

    expect(await screen.findByRole('table', {}, LOAD)).toBeInTheDocument()
    expect(screen.queryByText('Loading opportunities…')).not.toBeInTheDocument()
    expect(rowNames()).toEqual(FIRST_PAGE.map((row) => row.name))
    expect(coverageLine()).toHaveTextContent('25 opportunities loaded; more in Spott.')
    expectReadableText(document.body)
    await settled()
  })
})

describe('when Spott has no opportunities', () => {
  useStack({ opportunities: [] })

  test('says so, with no table and nothing to load', async () => {
    const { settled } = renderApp('/opportunities')

    expect(
      await screen.findByRole('heading', { level: 2, name: 'No opportunities yet' }, LOAD),
    ).toBeInTheDocument()
    expect(screen.getByText('Spott has no opportunities for this account.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Load/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument()
    expectReadableText(document.body)

    await settled()
    expect(stack.upstreamRequests).toEqual(['/opportunities?limit=25'])
  })
})

describe('with the demo pipeline', () => {
  useStack()

  test('a filtered, sorted deep link shows only that stage, by name', async () => {
    const { settled } = renderApp(`/opportunities${FILTERED_SEARCH}`)

    await screen.findByRole('table', {}, LOAD)
    expect(NEGOTIATION_BY_NAME.length).toBeGreaterThan(2)
    expect(rowNames()).toEqual(NEGOTIATION_BY_NAME.map((row) => row.name))
    for (const link of rowLinks()) {
      const id = decodeURIComponent(link.getAttribute('href')!.split('/').pop()!)
      expect(DEMO.find((row) => row.id === id)?.stageId).toBe(NEGOTIATION)
    }
    expect(stageSelect()).toHaveValue(NEGOTIATION)
    expect(stageSelect()).toHaveDisplayValue(`Terms negotiation (${NEGOTIATION_BY_NAME.length})`)
    expect(screen.getByRole('combobox', { name: /^Sort by/ })).toHaveDisplayValue('Name, A to Z')
    expect(coverageLine()).toHaveTextContent(
      `${NEGOTIATION_BY_NAME.length} of the 25 opportunities loaded match; more in Spott may match too.`,
    )
    expect(
      screen.getByText(/covers only the pages loaded so far/, { selector: 'p' }),
    ).toBeInTheDocument()
    expectReadableText(document.body)

    await settled()
    expect(stack.upstreamRequests).toEqual(['/opportunities?limit=25'])
  })

  test('a filter is a new history entry, typing a search replaces it, Clear keeps the sort', async () => {
    const { router, user, settled } = renderApp('/opportunities?sort=name')
    await screen.findByRole('table', {}, LOAD)
    const byName = byNameThenSpottOrder(FIRST_PAGE).map((row) => row.name)
    expect(rowNames()).toEqual(byName)

    await user.selectOptions(stageSelect(), NEGOTIATION)
    expect(router.state.location.search).toBe(FILTERED_SEARCH)
    expect(router.state.historyAction).toBe('PUSH')
    expect(rowNames()).toEqual(NEGOTIATION_BY_NAME.map((row) => row.name))

    await user.type(searchBox(), 'hire')
    expect(router.state.location.search).toBe(`?q=hire&stage=${NEGOTIATION}&sort=name`)
    expect(router.state.historyAction).toBe('REPLACE')
    expect(searchBox()).toHaveValue('hire')
    const hires = NEGOTIATION_BY_NAME.filter((row) => row.name.toLowerCase().includes('hire'))
    expect(hires.length).toBeGreaterThan(0)
    expect(rowNames()).toEqual(hires.map((row) => row.name))

    // The keystrokes replaced the filter's entry: one step back is the list before the filter.
    await act(() => router.navigate(-1))
    expect(router.state.location.search).toBe('?sort=name')
    expect(searchBox()).toHaveValue('')
    expect(stageSelect()).toHaveValue('')
    expect(rowNames()).toEqual(byName)

    await act(() => router.navigate(1))
    expect(router.state.location.search).toBe(`?q=hire&stage=${NEGOTIATION}&sort=name`)
    expect(searchBox()).toHaveValue('hire')

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(router.state.location.search).toBe('?sort=name')
    expect(router.state.historyAction).toBe('PUSH')
    expect(searchBox()).toHaveValue('')
    expect(stageSelect()).toHaveValue('')
    expect(rowNames()).toEqual(byName)
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()

    // Filtering in the browser never asks Spott again.
    await settled()
    expect(stack.upstreamRequests).toEqual(['/opportunities?limit=25'])
  })

  test('a search that matches nothing says so and offers Clear filters', async () => {
    const { router, user } = renderApp('/opportunities?sort=name')
    await screen.findByRole('table', {}, LOAD)

    await user.type(searchBox(), 'zzqxj')

    const heading = await screen.findByRole('heading', { name: 'No opportunities match' })
    const empty = heading.parentElement!
    expect(empty).toHaveTextContent(
      'None of the opportunities loaded so far match. Some of those not loaded yet may.',
    )
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(
      within(empty).getByRole('button', { name: 'Load all and search again' }),
    ).toBeInTheDocument()
    expect(coverageLine()).toHaveTextContent('0 of the 25 opportunities loaded match')
    expectReadableText(document.body)

    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }))

    expect(router.state.location.search).toBe('?sort=name')
    expect(searchBox()).toHaveValue('')
    expect(screen.queryByRole('heading', { name: 'No opportunities match' })).toBeNull()
    expect(rowNames()).toEqual(byNameThenSpottOrder(FIRST_PAGE).map((row) => row.name))
  })

  test('"Load all and search again" searches every page', async () => {
    const { user } = renderApp('/opportunities?q=zzqxj')
    const heading = await screen.findByRole('heading', { name: 'No opportunities match' }, LOAD)
    const empty = heading.parentElement!

    await user.click(within(empty).getByRole('button', { name: 'Load all and search again' }))

    expect(
      await screen.findByText(
        'None of the opportunities in Spott match this search and these filters.',
        {},
        LOAD,
      ),
    ).toBeInTheDocument()
    expect(within(empty).queryByRole('button', { name: /Load all/ })).not.toBeInTheDocument()
    expect(coverageLine()).toHaveTextContent('0 of 124 opportunities match.')
    expect(upstreamListRequests()).toHaveLength(Math.ceil(DEMO.length / PAGE_SIZE))
  })

  test('"Load all" loads every page, one request a page, and says all are loaded', async () => {
    const { user, settled } = renderApp('/opportunities')
    await screen.findByRole('table', {}, LOAD)
    expect(rowNames()).toHaveLength(PAGE_SIZE)

    await user.click(screen.getByRole('button', { name: 'Load all' }))
    expect(screen.getByRole('button', { name: 'Stop loading' })).toBeInTheDocument()
    expect(coverageLine()).toHaveTextContent(/^Loading all opportunities… \d+ loaded so far\.$/)

    await waitFor(() => expect(rowNames()).toHaveLength(DEMO.length), LOAD)
    expect(rowNames()).toEqual(DEMO.map((row) => row.name))
    await waitFor(() => expect(coverageLine()).toHaveTextContent('124 opportunities, all loaded.'))
    expect(screen.queryByRole('button', { name: 'Load all' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Stop loading' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    expect(screen.getByText('All 124')).toBeInTheDocument()
    expectReadableText(document.body)

    await settled()
    const requests = upstreamListRequests()
    expect(requests).toHaveLength(Math.ceil(DEMO.length / PAGE_SIZE))
    requests.forEach((params, index) => {
      expect(params.get('limit')).toBe(String(PAGE_SIZE))
      expect(params.has('cursor')).toBe(index > 0)
    })
    expect(new Set(requests.map((params) => params.get('cursor'))).size).toBe(requests.length)
  })

  test('from a filtered list, the detail page steps through the same matches in order', async () => {
    const { router, user } = renderApp(`/opportunities${FILTERED_SEARCH}`)
    await screen.findByRole('table', {}, LOAD)
    const [first, second, third] = NEGOTIATION_BY_NAME as [DemoRow, DemoRow, DemoRow]
    const count = NEGOTIATION_BY_NAME.length

    await user.click(rowLinks()[0]!)

    const nav = async (position: number, row: DemoRow) => {
      await waitFor(() => expect(router.state.location.pathname).toBe(`/opportunities/${row.id}`))
      expect(
        await screen.findByRole('heading', { level: 1, name: row.name }, LOAD),
      ).toBeInTheDocument()
      // "1 of 6 loaded": only the first page is loaded, so that is all it can count. Waited
      // for: on a busy machine the h1 can be committed a render ahead of the position.
      return waitFor(() => {
        const navigation = screen.getByRole('navigation', { name: 'Opportunities in this list' })
        expect(navigation).toHaveTextContent(new RegExp(`^${position} of ${count} loaded`))
        return navigation
      })
    }

    let navigation = await nav(1, first)
    expect(within(navigation).getByRole('button', { name: 'Previous' })).toBeDisabled()
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(breadcrumb).getByRole('link', { name: 'Opportunities' })).toHaveAttribute(
      'href',
      `/opportunities${FILTERED_SEARCH}`,
    )

    await user.click(within(navigation).getByRole('button', { name: 'Next' }))
    await nav(2, second)

    await user.keyboard('j')
    await nav(3, third)

    await user.keyboard('k')
    navigation = await nav(2, second)

    await user.click(within(navigation).getByRole('button', { name: 'Previous' }))
    await nav(1, first)
    expectReadableText(document.body)

    // Back to the list as it was left: same filter and sort.
    await user.click(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', {
        name: 'Opportunities',
      }),
    )
    expect(router.state.location.pathname).toBe('/opportunities')
    expect(router.state.location.search).toBe(FILTERED_SEARCH)
    await screen.findByRole('heading', { level: 1, name: 'Opportunities' }, LOAD)
    expect(rowNames()).toEqual(NEGOTIATION_BY_NAME.map((row) => row.name))
    expect(stageSelect()).toHaveValue(NEGOTIATION)
  })

  test('a detail opened by its URL has no list navigation and costs one request', async () => {
    const [row] = NEGOTIATION_BY_NAME as [DemoRow]
    const { settled } = renderApp(`/opportunities/${row.id}`)

    expect(
      await screen.findByRole('heading', { level: 1, name: row.name }, LOAD),
    ).toBeInTheDocument()
    expect(
      screen.queryByRole('navigation', { name: 'Opportunities in this list' }),
    ).not.toBeInTheDocument()
    expect(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', {
        name: 'Opportunities',
      }),
    ).toHaveAttribute('href', '/opportunities')

    await settled()
    expect(stack.upstreamRequests).toEqual([`/opportunities/${row.id}`])
  })

  test('j and k move along the row links, / goes to the search box, where j is typed', async () => {
    const { router, user } = renderApp('/opportunities')
    await screen.findByRole('table', {}, LOAD)
    const links = rowLinks()

    await user.keyboard('j')
    expect(links[0]).toHaveFocus()
    await user.keyboard('jj')
    expect(links[2]).toHaveFocus()
    await user.keyboard('k')
    expect(links[1]).toHaveFocus()
    await user.keyboard('kk')
    expect(links[0]).toHaveFocus()

    await user.keyboard('/')
    expect(searchBox()).toHaveFocus()
    expect(searchBox()).toHaveValue('')

    await user.keyboard('j')
    expect(searchBox()).toHaveFocus()
    expect(searchBox()).toHaveValue('j')
    expect(router.state.location.search).toBe('?q=j')
    expect(router.state.location.pathname).toBe('/opportunities')
  })

  test('Enter on a row link reached with j opens that opportunity', async () => {
    const { router, user } = renderApp('/opportunities')
    await screen.findByRole('table', {}, LOAD)

    await user.keyboard('jj{Enter}')

    const second = FIRST_PAGE[1]!
    expect(
      await screen.findByRole('heading', { level: 1, name: second.name }, LOAD),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/opportunities/${second.id}`)
  })
})

describe('when the next page fails', () => {
  /** One request per window: another client uses it, so the next page is refused. */
  const WINDOW_MS = 3000
  useStackPerTest({
    throttle: { apiKey: THROTTLED_KEY, limit: 1, windowMs: WINDOW_MS },
    beforeUpstream: otherClientBeforeNextPage,
  })

  test('the rows stay, an alert says so, and "Try again" recovers', async () => {
    const { user, settled } = renderApp('/opportunities')
    await screen.findByRole('table', {}, LOAD)

    await user.click(screen.getByRole('button', { name: 'Load more' }))

    const alert = await screen.findByRole('alert', {}, LOAD)
    expect(alert).toHaveTextContent(
      'The next page did not load: Spott is rate limiting the dashboard. Try again shortly.',
    )
    expect(rowNames()).toEqual(FIRST_PAGE.map((row) => row.name))
    expect(coverageLine()).toHaveTextContent('25 opportunities loaded; more in Spott.')
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    const tryAgain = screen.getByRole('button', { name: 'Try again' })
    expectReadableText(document.body)

    // Once the limit's window is over, Spott answers again.
    await new Promise((resolve) =>
      setTimeout(resolve, otherClientAt! + WINDOW_MS + 100 - Date.now()),
    )
    await user.click(tryAgain)

    await waitFor(() => expect(rowNames()).toHaveLength(2 * PAGE_SIZE), LOAD)
    expect(rowNames()).toEqual(DEMO.slice(0, 2 * PAGE_SIZE).map((row) => row.name))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument()
    expect(coverageLine()).toHaveTextContent('50 opportunities loaded; more in Spott.')

    await settled()
    const [first, failed, retried] = stack.upstreamResponses
    expect(stack.upstreamResponses).toHaveLength(3)
    expect(first).toEqual({ path: '/opportunities?limit=25', status: 200 })
    expect(failed?.status).toBe(429)
    expect(failed?.path).toMatch(/^\/opportunities\?limit=25&cursor=/)
    expect(retried).toEqual({ path: failed?.path, status: 200 })
  })
})

describe('when Spott rate limits the dashboard', () => {
  useStackPerTest({
    throttle: { apiKey: THROTTLED_KEY, limit: 1, windowMs: 1500 },
    beforeUpstream: otherClientBeforeNextPage,
  })

  test('the next page waits out the limit by itself, saying so meanwhile', async () => {
    // The real retry policy: a 429 is retried after its Retry-After.
    const { user, settled } = renderApp('/opportunities', { retry: true })
    await screen.findByRole('table', {}, LOAD)

    await user.click(screen.getByRole('button', { name: 'Load more' }))

    const notice = await screen.findByText(/slow down/, {}, LOAD)
    expect(notice).toHaveAttribute('role', 'status')
    expect(notice).toHaveTextContent(
      /^Spott asked the dashboard to slow down \(rate limit\)\. Trying again in [12] s…$/,
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(rowNames()).toHaveLength(PAGE_SIZE)
    expectReadableText(document.body)

    await waitFor(() => expect(rowNames()).toHaveLength(2 * PAGE_SIZE), LOAD)
    expect(screen.queryByText(/slow down/)).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    await settled()
    const [first, limited, retried] = stack.upstreamResponses
    expect(stack.upstreamResponses).toHaveLength(3)
    expect(first).toEqual({ path: '/opportunities?limit=25', status: 200 })
    expect(limited?.status).toBe(429)
    expect(limited?.path).toMatch(/^\/opportunities\?limit=25&cursor=/)
    expect(retried).toEqual({ path: limited?.path, status: 200 })
  })
})

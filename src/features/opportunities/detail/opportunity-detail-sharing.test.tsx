import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { useSecureContext } from '../../../test/clipboard'
import { demoOpportunity, SHOWCASE_ID } from '../../../test/demo-opportunity'
import { setPageUrl } from '../../../test/page-url'
import { expectReadableText } from '../../../test/readable-text'
import { renderApp as renderWholeApp } from '../../../test/render-app'
import { type SpottStack, type SpottStackOptions } from '../../../test/spott-stack'
import { useSpottStack } from '../../../test/use-spott-stack'
import { opportunitySummary } from './opportunity-summary'

/**
 * Sharing and refreshing the detail page, through the app's routes over real HTTP: happy-dom's
 * fetch → the real proxy → the real mock Spott API, with the page opened at the proxy's origin.
 */

const SHOWCASE = demoOpportunity(SHOWCASE_ID)
const SHOWCASE_NAME = SHOWCASE.name.value
const SECTIONS = ['Description', 'Client team', 'Next task', 'Custom attributes']
/** Generous: the first render also compiles the lazy route modules, on a busy machine. */
const LOAD = { timeout: 10_000 }
vi.setConfig({ testTimeout: 30_000 })

let stack: SpottStack

const useStack = (options?: SpottStackOptions) =>
  useSpottStack({ options, onStart: (started) => (stack = started) })

const useStackPerTest = (options: SpottStackOptions) =>
  useSpottStack({
    options,
    perTest: true,
    onStart: (started) => {
      stack = started
    },
  })

const renderApp = (path: string) => renderWholeApp(path, { settleTimeout: LOAD.timeout })

async function openShowcase(path = `/opportunities/${SHOWCASE_ID}`) {
  const app = renderApp(path)
  const h1 = await screen.findByRole('heading', { level: 1, name: SHOWCASE_NAME }, LOAD)
  await app.settled()
  return { ...app, h1 }
}

const button = (name: string) => screen.getByRole('button', { name })
const canonical = () => `${stack.origin}/opportunities/${SHOWCASE_ID}`
const stamp = () => screen.getByText(/^Data as of/).querySelector('time')!

/** The page body without the freshness line (stamp, Refresh, status), which a refresh may change. */
function pageWithoutFreshness(): string {
  const article = screen.getByRole('heading', { level: 1 }).closest('article')!
  const copy = article.cloneNode(true) as Element
  const freshness = Array.from(copy.querySelectorAll('span')).find((span) =>
    span.textContent.startsWith('Data as of'),
  )
  if (!freshness?.parentElement) throw new Error('The page has no "Data as of" line')
  freshness.parentElement.remove()
  return copy.innerHTML
}

/** Whatever Spott answers, the page keeps its name, facts and sections. */
function expectWholePage() {
  expect(screen.getByRole('heading', { level: 1, name: SHOWCASE_NAME })).toBeInTheDocument()
  for (const name of SECTIONS) {
    expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument()
  }
  expect(screen.getByRole('definition', { name: 'Owner' })).toHaveTextContent('Dana Reyes')
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
}

describe('with the demo pipeline (Spott answering slowly enough to see a refresh)', () => {
  useStack({ latencyMs: 150 })

  test('Copy link, Copy summary and Refresh sit under the h1, before the facts', async () => {
    const { h1 } = await openShowcase()
    const facts = screen.getByRole('definition', { name: 'Stage' })

    for (const name of ['Copy link', 'Copy summary', 'Refresh']) {
      const control = button(name)
      expect(h1.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
      expect(control.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    }
    expect(stamp()).toHaveAttribute('datetime')
    expectReadableText(document.body)
  })

  test('Copy link puts the canonical link on the clipboard, without query or fragment', async () => {
    useSecureContext()
    const address = `/opportunities/${SHOWCASE_ID}?from=list#contact-ctc_james`
    // The browser's address bar, as a browser router would have it.
    setPageUrl(`${stack.origin}${address}`)
    onTestFinished(() => setPageUrl(`${stack.origin}/`))
    await openShowcase(address)

    fireEvent.click(button('Copy link'))

    expect(await within(button('Copy link').parentElement!).findByText('Copied')).toBeVisible()
    expect(await navigator.clipboard.readText()).toBe(canonical())
  })

  test('Copy summary puts the showcase summary, ending with the link, on the clipboard', async () => {
    useSecureContext()
    await openShowcase()

    fireEvent.click(button('Copy summary'))

    expect(await within(button('Copy summary').parentElement!).findByText('Copied')).toBeVisible()
    const copied = await navigator.clipboard.readText()
    expect(copied).toBe(opportunitySummary(SHOWCASE, canonical()))
    expect(copied.split('\n')).toEqual([
      SHOWCASE_NAME,
      'Stage: Terms negotiation',
      'Company: Northwind Logistics',
      'Owner: Dana Reyes',
      expect.stringMatching(/^Close date: .+ \(overdue\)$/),
      expect.stringMatching(
        /^Next task: Send the shortlist of four candidates to María and James, due .+ \(overdue\)$/,
      ),
      canonical(),
    ])
  })

  test('Refresh asks Spott exactly once more and changes nothing but the stamp', async () => {
    const { settled } = await openShowcase()
    expect(stack.upstreamRequests).toEqual([`/opportunities/${SHOWCASE_ID}`])
    const before = pageWithoutFreshness()
    const stampBefore = Date.parse(stamp().getAttribute('datetime')!)

    fireEvent.click(button('Refresh'))

    const refreshing = await screen.findByRole('button', { name: 'Refreshing' })
    expect(refreshing).toBeDisabled()
    expect(refreshing).toHaveTextContent('Refreshing…')
    // The page stays on screen while it refreshes.
    expectWholePage()
    expect(await screen.findByRole('button', { name: 'Refresh' }, LOAD)).toBeEnabled()
    await waitFor(() => expect(stack.upstreamResponses).toHaveLength(2))

    expect(stack.upstreamRequests).toEqual([
      `/opportunities/${SHOWCASE_ID}`,
      `/opportunities/${SHOWCASE_ID}`,
    ])
    await settled()
    expect(stack.upstreamRequests).toHaveLength(2)
    expect(Date.parse(stamp().getAttribute('datetime')!)).toBeGreaterThan(stampBefore)
    expect(pageWithoutFreshness()).toBe(before)
    expect(
      screen.getByText(/^Data as of/).parentElement!.querySelector('[role="status"]'),
    ).toBeEmptyDOMElement()
  })

  test('a deep link to a contact card focuses and marks that card once loaded', async () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView')
    renderApp(`/opportunities/${SHOWCASE_ID}#contact-ctc_james`)

    const card = await screen.findByRole('article', { name: 'James Whitfield' }, LOAD)

    await waitFor(() => expect(card).toHaveFocus())
    expect(card).toHaveAttribute('id', 'contact-ctc_james')
    expect(card).toHaveAttribute('tabindex', '-1')
    expect(card).toHaveAttribute('data-flash')
    expect(scrolled.mock.contexts).toContain(card)
    // The other cards are left alone.
    const maria = screen.getByRole('article', { name: /^María/ })
    expect(maria).not.toHaveAttribute('data-flash')
    expect(maria).not.toHaveAttribute('tabindex')

    await waitFor(() => expect(card).not.toHaveAttribute('data-flash'), { timeout: 5000 })
    expect(card).toHaveFocus()
  })
})

describe('when Spott refuses the refresh (its rate limit is used up)', () => {
  // One request a minute: the page's first load uses it up, so the refresh meets the limit.
  useStackPerTest({
    throttle: { apiKey: 'sk_test_sharing_throttled', limit: 1, windowMs: 60_000 },
  })

  test('the page stays, and says it could not refresh and what it shows', async () => {
    await openShowcase()
    const before = pageWithoutFreshness()
    const fetchedAt = stamp().textContent

    fireEvent.click(button('Refresh'))

    const status = await screen.findByText(/^Could not refresh:/, {}, LOAD)
    expect(status).toHaveAttribute('role', 'status')
    expect(status.textContent).toBe(
      `Could not refresh: Spott is rate limiting the dashboard. Try again shortly. Showing the data from ${fetchedAt}.`,
    )
    expectWholePage()
    expect(pageWithoutFreshness()).toBe(before)
    expect(button('Refresh')).toBeEnabled()
    expect(stack.upstreamResponses.map(({ status }) => status)).toEqual([200, 429])
    expectReadableText(document.body)
  })

  test('refreshing again clears the message while it asks', async () => {
    await openShowcase()
    fireEvent.click(button('Refresh'))
    await screen.findByText(/^Could not refresh:/, {}, LOAD)

    fireEvent.click(button('Refresh'))

    await waitFor(() => expect(screen.queryByText(/^Could not refresh:/)).not.toBeInTheDocument())
    expect(await screen.findByText(/^Could not refresh:/, {}, LOAD)).toBeInTheDocument()
    expectWholePage()
  })
})

describe('when Spott goes down after the page loaded', () => {
  /** Attempts the proxy made to reach Spott while it was down. */
  let attemptsWhileDown = 0
  let spottDown = false
  useStackPerTest({
    // The proxy's connection to Spott fails, as it does when Spott is unreachable.
    beforeUpstream: () => {
      if (!spottDown) return
      attemptsWhileDown += 1
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })
    },
  })
  beforeEach(() => {
    attemptsWhileDown = 0
    spottDown = false
  })

  test('with the real retry policy, a refresh tries twice, then keeps the page and says so', async () => {
    const app = renderWholeApp(`/opportunities/${SHOWCASE_ID}`, {
      retry: true,
      settleTimeout: LOAD.timeout,
    })
    await screen.findByRole('heading', { level: 1, name: SHOWCASE_NAME }, LOAD)
    await app.settled()
    const before = pageWithoutFreshness()
    const fetchedAt = stamp().textContent
    spottDown = true

    fireEvent.click(button('Refresh'))

    const status = await screen.findByText(/^Could not refresh:/, {}, LOAD)
    expect(status.textContent).toBe(
      `Could not refresh: Spott could not be reached. Showing the data from ${fetchedAt}.`,
    )
    // One quick retry for a transient failure, then no more.
    expect(attemptsWhileDown).toBe(2)
    expectWholePage()
    expect(pageWithoutFreshness()).toBe(before)
    await app.settled()
    expect(attemptsWhileDown).toBe(2)
  })

  test('once Spott is back, Refresh clears the message', async () => {
    await openShowcase()
    spottDown = true
    fireEvent.click(button('Refresh'))
    await screen.findByText(/^Could not refresh:/, {}, LOAD)

    spottDown = false
    fireEvent.click(button('Refresh'))

    await waitFor(() => expect(stack.upstreamResponses).toHaveLength(2), LOAD)
    await waitFor(() => expect(button('Refresh')).toBeEnabled())
    expect(screen.queryByText(/^Could not refresh:/)).not.toBeInTheDocument()
    expect(attemptsWhileDown).toBe(1)
    expectWholePage()
  })
})

describe('with the server keeping answers for a while, as in production', () => {
  useStackPerTest({ proxyCache: { cacheTtlMs: 60_000, staleIfErrorMs: 60_000 } })

  test('a second person opening the same deal is answered from the kept copy', async () => {
    const first = await openShowcase()
    first.unmount()
    await openShowcase()
    expect(stack.upstreamRequests).toEqual([`/opportunities/${SHOWCASE_ID}`])
  })

  test('Refresh skips the kept copy and asks Spott', async () => {
    await openShowcase()
    fireEvent.click(button('Refresh'))
    await waitFor(() => expect(stack.upstreamResponses).toHaveLength(2), LOAD)
    await waitFor(() => expect(button('Refresh')).toBeEnabled(), LOAD)
    expect(stack.upstreamRequests).toEqual([
      `/opportunities/${SHOWCASE_ID}`,
      `/opportunities/${SHOWCASE_ID}`,
    ])
  })
})

import { onlineManager } from '@tanstack/react-query'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { startMockSpott } from '../../mock-spott/server'
import { createSpottProxy } from '../../server/spott-proxy'
import { demoOpportunity, SHOWCASE_ID } from '../test/demo-opportunity'
import { closedOrigin, listen } from '../test/http-server'
import { nodeHttpFetch } from '../test/node-http-fetch'
import { setPageUrl } from '../test/page-url'
import { expectReadableText } from '../test/readable-text'
import { renderApp as renderWholeApp } from '../test/render-app'
import { startSpottStack, type SpottStack, type SpottStackOptions } from '../test/spott-stack'
import { ApiError } from '../lib/api-client'
import { explainError } from './app-error-boundary'

/** Generous: the first render also compiles the lazy route modules, on a busy machine. */
const LOAD = { timeout: 10_000 }
// A rate limit's real waits take seconds.
vi.setConfig({ testTimeout: 30_000 })

const SHOWCASE_NAME = demoOpportunity(SHOWCASE_ID).name.value
const DETAIL = `/opportunities/${SHOWCASE_ID}`

const apiError = (code: string, message = `A ${code} happened.`, retryAfterSeconds?: number) =>
  new ApiError(code === 'NETWORK_ERROR' ? 0 : 502, code, message, retryAfterSeconds)

const CODES = [
  'UPSTREAM_AUTH',
  'RATE_LIMITED',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'NETWORK_ERROR',
  'BAD_REQUEST',
  'INVALID_RESPONSE',
  'NOT_FOUND',
  'HTTP_ERROR',
]

describe('explainError', () => {
  test.each([
    ['an Error', new Error('Cannot read properties of undefined')],
    ['a string', 'boom'],
    ['undefined', undefined],
  ])('anything but an ApiError (%s) is "Something went wrong", without its details', (_, error) => {
    const { title, body } = explainError(error)

    expect(title).toBe('Something went wrong')
    expect(body).toMatch(/Retrying usually helps/)
    expect(body).toMatch(/tell whoever runs the dashboard/)
    expect(body).not.toMatch(/Cannot read|boom|undefined/)
  })

  test('a rejected API key is the dashboard’s key, for whoever runs the dashboard to fix', () => {
    const { title, body } = explainError(apiError('UPSTREAM_AUTH'))

    expect(title).toBe('Spott rejected the dashboard’s API key')
    expect(body).toMatch(/API key/)
    expect(body).toMatch(/whoever runs the dashboard/)
    expect(body).toMatch(/not about your own Spott login/)
    expect(body).toMatch(/The link itself is fine/)
  })

  test('a rate limit says Spott is busy and that the page tries again by itself', () => {
    const { title, body } = explainError(apiError('RATE_LIMITED', 'Too many.', 12))

    expect(title).toBe('Spott is busy')
    expect(body).toMatch(/tries again by itself/)
    // The countdown says how long; the text never goes stale.
    expect(body).not.toMatch(/\d/)
  })

  test('a dropped connection reads differently online and offline', () => {
    const error = apiError('NETWORK_ERROR')
    const online = explainError(error, { online: true })
    const offline = explainError(error, { online: false })

    expect(online.title).toBe('The dashboard could not be reached')
    expect(online.body).toMatch(/Check your connection \(or VPN\) and retry/)
    expect(offline.title).toBe('You are offline')
    expect(offline.body).toMatch(/loads by itself as soon as you are back online/)
    expect(offline.title).not.toBe(online.title)
    expect(offline.body).not.toBe(online.body)
    // Online is the default: the browser is assumed connected unless it says otherwise.
    expect(explainError(error)).toEqual(online)
  })

  test.each([
    ['UPSTREAM_TIMEOUT', 'Spott is taking too long', /did not answer in time/],
    [
      'UPSTREAM_UNAVAILABLE',
      'Spott could not be reached',
      /^A UPSTREAM_UNAVAILABLE happened\. Retry/,
    ],
    ['BAD_REQUEST', 'This link looks malformed', /^A BAD_REQUEST happened\.$/],
    [
      'INVALID_RESPONSE',
      'Spott sent data the dashboard cannot read',
      /^A INVALID_RESPONSE happened\.$/,
    ],
    ['HTTP_ERROR', 'Something went wrong', /^A HTTP_ERROR happened\.$/],
  ])('%s: "%s"', (code, title, body) => {
    const explanation = explainError(apiError(code))

    expect(explanation.title).toBe(title)
    expect(explanation.body).toMatch(body)
  })

  test.each(CODES.filter((code) => code !== 'NETWORK_ERROR'))(
    '%s reads the same online and offline, with no placeholder',
    (code) => {
      const error = apiError(code)
      const offline = explainError(error, { online: false })

      expect(offline).toEqual(explainError(error, { online: true }))
      expect(`${offline.title} ${offline.body}`).not.toMatch(/undefined|null|NaN|\[object/)
    },
  )
})

// ---------------------------------------------------------------------------------------------
// The boundary on the page, over real HTTP

let stack: SpottStack

/** A stack of its own for each test: a rate limit's window then starts with the test. */
function useStackPerTest(options: SpottStackOptions) {
  beforeEach(async () => {
    stack = await startSpottStack(options)
    setPageUrl(`${stack.origin}/`)
  })
  afterEach(async () => {
    // Unmounted first, so no retry is under way while the servers close.
    cleanup()
    await stack.close()
  })
}

const renderApp = (path: string) => renderWholeApp(path, { settleTimeout: LOAD.timeout })

const alert = () => screen.getByRole('alert')
const alertTitle = () => within(alert()).getByRole('heading', { level: 1 })
const countdown = () => within(alert()).queryByRole('status')

/** Spott's rate limit is per key, shared by the whole team. */
const THROTTLED_KEY = 'sk_test_boundary_throttled'

describe('when Spott rate-limits a deep link', () => {
  let otherClientDone = false
  useStackPerTest({
    throttle: { apiKey: THROTTLED_KEY, limit: 1, windowMs: 1000 },
    // Just before the page's first request, a colleague's tab uses up the window's one request.
    beforeUpstream: async () => {
      if (otherClientDone) return
      otherClientDone = true
      await nodeHttpFetch(`${stack.spottUrl}/opportunities?limit=1`, {
        headers: { 'x-api-key': THROTTLED_KEY },
      })
    },
  })
  beforeEach(() => {
    otherClientDone = false
  })

  test('says Spott is busy, counts down, then loads the page by itself', async () => {
    const { settled } = renderApp(DETAIL)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Spott is busy' }, LOAD),
    ).toBeInTheDocument()
    expect(alert()).toHaveTextContent('This page tries again by itself when Spott says it may.')
    expect(countdown()).toHaveTextContent('Trying again in 1 s…')
    expect(within(alert()).getByRole('button', { name: 'Retry' })).toBeEnabled()
    expect(within(alert()).getByRole('link', { name: 'Browse all opportunities' })).toHaveAttribute(
      'href',
      '/opportunities',
    )
    await waitFor(() => expect(document.title).toBe('Spott is busy · Spott opportunities'))
    expectReadableText(document.body)

    // No click: the countdown retries once Spott's Retry-After has passed.
    expect(
      await screen.findByRole('heading', { level: 1, name: SHOWCASE_NAME }, LOAD),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await settled()
    expect(stack.upstreamResponses).toEqual([
      { path: DETAIL, status: 429 },
      { path: DETAIL, status: 200 },
    ])
  })
})

describe('when Spott refuses every request', () => {
  // A limit of 0: every request is refused, each with a Retry-After of 2 s.
  useStackPerTest({ throttle: { apiKey: THROTTLED_KEY, limit: 0, windowMs: 2000 } })

  test('the countdown ticks down, and at zero the page asks again by itself', async () => {
    renderApp(DETAIL)

    await screen.findByRole('heading', { level: 1, name: 'Spott is busy' }, LOAD)
    expect(countdown()).toHaveTextContent('Trying again in 2 s…')
    await waitFor(() => expect(countdown()).toHaveTextContent('Trying again in 1 s…'), LOAD)
    expect(stack.upstreamRequests).toEqual([DETAIL])

    await waitFor(() => expect(stack.upstreamResponses.length).toBeGreaterThanOrEqual(2), LOAD)
    // Refused again: still busy, with a countdown of its own.
    await waitFor(() => {
      expect(alertTitle()).toHaveTextContent('Spott is busy')
      expect(countdown()).toHaveTextContent(/^Trying again in [12] s…$/)
    }, LOAD)
    expect(stack.upstreamRequests.slice(0, 2)).toEqual([DETAIL, DETAIL])
    expect(stack.upstreamResponses.every(({ status }) => status === 429)).toBe(true)
  })
})

describe('when Spott refuses every request for the next 5 s', () => {
  useStackPerTest({ throttle: { apiKey: THROTTLED_KEY, limit: 0, windowMs: 5000 } })

  test('Retry asks at once, and counts down the wait Spott names then', async () => {
    renderApp(DETAIL)
    await screen.findByRole('heading', { level: 1, name: 'Spott is busy' }, LOAD)
    expect(countdown()).toHaveTextContent('Trying again in 5 s…')
    await waitFor(() => expect(countdown()).toHaveTextContent('Trying again in 4 s…'), LOAD)

    fireEvent.click(within(alert()).getByRole('button', { name: 'Retry' }))

    await waitFor(() => expect(stack.upstreamResponses).toHaveLength(2), LOAD)
    // Refused again, about 4 s before Spott's window ends: a new countdown of that wait.
    await waitFor(() => expect(countdown()).toHaveTextContent(/^Trying again in [34] s…$/), LOAD)
    expect(alertTitle()).toHaveTextContent('Spott is busy')
    expect(within(alert()).getByRole('button', { name: 'Retry' })).toBeEnabled()
    expect(stack.upstreamRequests).toEqual([DETAIL, DETAIL])
  })
})

describe('when the dashboard’s server cannot be reached', () => {
  let online = true
  beforeEach(() => {
    online = true
    // happy-dom's navigator.onLine is always true; this one follows the test.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
  })
  afterEach(async () => {
    cleanup()
    Reflect.deleteProperty(navigator, 'onLine')
    // react-query's online manager outlives the query client and stops listening once it is
    // unmounted: left offline (a test failing midway), it would pause every later request.
    onlineManager.setOnline(true)
    await stack?.close()
  })

  const setOnline = (value: boolean) =>
    act(() => {
      online = value
      window.dispatchEvent(new Event(value ? 'online' : 'offline'))
    })

  test('says so, says "offline" when the device is, and loads by itself once back online', async () => {
    setPageUrl(`${await closedOrigin()}/`)
    renderApp(DETAIL)

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'The dashboard could not be reached' },
        LOAD,
      ),
    ).toBeInTheDocument()
    expect(alert()).toHaveTextContent('Check your connection (or VPN) and retry.')
    expect(countdown()).not.toBeInTheDocument()

    setOnline(false)
    // The page may have committed before its effects subscribed to the events; it then reads
    // navigator.onLine as it subscribes.
    await waitFor(() => expect(alertTitle()).toHaveTextContent('You are offline'))
    expect(alert()).toHaveTextContent('This page loads by itself as soon as you are back online.')
    await waitFor(() => expect(document.title).toBe('You are offline · Spott opportunities'))

    // The server comes back; nothing is asked until the browser is online again.
    stack = await startSpottStack()
    setPageUrl(`${stack.origin}/`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(stack.upstreamRequests).toEqual([])

    setOnline(true)

    expect(
      await screen.findByRole('heading', { level: 1, name: SHOWCASE_NAME }, LOAD),
    ).toBeInTheDocument()
    await waitFor(() => expect(stack.upstreamResponses).toHaveLength(1), LOAD)
    expect(stack.upstreamRequests).toEqual([DETAIL])
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('when Spott rejects the dashboard’s API key', () => {
  let server: { origin: string; upstreamRequests: string[]; close: () => Promise<void> }

  beforeEach(async () => {
    const mock = await startMockSpott({ apiKey: 'sk_test_current_key' })
    const upstreamRequests: string[] = []
    const proxy = createSpottProxy({
      baseUrl: mock.url,
      apiKey: 'sk_test_revoked_key',
      demo: true,
      fetch: (input, init) => {
        upstreamRequests.push(new URL(String(input)).pathname)
        return nodeHttpFetch(input, init)
      },
      log: () => undefined,
    })
    const http = await listen((req, res) =>
      proxy(req, res, () => {
        res.writeHead(404)
        res.end()
      }),
    )
    server = {
      origin: http.origin,
      upstreamRequests,
      close: async () => {
        await http.close()
        await mock.close()
      },
    }
    setPageUrl(`${server.origin}/`)
  })
  afterEach(async () => {
    cleanup()
    await server.close()
  })

  test('explains whose key it is, and does not retry by itself', async () => {
    const { settled } = renderApp(DETAIL)

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Spott rejected the dashboard’s API key' },
        LOAD,
      ),
    ).toBeInTheDocument()
    expect(alert()).toHaveTextContent(/ask whoever runs the dashboard to check its Spott API key/)
    expect(countdown()).not.toBeInTheDocument()
    await settled()

    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(server.upstreamRequests).toEqual([DETAIL])

    // Retry is still there for after the key is fixed.
    fireEvent.click(within(alert()).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(server.upstreamRequests).toEqual([DETAIL, DETAIL]), LOAD)
    await settled()
    expect(alertTitle()).toHaveTextContent('Spott rejected the dashboard’s API key')
  })
})

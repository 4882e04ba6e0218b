import { cleanup, screen, waitFor } from '@testing-library/react'
import fc from 'fast-check'
import { createSpottProxy } from '../../../../server/spott-proxy'
import { mangledOpportunityArb, PROPERTY_TIMEOUT_MS } from '../../../test/arbitraries'
import { listen, type RunningServer } from '../../../test/http-server'
import { nodeHttpFetch } from '../../../test/node-http-fetch'
import { setPageUrl } from '../../../test/page-url'
import { expectReadableText } from '../../../test/readable-text'
import { renderApp } from '../../../test/render-app'
import { fieldPath } from '../../../lib/describe-issues'
import { opportunitySchema } from '../api/opportunity-schema'

/**
 * Whatever JSON Spott sends for a deal, the whole app (real routes, real query client) over
 * real HTTP through the real proxy either shows the deal or explains, in a readable error
 * page, which field it could not read. It never dies and never prints a placeholder.
 */

const DEAL_PATH = '/opportunities/opp_payload'
const UNREADABLE = 'Spott sent data the dashboard cannot read'
let payload = '{}'
let spott: RunningServer
let dashboard: RunningServer

beforeAll(async () => {
  // Stands in for Spott: answers every request with this run's payload, as a 200.
  spott = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(payload)
  })
  const proxy = createSpottProxy({
    baseUrl: spott.origin,
    apiKey: 'sk_test_payload_property',
    // Every run must reach the stand-in: nothing kept between runs.
    cacheTtlMs: 0,
    staleIfErrorMs: 0,
    requestsPerMinute: 100_000,
    fetch: nodeHttpFetch,
    log: () => undefined,
  })
  dashboard = await listen((req, res) => proxy(req, res, () => res.writeHead(404).end()))
  setPageUrl(`${dashboard.origin}/`)
})

afterAll(async () => {
  await dashboard.close()
  await spott.close()
})

test(
  'any JSON for a deal shows the deal, or a readable error naming the field',
  { timeout: PROPERTY_TIMEOUT_MS * 3 },
  async () => {
    let explained = 0
    let shown = 0
    await fc.assert(
      fc
        .asyncProperty(mangledOpportunityArb, async (json) => {
          payload = JSON.stringify(json)
          renderApp(DEAL_PATH)
          // Past the skeleton: either the deal's sections or the error page.
          await waitFor(
            () =>
              expect(
                screen.queryByRole('alert') ??
                  screen.queryByRole('heading', { level: 2, name: 'Client team' }),
              ).not.toBeNull(),
            { timeout: 10_000 },
          )
          const parsed = opportunitySchema.safeParse(json)

          if (parsed.success) {
            shown += 1
            expect(screen.queryByRole('alert')).not.toBeInTheDocument()
          } else {
            explained += 1
            expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(UNREADABLE)
            const alert = screen.getByRole('alert')
            const [first] = parsed.error.issues
            const field = first!.path.length === 0 ? 'the response' : fieldPath(first!.path)
            expect(alert).toHaveTextContent(field)
            expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled()
          }
          expectReadableText(document.body)
        })
        .afterEach(() => cleanup()),
      { numRuns: 150 },
    )
    // Both outcomes were exercised, or the property proved less than it claims.
    expect(explained).toBeGreaterThan(0)
    expect(shown).toBeGreaterThan(0)
  },
)

import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { demoOpportunity, SHOWCASE_ID } from '../../../test/demo-opportunity'
import { setPageUrl } from '../../../test/page-url'
import { renderApp as renderWholeApp } from '../../../test/render-app'
import { expectReadableText } from '../../../test/readable-text'
import { startSpottStack, type SpottStack } from '../../../test/spott-stack'

/**
 * The app's routes over real HTTP: happy-dom's fetch → the real proxy → the real mock Spott
 * API. The page is opened at the proxy's origin, so the app's relative `/api/...` URLs work.
 */

const SHOWCASE_NAME = demoOpportunity(SHOWCASE_ID).name.value
const SECTIONS = ['Description', 'Client team', 'Next task', 'Custom attributes']
/** Generous: the first render also compiles the lazy route modules, on a busy machine. */
const LOAD = { timeout: 5000 }

let stack: SpottStack

beforeAll(async () => {
  stack = await startSpottStack()
  setPageUrl(`${stack.origin}/`)
})

afterAll(() => stack.close())

beforeEach(() => {
  stack.upstreamRequests.length = 0
})

const renderApp = (path: string) => renderWholeApp(path, { settleTimeout: LOAD.timeout })

test('a deep link renders the opportunity from one upstream request', async () => {
  const { settled } = renderApp(`/opportunities/${SHOWCASE_ID}`)

  expect(
    await screen.findByRole('heading', { level: 1, name: SHOWCASE_NAME }, LOAD),
  ).toBeInTheDocument()
  for (const name of SECTIONS) {
    expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument()
  }
  expect(screen.getByRole('definition', { name: 'Owner' })).toHaveTextContent('Dana Reyes')
  // The title is set in an effect, which may run just after the heading is committed.
  await waitFor(() => expect(document.title.startsWith(SHOWCASE_NAME)).toBe(true))
  expect(screen.getByRole('note')).toHaveTextContent('Demo data')
  expectReadableText(document.body)

  await settled()
  expect(stack.upstreamRequests).toEqual([`/opportunities/${SHOWCASE_ID}`])
})

test('an unknown id says "Opportunity not found" and links to the list', async () => {
  const { settled } = renderApp('/opportunities/opp_does_not_exist')

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Opportunity not found' }, LOAD),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Browse all opportunities' })).toHaveAttribute(
    'href',
    '/opportunities',
  )
  expect(screen.getByText('opp_does_not_exist', { selector: 'code' })).toBeInTheDocument()

  await settled()
  expect(stack.upstreamRequests).toEqual(['/opportunities/opp_does_not_exist'])
})

test('/ redirects to /opportunities', async () => {
  const { router, settled } = renderApp('/')

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Opportunities' }, LOAD),
  ).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/opportunities')
  // The list's request finishes here, not in the next test's count.
  await settled()
})

test('an unknown route shows the not-found page without asking Spott', async () => {
  const { router } = renderApp('/reports/2026')

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Page not found' }, LOAD),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Browse all opportunities' })).toHaveAttribute(
    'href',
    '/opportunities',
  )
  expect(router.state.location.pathname).toBe('/reports/2026')
  expect(stack.upstreamRequests).toEqual([])
})

test('opening a detail from the list costs one upstream request for the detail', async () => {
  const { router, settled } = renderApp('/opportunities')
  const list = await screen.findByRole('table', {}, LOAD)
  await settled()
  expect(stack.upstreamRequests).toEqual(['/opportunities?limit=25'])

  fireEvent.click(within(list).getByRole('link', { name: (name) => name.includes(SHOWCASE_NAME) }))

  expect(
    await screen.findByRole('heading', { level: 1, name: SHOWCASE_NAME }, LOAD),
  ).toBeInTheDocument()
  expect(router.state.location.pathname).toBe(`/opportunities/${SHOWCASE_ID}`)
  await settled()
  expect(stack.upstreamRequests).toEqual([
    '/opportunities?limit=25',
    `/opportunities/${SHOWCASE_ID}`,
  ])
})

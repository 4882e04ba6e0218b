import { act, render, screen } from '@testing-library/react'
import { Component, Suspense, type ComponentType, type ReactNode } from 'react'
import { isChunkLoadError } from './chunk-load-error'
import { lazyPage } from './lazy-page'

const Page = () => <h1>The page</h1>
const fallback = <p>Loading the page</p>

/** Shows what it caught; React's own report of it is the test's business, not the console's. */
class Caught extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: undefined as unknown }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  render() {
    const { error } = this.state
    if (error === undefined) return this.props.children
    return <p role="alert">{isChunkLoadError(error) ? 'chunk failed' : 'something else'}</p>
  }
}

const renderPage = (LazyPage: ComponentType) =>
  render(
    <Caught>
      <Suspense fallback={fallback}>
        <LazyPage />
      </Suspense>
    </Caught>,
    { onCaughtError: () => undefined },
  )

test('a preloaded page renders in the first pass, without its fallback', async () => {
  const { Page: LazyPage, preload } = lazyPage(() => Promise.resolve(Page))
  await preload()

  renderPage(LazyPage)

  // No await: it is there in the very first commit.
  expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument()
  expect(screen.queryByText('Loading the page')).toBeNull()
})

test('a page not loaded yet shows the fallback, then itself', async () => {
  let arrive: (page: typeof Page) => void = () => undefined
  const { Page: LazyPage } = lazyPage(
    () => new Promise<typeof Page>((resolve) => (arrive = resolve)),
  )

  await act(async () => {
    renderPage(LazyPage)
  })
  expect(screen.getByText('Loading the page')).toBeInTheDocument()

  await act(async () => arrive(Page))
  expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument()
  expect(screen.queryByText('Loading the page')).toBeNull()
})

test('the page gets the props it is rendered with', async () => {
  const Greeting = ({ name }: { name: string }) => <h1>Hello {name}</h1>
  const { Page: LazyGreeting, preload } = lazyPage(() => Promise.resolve(Greeting))
  await preload()

  render(<LazyGreeting name="Ada" />)

  expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument()
})

test('preloading again, or rendering after a preload, downloads once', async () => {
  const load = vi.fn(() => Promise.resolve(Page))
  const { Page: LazyPage, preload } = lazyPage(load)
  await Promise.all([preload(), preload()])
  await preload()

  renderPage(LazyPage)

  expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument()
  expect(load).toHaveBeenCalledTimes(1)
})

test('a failed download reaches the error boundary as a ChunkLoadError, and is not retried in a loop', async () => {
  const load = vi.fn(() => Promise.reject(new Error('404 for the chunk')))
  const { Page: LazyPage } = lazyPage(load)

  await act(async () => {
    renderPage(LazyPage)
  })

  expect(screen.getByRole('alert')).toHaveTextContent('chunk failed')
  // Kept, not asked again on each render: only a reload asks again (see the error page).
  expect(load).toHaveBeenCalledTimes(1)
})

test('a failed preload leaves nothing behind: the page still downloads itself when shown', async () => {
  const load = vi
    .fn<() => Promise<typeof Page>>()
    .mockRejectedValueOnce(new Error('offline for a moment'))
    .mockResolvedValue(Page)
  const { Page: LazyPage, preload } = lazyPage(load)

  await expect(preload()).resolves.toBeUndefined()
  await act(async () => {
    renderPage(LazyPage)
  })

  expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument()
  expect(load).toHaveBeenCalledTimes(2)
})

import { render, type RenderOptions } from '@testing-library/react'
import { useLayoutEffect, type ReactNode } from 'react'
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigateFunction,
  type NavigationType,
} from 'react-router'

/** What a test reads of the router: where the app is, how it got there, and a way to move. */
export type TestRouter = {
  readonly state: { location: Location; historyAction: NavigationType }
  readonly navigate: NavigateFunction
}

type RouterView = { location: Location; historyAction: NavigationType; navigate: NavigateFunction }

/**
 * `ui` in a memory router opened at `path`, navigating as App does (not as transitions).
 * `rerender` takes a new `ui` and keeps the router and its history.
 */
export function renderInRouter(
  ui: ReactNode,
  path: string,
  options?: Pick<RenderOptions, 'onCaughtError'>,
) {
  let seen = {} as RouterView
  const inRouter = (content: ReactNode) => (
    <MemoryRouter initialEntries={[path]} useTransitions={false}>
      <RouterProbe onCommit={(view) => (seen = view)} />
      {content}
    </MemoryRouter>
  )
  const view = render(inRouter(ui), options)
  const router: TestRouter = {
    get state() {
      return { location: seen.location, historyAction: seen.historyAction }
    },
    get navigate() {
      return seen.navigate
    },
  }
  return { ...view, router, rerender: (next: ReactNode) => view.rerender(inRouter(next)) }
}

/** Keeps the router's latest location and navigate function where the test can read them. */
function RouterProbe({ onCommit }: { onCommit: (view: RouterView) => void }) {
  const location = useLocation()
  const historyAction = useNavigationType()
  const navigate = useNavigate()
  useLayoutEffect(() => {
    onCommit({ location, historyAction, navigate })
  })
  return null
}

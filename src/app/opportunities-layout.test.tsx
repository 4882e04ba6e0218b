import { focusManager } from '@tanstack/react-query'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderApp } from '../test/render-app'
import type { SpottStack } from '../test/spott-stack'
import { useSpottStack } from '../test/use-spott-stack'

/**
 * A deal drawn ahead while the list is open, through the app's routes over real HTTP (the
 * real proxy and mock Spott API), as OpportunitiesLayout does it.
 */

const LOAD = { timeout: 10_000 }
vi.setConfig({ testTimeout: 30_000 })

let stack: SpottStack
/** Requests to Spott the test is holding back, by path. */
const held = new Map<string, () => void>()
let hold: string | undefined

afterEach(() => {
  vi.useRealTimers()
  hold = undefined
  for (const release of held.values()) release()
  held.clear()
})

const rowLinks = () => Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-row-link]'))
const idOf = (link: HTMLAnchorElement) => link.pathname.split('/').pop()!
const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()
/** The page drawn out of sight, if any: its h1 with `name`. */
const preparedHeading = (name: string) =>
  Array.from(document.querySelectorAll('main [aria-hidden="true"] h1')).find(
    (h1) => textOf(h1) === name,
  )

async function openList() {
  const result = renderApp('/opportunities', { settleTimeout: LOAD.timeout })
  await screen.findByRole('heading', { level: 1, name: 'Opportunities' }, LOAD)
  await waitFor(() => expect(rowLinks().length).toBeGreaterThan(2), LOAD)
  return result
}

describe('a deal drawn ahead', () => {
  useSpottStack({
    options: {
      beforeUpstream: (path) => {
        if (path !== hold) return
        return new Promise<void>((release) => held.set(path, release))
      },
    },
    onStart: (started) => (stack = started),
  })

  test('the deal the pointer rests on is drawn out of sight, and opening it shows that same page', async () => {
    const { router, settled } = await openList()
    const link = rowLinks()[1]!
    const name = textOf(link)

    fireEvent.pointerEnter(link.closest('tr')!)
    const prepared = await waitFor(() => {
      const heading = preparedHeading(name)
      expect(heading).toBeDefined()
      return heading!
    }, LOAD)

    // Out of sight means out of reach too: no second h1 for assistive technology, the list's title.
    expect(screen.getAllByRole('heading', { level: 1 }).map(textOf)).toEqual(['Opportunities'])
    expect(document.title).toMatch(/^Opportunities · /)

    fireEvent.click(link)

    expect(router.state.location.pathname).toBe(`/opportunities/${idOf(link)}`)
    const opened = screen.getByRole('heading', { level: 1, name })
    expect(opened).toBe(prepared)
    expect(opened.closest('[aria-hidden]')).toBeNull()
    await waitFor(() => expect(document.title.startsWith(name)).toBe(true))
    await settled()
    expect(
      stack.upstreamRequests.filter((path) => path === `/opportunities/${idOf(link)}`),
    ).toHaveLength(1)
  })

  test('a row the pointer left before its deal arrived is not drawn', async () => {
    const { settled } = await openList()
    const link = rowLinks()[2]!
    hold = `/opportunities/${idOf(link)}`

    fireEvent.pointerEnter(link.closest('tr')!)
    await waitFor(() => expect(held.has(hold!)).toBe(true), LOAD)
    fireEvent.pointerLeave(link.closest('tr')!)
    held.get(hold)!()
    await settled()

    expect(preparedHeading(textOf(link))).toBeUndefined()
  })

  test('back on the list, the deal just read is out of sight again and the title is the list’s', async () => {
    const { router } = await openList()
    const link = rowLinks()[0]!
    const name = textOf(link)
    fireEvent.pointerEnter(link.closest('tr')!)
    await waitFor(() => expect(preparedHeading(name)).toBeDefined(), LOAD)
    fireEvent.click(link)
    await waitFor(() => expect(document.title.startsWith(name)).toBe(true))

    await act(() => router.navigate(-1))

    await screen.findByRole('heading', { level: 1, name: 'Opportunities' }, LOAD)
    expect(preparedHeading(name)).toBeDefined()
    expect(screen.getAllByRole('heading', { level: 1 }).map(textOf)).toEqual(['Opportunities'])
    await waitFor(() => expect(document.title).toMatch(/^Opportunities · /))
  })

  test('a deal out of sight asks Spott for nothing when the reader comes back to the tab', async () => {
    const { settled } = await openList()
    const link = rowLinks()[3]!
    fireEvent.pointerEnter(link.closest('tr')!)
    await waitFor(() => expect(preparedHeading(textOf(link))).toBeDefined(), LOAD)
    await settled()
    stack.upstreamRequests.length = 0

    // Long enough away that an open deal page would refresh itself (FOCUS_REFRESH_AFTER_MS).
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 5 * 60_000)
    // The query client reacts to focus a microtask later: act waits for it.
    await act(async () => {
      focusManager.setFocused(false)
      focusManager.setFocused(true)
    })
    await settled()

    expect(stack.upstreamRequests).not.toContain(`/opportunities/${idOf(link)}`)
  })
})

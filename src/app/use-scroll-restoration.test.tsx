import { act } from '@testing-library/react'
import type { MockInstance } from 'vitest'
import { renderInRouter } from '../test/render-in-router'
import { useScrollRestoration } from './use-scroll-restoration'

/** The window's scroll position as the page sees it; jsdom itself never scrolls. */
let scrollY = 0
let scrollTo: MockInstance<(x: number, y: number) => void>

const scrollReaderTo = (y: number) => {
  scrollY = y
  window.dispatchEvent(new Event('scroll'))
}

beforeEach(() => {
  scrollY = 0
  sessionStorage.clear()
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY)
  scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(((_x: number, y: number) => {
    scrollY = y
  }) as typeof window.scrollTo)
})

function Page() {
  useScrollRestoration()
  return null
}

function open(path: string) {
  const view = renderInRouter(<Page />, path)
  const go = (to: string | number) =>
    act(() => void (typeof to === 'number' ? view.router.navigate(to) : view.router.navigate(to)))
  return { go, ...view }
}

test('another page starts at the top', () => {
  const { go } = open('/opportunities')
  scrollReaderTo(800)
  scrollTo.mockClear()

  go('/opportunities/opp_1')

  expect(scrollTo).toHaveBeenCalledWith(0, 0)
  expect(scrollY).toBe(0)
})

test('another view of the same page (a filter, a sort) keeps its place', () => {
  const { go } = open('/opportunities')
  scrollReaderTo(800)
  scrollTo.mockClear()

  go('/opportunities?stage=stg_lead')
  go('/opportunities?stage=stg_lead&sort=name')

  expect(scrollTo).not.toHaveBeenCalled()
  expect(scrollY).toBe(800)
})

test('Back and Forward return to where each entry was', () => {
  const { go } = open('/opportunities')
  scrollReaderTo(800)
  go('/opportunities/opp_1')
  scrollReaderTo(300)

  go(-1)
  expect(scrollY).toBe(800)

  go(1)
  expect(scrollY).toBe(300)
})

test('a link to a fragment is left to the page', () => {
  const { go } = open('/opportunities')
  scrollReaderTo(800)
  scrollTo.mockClear()

  go('/opportunities/opp_1#next-task')

  expect(scrollTo).not.toHaveBeenCalled()
})

test('a reload returns to where the reader was, on that address only', () => {
  const first = open('/opportunities/opp_1')
  scrollReaderTo(640)
  window.dispatchEvent(new Event('pagehide'))
  first.unmount()

  scrollY = 0
  const reloaded = open('/opportunities/opp_1')
  expect(scrollY).toBe(640)
  reloaded.unmount()

  // A fresh load of another address has the same history key ("default"), not the position.
  scrollY = 0
  open('/opportunities/opp_2')
  expect(scrollY).toBe(0)
})

test('whatever else is stored under its key is ignored', () => {
  sessionStorage.setItem(
    'spott:scroll-positions',
    JSON.stringify({ 'default /opportunities': 'far down', 'default /x': null }),
  )
  open('/opportunities')
  expect(scrollTo.mock.calls.every(([, y]) => y === 0)).toBe(true)

  sessionStorage.setItem('spott:scroll-positions', '{not json')
  expect(() => open('/x')).not.toThrow()
})

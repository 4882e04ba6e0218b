import { act, screen } from '@testing-library/react'
import { createContext, useContext } from 'react'
import { Route, Routes } from 'react-router'
import type { MockInstance } from 'vitest'
import { renderInRouter } from '../test/render-in-router'
import { useFragmentTarget } from './use-fragment-target'

/** Whether the page's data has loaded, passed down through the router to the route. */
const Ready = createContext(false)

function Page() {
  useFragmentTarget(useContext(Ready))
  return (
    <main>
      <article id="contact-a b" aria-label="Contact A B">
        A B
      </article>
      <section id="next-task" aria-label="Next task" tabIndex={0}>
        Task
      </section>
      <p id="%E0%A4%A">Not a target</p>
    </main>
  )
}

function renderPage(path: string, ready = false) {
  const tree = (isReady: boolean) => (
    <Ready value={isReady}>
      <Routes>
        <Route path="/x" element={<Page />} />
        <Route path="/elsewhere" element={<p>Elsewhere</p>} />
      </Routes>
    </Ready>
  )
  const { router, rerender } = renderInRouter(tree(ready), path)
  return {
    router,
    setReady: (isReady: boolean) => rerender(tree(isReady)),
  }
}

let scrolled: MockInstance<Element['scrollIntoView']>

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  scrolled = vi.spyOn(Element.prototype, 'scrollIntoView')
})
afterEach(() => {
  vi.useRealTimers()
})

const contact = () => screen.getByRole('article', { name: 'Contact A B' })
const task = () => screen.getByRole('region', { name: 'Next task' })
const scrolledElements = () => scrolled.mock.contexts

test('does nothing while the data is not ready', () => {
  renderPage('/x#contact-a%20b')

  expect(scrolled).not.toHaveBeenCalled()
  expect(contact()).not.toHaveFocus()
  expect(contact()).not.toHaveAttribute('data-flash')
  expect(contact()).not.toHaveAttribute('tabindex')
})

test('once ready, scrolls to the decoded id, focuses it and marks it for 2.5 s', () => {
  const { setReady } = renderPage('/x#contact-a%20b')

  setReady(true)

  expect(scrolledElements()).toEqual([contact()])
  expect(scrolled).toHaveBeenCalledWith({ block: 'start', behavior: 'smooth' })
  expect(contact()).toHaveFocus()
  expect(contact()).toHaveAttribute('tabindex', '-1')
  expect(contact()).toHaveAttribute('data-flash')

  act(() => vi.advanceTimersByTime(2499))
  expect(contact()).toHaveAttribute('data-flash')
  act(() => vi.advanceTimersByTime(1))
  expect(contact()).not.toHaveAttribute('data-flash')
  // Focus stays where a screen reader should go on reading.
  expect(contact()).toHaveFocus()
})

test('ready on the first render works the same', () => {
  renderPage('/x#contact-a%20b', true)

  expect(scrolledElements()).toEqual([contact()])
  expect(contact()).toHaveFocus()
})

test('happens once: re-rendering while ready does not scroll or flash again', () => {
  const { setReady } = renderPage('/x#contact-a%20b', true)
  act(() => vi.advanceTimersByTime(2500))

  setReady(true)

  expect(scrolled).toHaveBeenCalledTimes(1)
  expect(contact()).not.toHaveAttribute('data-flash')
})

test('keeps a tabindex the element already has', () => {
  renderPage('/x#next-task', true)

  expect(task()).toHaveFocus()
  expect(task()).toHaveAttribute('tabindex', '0')
  expect(task()).toHaveAttribute('data-flash')
})

test('a user who asked for less motion gets an instant jump', () => {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList,
  )

  renderPage('/x#contact-a%20b', true)

  expect(scrolled).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' })
})

test.each([
  ['names no element', '/x#contact-nobody'],
  ['is a malformed escape', '/x#contact-%E0%A4%'],
  ['is empty', '/x#'],
  ['is absent', '/x'],
])('a fragment that %s does nothing', (_case, path) => {
  renderPage(path, true)

  expect(scrolled).not.toHaveBeenCalled()
  expect(document.body).toHaveFocus()
  expect(document.querySelector('[data-flash]')).toBeNull()
  expect(contact()).not.toHaveAttribute('tabindex')
})

test('a later fragment targets the new element and unmarks the old one at once', async () => {
  const { router } = renderPage('/x#contact-a%20b', true)
  expect(contact()).toHaveAttribute('data-flash')

  await act(() => router.navigate('/x#next-task'))

  expect(scrolledElements()).toEqual([contact(), task()])
  expect(task()).toHaveFocus()
  expect(task()).toHaveAttribute('data-flash')
  expect(contact()).not.toHaveAttribute('data-flash')

  act(() => vi.advanceTimersByTime(2500))
  expect(task()).not.toHaveAttribute('data-flash')
})

test('a malformed escape is read as the raw text, so it can still name an element', () => {
  renderPage('/x#%E0%A4%A', true)

  const literal = screen.getByText('Not a target')
  expect(scrolledElements()).toEqual([literal])
  expect(literal).toHaveFocus()
})

test('leaving the page removes the mark and leaves no timer behind', () => {
  const { router } = renderPage('/x#contact-a%20b', true)
  const element = contact()
  expect(element).toHaveAttribute('data-flash')

  act(() => {
    void router.navigate('/elsewhere')
  })

  expect(screen.getByText('Elsewhere')).toBeInTheDocument()
  expect(element).not.toHaveAttribute('data-flash')
  expect(vi.getTimerCount()).toBe(0)
})

import { act, renderHook } from '@testing-library/react'
import { useOnline } from './use-online'

let online = true

beforeEach(() => {
  online = true
  // happy-dom's navigator.onLine is always true; this one follows the test.
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
})
afterEach(() => {
  Reflect.deleteProperty(navigator, 'onLine')
})

/** The browser's connection changes: navigator.onLine first, then the event, as browsers do. */
const goOnline = (value: boolean) =>
  act(() => {
    online = value
    window.dispatchEvent(new Event(value ? 'online' : 'offline'))
  })

test('is navigator.onLine on the first render', () => {
  online = false
  const { result } = renderHook(() => useOnline())

  expect(result.current).toBe(false)
})

test('follows the offline and online events', () => {
  const { result } = renderHook(() => useOnline())
  expect(result.current).toBe(true)

  goOnline(false)
  expect(result.current).toBe(false)

  goOnline(true)
  expect(result.current).toBe(true)

  goOnline(false)
  expect(result.current).toBe(false)
})

test('re-renders only when the answer changes', () => {
  let renders = 0
  renderHook(() => {
    renders += 1
    return useOnline()
  })
  const before = renders

  act(() => {
    window.dispatchEvent(new Event('online'))
  })
  expect(renders).toBe(before)

  goOnline(false)
  expect(renders).toBe(before + 1)
})

test('stops listening when unmounted, removing the listeners it added', () => {
  const added = vi.spyOn(window, 'addEventListener')
  const removed = vi.spyOn(window, 'removeEventListener')
  const { unmount } = renderHook(() => useOnline())
  const listeners = (spy: typeof added | typeof removed) =>
    spy.mock.calls
      .filter(([type]) => type === 'online' || type === 'offline')
      .map(([type, listener]) => [type, listener])
  expect(listeners(added)).toHaveLength(2)
  expect(listeners(removed)).toHaveLength(0)

  unmount()

  expect(listeners(removed)).toEqual(listeners(added))
})

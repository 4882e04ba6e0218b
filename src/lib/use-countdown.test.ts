import { act, renderHook } from '@testing-library/react'
import { useCountdown } from './use-countdown'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms))

function renderCountdown(waitMs: number, onDone = vi.fn()) {
  const hook = renderHook(({ wait, done }) => useCountdown(wait, done), {
    initialProps: { wait: waitMs, done: onDone as () => void },
  })
  return { ...hook, onDone }
}

test('counts whole seconds down, one a second, and calls onDone once at zero', () => {
  const { result, onDone } = renderCountdown(3000)

  expect(result.current).toBe(3)
  advance(999)
  expect(result.current).toBe(3)
  advance(1)
  expect(result.current).toBe(2)
  advance(1000)
  expect(result.current).toBe(1)
  expect(onDone).not.toHaveBeenCalled()

  advance(999)
  expect(onDone).not.toHaveBeenCalled()
  advance(1)
  expect(result.current).toBe(0)
  expect(onDone).toHaveBeenCalledTimes(1)

  advance(10_000)
  expect(result.current).toBe(0)
  expect(onDone).toHaveBeenCalledTimes(1)
})

test('a wait that is not whole seconds rounds up, and onDone comes at the exact wait', () => {
  const { result, onDone } = renderCountdown(2500)

  expect(result.current).toBe(3)
  advance(1000)
  expect(result.current).toBe(2)
  advance(1000)
  expect(result.current).toBe(1)
  advance(499)
  expect(onDone).not.toHaveBeenCalled()
  advance(1)
  expect(onDone).toHaveBeenCalledTimes(1)
  advance(500)
  expect(result.current).toBe(0)
})

test('no wait is zero at once and calls onDone on the next tick', () => {
  const { result, onDone } = renderCountdown(0)

  expect(result.current).toBe(0)
  advance(0)
  expect(onDone).toHaveBeenCalledTimes(1)
  advance(5000)
  expect(onDone).toHaveBeenCalledTimes(1)
})

test('unmounting stops it: no onDone afterwards and no timer left behind', () => {
  const { unmount, onDone } = renderCountdown(3000)
  advance(2000)

  unmount()
  expect(vi.getTimerCount()).toBe(0)
  advance(5000)
  expect(onDone).not.toHaveBeenCalled()
})

test('calls the latest onDone it was given, once', () => {
  const first = vi.fn()
  const latest = vi.fn()
  const { rerender } = renderCountdown(2000, first)
  advance(1000)

  rerender({ wait: 2000, done: latest })
  advance(1000)

  expect(first).not.toHaveBeenCalled()
  expect(latest).toHaveBeenCalledTimes(1)
})

test('keeps its first deadline when re-rendered with another wait (remount to restart)', () => {
  const { result, rerender, onDone } = renderCountdown(3000)
  advance(1000)

  rerender({ wait: 60_000, done: onDone })
  expect(result.current).toBe(2)
  advance(2000)
  expect(result.current).toBe(0)
  expect(onDone).toHaveBeenCalledTimes(1)
})

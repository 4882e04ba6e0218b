import { act, render, screen } from '@testing-library/react'
import { ApiError } from '../lib/api-client'
import { RateLimitNotice } from './rate-limit-notice'

const rateLimited = (retryAfterSeconds?: number) =>
  new ApiError(429, 'RATE_LIMITED', 'Spott rate limit reached.', retryAfterSeconds)

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms))
const notice = () => screen.getByRole('status')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('renders nothing', () => {
  test.each([
    ['no failure', undefined],
    ['an error that is not an ApiError', new Error('boom')],
    ['a network error', new ApiError(0, 'NETWORK_ERROR', 'offline')],
    ['Spott failing', new ApiError(502, 'UPSTREAM_UNAVAILABLE', 'down', 3)],
    ['a 429 without the rate-limit code', new ApiError(429, 'HTTP_ERROR', 'busy', 3)],
    ['a rate limit too long to wait out', rateLimited(120)],
  ])('for %s', (_label, failureReason) => {
    const { container } = render(
      <RateLimitNotice failureReason={failureReason} failureCount={1} isFetching />,
    )
    expect(container).toBeEmptyDOMElement()
  })

  test('for a rate limit when the query is no longer fetching', () => {
    const { container } = render(
      <RateLimitNotice failureReason={rateLimited(3)} failureCount={1} isFetching={false} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})

test('says the dashboard was rate limited and counts down to the next try', () => {
  render(<RateLimitNotice failureReason={rateLimited(3)} failureCount={1} isFetching />)

  expect(notice()).toHaveTextContent(
    'Spott asked the dashboard to slow down (rate limit). Trying again in 3 s…',
  )
  advance(999)
  expect(notice()).toHaveTextContent('Trying again in 3 s…')
  advance(1)
  expect(notice()).toHaveTextContent('Trying again in 2 s…')
  advance(1_000)
  expect(notice()).toHaveTextContent('Trying again in 1 s…')
  advance(1_000)
  expect(notice()).toHaveTextContent(/Trying again…$/)
  expect(notice()).not.toHaveTextContent(/\d s/)
  advance(5_000)
  expect(notice()).toHaveTextContent(/Trying again…$/)
})

test('without a Retry-After, counts down from the default 10 s', () => {
  render(<RateLimitNotice failureReason={rateLimited()} failureCount={1} isFetching />)
  expect(notice()).toHaveTextContent('Trying again in 10 s…')
})

test('a new failure restarts the countdown', () => {
  const { rerender } = render(
    <RateLimitNotice failureReason={rateLimited(3)} failureCount={1} isFetching />,
  )
  advance(3_000)
  expect(notice()).toHaveTextContent(/Trying again…$/)

  rerender(<RateLimitNotice failureReason={rateLimited(3)} failureCount={2} isFetching />)

  expect(notice()).toHaveTextContent('Trying again in 3 s…')
  advance(1_000)
  expect(notice()).toHaveTextContent('Trying again in 2 s…')
})

test('a re-render of the same failure keeps counting from where it was', () => {
  const { rerender } = render(
    <RateLimitNotice failureReason={rateLimited(5)} failureCount={1} isFetching />,
  )
  advance(2_000)

  rerender(<RateLimitNotice failureReason={rateLimited(5)} failureCount={1} isFetching />)

  expect(notice()).toHaveTextContent('Trying again in 3 s…')
})

test('disappears when the retry succeeds, and stops its timer', () => {
  const { container, rerender } = render(
    <RateLimitNotice failureReason={rateLimited(3)} failureCount={1} isFetching />,
  )
  expect(vi.getTimerCount()).toBe(1)

  rerender(<RateLimitNotice failureReason={null} failureCount={0} isFetching={false} />)

  expect(container).toBeEmptyDOMElement()
  expect(vi.getTimerCount()).toBe(0)
})

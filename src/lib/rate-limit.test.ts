import { ApiError } from './api-client'
import { RATE_LIMIT_AUTO_RETRIES, rateLimitWaitMs } from './rate-limit'

const rateLimited = (retryAfterSeconds?: number) =>
  new ApiError(429, 'RATE_LIMITED', 'Spott rate limit reached.', retryAfterSeconds)

describe('rateLimitWaitMs', () => {
  test.each([
    [1, 1_000],
    [3, 3_000],
    [30, 30_000],
    [60, 60_000],
  ])('waits the Retry-After of %i s', (seconds, ms) => {
    expect(rateLimitWaitMs(rateLimited(seconds))).toBe(ms)
  })

  test('waits 10 s when Spott sent no Retry-After', () => {
    expect(rateLimitWaitMs(rateLimited())).toBe(10_000)
  })

  test.each([61, 120, 3_600])('leaves a wait of %i s to the user', (seconds) => {
    expect(rateLimitWaitMs(rateLimited(seconds))).toBeUndefined()
  })

  test('never waits a negative time', () => {
    expect(rateLimitWaitMs(rateLimited(-5))).toBe(0)
  })

  test.each([
    [429, 'HTTP_ERROR'],
    [502, 'UPSTREAM_UNAVAILABLE'],
    [0, 'NETWORK_ERROR'],
    [404, 'NOT_FOUND'],
  ])('is not for %i %s, even with a Retry-After', (status, code) => {
    expect(rateLimitWaitMs(new ApiError(status, code, `${code} test`, 5))).toBeUndefined()
  })

  test('retries a rate limit a few times at most', () => {
    expect(RATE_LIMIT_AUTO_RETRIES).toBeGreaterThanOrEqual(1)
    expect(RATE_LIMIT_AUTO_RETRIES).toBeLessThanOrEqual(3)
  })
})

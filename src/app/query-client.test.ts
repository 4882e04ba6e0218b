import { ApiError } from '../lib/api-client'
import { RATE_LIMIT_AUTO_RETRIES } from '../lib/rate-limit'
import { createQueryClient, retryDelay, shouldRetry } from './query-client'

const apiError = (status: number, code: string) => new ApiError(status, code, `${code} test`)
const rateLimited = (retryAfterSeconds?: number) =>
  new ApiError(429, 'RATE_LIMITED', 'RATE_LIMITED test', retryAfterSeconds)

describe('shouldRetry', () => {
  test.each([
    [400, 'BAD_REQUEST'],
    [404, 'NOT_FOUND'],
    [502, 'UPSTREAM_AUTH'],
    [200, 'INVALID_RESPONSE'],
    [404, 'HTTP_ERROR'],
    [405, 'METHOD_NOT_ALLOWED'],
    [504, 'UPSTREAM_TIMEOUT'],
  ])('never retries %i %s', (status, code) => {
    expect(shouldRetry(0, apiError(status, code))).toBe(false)
  })

  test.each([
    [0, 'NETWORK_ERROR'],
    [502, 'UPSTREAM_UNAVAILABLE'],
  ])('retries %i %s once, and only once', (status, code) => {
    expect(shouldRetry(0, apiError(status, code))).toBe(true)
    expect(shouldRetry(1, apiError(status, code))).toBe(false)
    expect(shouldRetry(2, apiError(status, code))).toBe(false)
  })

  test.each([1, 10, 60])(
    'retries RATE_LIMITED with Retry-After %i s, up to RATE_LIMIT_AUTO_RETRIES times',
    (seconds) => {
      const error = rateLimited(seconds)
      for (let failures = 0; failures < RATE_LIMIT_AUTO_RETRIES; failures += 1) {
        expect(shouldRetry(failures, error), `after ${failures} failures`).toBe(true)
      }
      expect(shouldRetry(RATE_LIMIT_AUTO_RETRIES, error)).toBe(false)
      expect(shouldRetry(RATE_LIMIT_AUTO_RETRIES + 1, error)).toBe(false)
    },
  )

  test('retries RATE_LIMITED without a Retry-After (it waits the default 10 s)', () => {
    expect(shouldRetry(0, rateLimited())).toBe(true)
    expect(shouldRetry(RATE_LIMIT_AUTO_RETRIES, rateLimited())).toBe(false)
  })

  test.each([61, 300, 86_400])('never retries RATE_LIMITED with Retry-After %i s', (seconds) => {
    expect(shouldRetry(0, rateLimited(seconds))).toBe(false)
  })

  test('does not retry an error that is not an ApiError (a bug, not the network)', () => {
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false)
    expect(shouldRetry(0, { code: 'RATE_LIMITED', retryAfterSeconds: 1 })).toBe(false)
  })
})

describe('retryDelay', () => {
  test.each([
    [1, 1_000],
    [5, 5_000],
    [60, 60_000],
  ])('waits the Retry-After of a rate limit (%i s)', (seconds, ms) => {
    expect(retryDelay(0, rateLimited(seconds))).toBe(ms)
    expect(retryDelay(1, rateLimited(seconds))).toBe(ms)
  })

  test('waits 10 s for a rate limit without Retry-After', () => {
    expect(retryDelay(0, rateLimited())).toBe(10_000)
  })

  test.each([
    ['a dropped connection', apiError(0, 'NETWORK_ERROR')],
    ['Spott failing', apiError(502, 'UPSTREAM_UNAVAILABLE')],
    ['a rate limit too long to sit out', rateLimited(120)],
    ['an error that is not an ApiError', new Error('boom')],
  ])('waits 800 ms after %s', (_label, error) => {
    expect(retryDelay(0, error)).toBe(800)
  })
})

describe('createQueryClient', () => {
  test('uses shouldRetry and retryDelay for every query, and does not retry on mount', () => {
    const { queries } = createQueryClient().getDefaultOptions()
    expect(queries?.retry).toBe(shouldRetry)
    expect(queries?.retryDelay).toBe(retryDelay)
    expect(queries?.retryOnMount).toBe(false)
  })

  describe('with fake timers', () => {
    beforeEach(() => {
      vi.useFakeTimers()
    })
    afterEach(() => {
      vi.useRealTimers()
    })

    test('a rate-limited query waits Retry-After between tries, then gives up', async () => {
      const client = createQueryClient()
      const queryFn = vi.fn(() => Promise.reject(rateLimited(2)))
      const result = client.fetchQuery({ queryKey: ['rate-limited'], queryFn })
      const settled = result.then(
        () => 'resolved',
        (error: unknown) => error,
      )

      await vi.advanceTimersByTimeAsync(0)
      expect(queryFn).toHaveBeenCalledTimes(1)
      await vi.advanceTimersByTimeAsync(1_999)
      expect(queryFn).toHaveBeenCalledTimes(1)
      await vi.advanceTimersByTimeAsync(1)
      expect(queryFn).toHaveBeenCalledTimes(2)
      await vi.advanceTimersByTimeAsync(2_000)
      expect(queryFn).toHaveBeenCalledTimes(1 + RATE_LIMIT_AUTO_RETRIES)

      await vi.advanceTimersByTimeAsync(60_000)
      expect(queryFn).toHaveBeenCalledTimes(1 + RATE_LIMIT_AUTO_RETRIES)
      expect(await settled).toBeInstanceOf(ApiError)
      client.clear()
    })

    test('a rate-limited query that then succeeds resolves', async () => {
      const client = createQueryClient()
      const queryFn = vi
        .fn<() => Promise<string>>()
        .mockRejectedValueOnce(rateLimited(1))
        .mockResolvedValue('data')
      const result = client.fetchQuery({ queryKey: ['recovers'], queryFn })

      await vi.advanceTimersByTimeAsync(1_000)
      expect(await result).toBe('data')
      expect(queryFn).toHaveBeenCalledTimes(2)
      client.clear()
    })

    test('a long Retry-After fails at once, without retrying', async () => {
      const client = createQueryClient()
      const queryFn = vi.fn(() => Promise.reject(rateLimited(90)))

      await expect(client.fetchQuery({ queryKey: ['long-wait'], queryFn })).rejects.toMatchObject({
        code: 'RATE_LIMITED',
      })
      expect(queryFn).toHaveBeenCalledTimes(1)
      client.clear()
    })
  })
})

import { ApiError } from '../lib/api-client'
import { createQueryClient, shouldRetry } from './query-client'

const apiError = (status: number, code: string) => new ApiError(status, code, `${code} test`)

describe('shouldRetry', () => {
  test.each([
    [400, 'BAD_REQUEST'],
    [404, 'NOT_FOUND'],
    [429, 'RATE_LIMITED'],
    [502, 'UPSTREAM_AUTH'],
    [200, 'INVALID_RESPONSE'],
    [404, 'HTTP_ERROR'],
    [405, 'METHOD_NOT_ALLOWED'],
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

  test('does not retry an error that is not an ApiError (a bug, not the network)', () => {
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false)
  })
})

test('createQueryClient uses shouldRetry for every query', () => {
  const { queries } = createQueryClient().getDefaultOptions()
  expect(queries?.retry).toBe(shouldRetry)
})

import { describe, expect, it } from 'vitest'
import { DEFAULT_SPOTT_API_URL, DEFAULT_TIMEOUT_MS, readServerEnv } from './env.ts'

const KEY = 'sk_live_ENV-TEST-KEY_4b8e2f6a'

/** The error readServerEnv throws for `source`; fails the test if it does not throw. */
function configError(source: Record<string, string | undefined>): string {
  try {
    readServerEnv(source)
  } catch (error) {
    expect(error).toBeInstanceOf(Error)
    return (error as Error).message
  }
  throw new Error(`readServerEnv accepted ${JSON.stringify(Object.keys(source))}`)
}

describe('readServerEnv', () => {
  it('defaults to demo mode, the public API and a 10 s timeout', () => {
    expect(readServerEnv({})).toEqual({
      apiKey: undefined,
      apiUrl: 'https://api.gospott.com',
      timeoutMs: 10_000,
      cacheTtlMs: 5_000,
      requestsPerMinute: 1_000,
      maxConcurrent: 8,
    })
    expect(DEFAULT_SPOTT_API_URL).toBe('https://api.gospott.com')
    expect(DEFAULT_TIMEOUT_MS).toBe(10_000)
  })

  it('reads every variable', () => {
    expect(
      readServerEnv({
        SPOTT_API_KEY: KEY,
        SPOTT_API_URL: 'http://127.0.0.1:4010/base',
        SPOTT_TIMEOUT_MS: '2500',
        SPOTT_CACHE_TTL_MS: '0',
        SPOTT_RATE_LIMIT_PER_MINUTE: '600',
        SPOTT_MAX_CONCURRENCY: '4',
      }),
    ).toEqual({
      apiKey: KEY,
      apiUrl: 'http://127.0.0.1:4010/base',
      timeoutMs: 2500,
      cacheTtlMs: 0,
      requestsPerMinute: 600,
      maxConcurrent: 4,
    })
  })

  it('ignores other variables, VITE_-prefixed ones included', () => {
    expect(readServerEnv({ VITE_SPOTT_API_KEY: KEY, PATH: '/usr/bin' }).apiKey).toBeUndefined()
  })

  it.each(['', '   '])('treats %j as unset', (blank) => {
    expect(
      readServerEnv({
        SPOTT_API_KEY: blank,
        SPOTT_API_URL: blank,
        SPOTT_TIMEOUT_MS: blank,
        SPOTT_CACHE_TTL_MS: blank,
        SPOTT_RATE_LIMIT_PER_MINUTE: blank,
        SPOTT_MAX_CONCURRENCY: blank,
      }),
    ).toEqual(readServerEnv({}))
  })

  it('trims surrounding whitespace from the key', () => {
    expect(readServerEnv({ SPOTT_API_KEY: `  ${KEY}\n` }).apiKey).toBe(KEY)
  })

  it.each([
    ['SPOTT_API_URL', 'not a url'],
    ['SPOTT_API_URL', 'api.gospott.com'],
    ['SPOTT_API_URL', 'ftp://files.example/spott'],
    ['SPOTT_API_URL', 'javascript:alert(1)'],
    ['SPOTT_API_URL', 'https://user:secret@api.gospott.com'],
    ['SPOTT_API_URL', 'https://token@api.gospott.com/v1'],
    ['SPOTT_TIMEOUT_MS', 'soon'],
    ['SPOTT_TIMEOUT_MS', '1.5'],
    ['SPOTT_TIMEOUT_MS', '-100'],
    ['SPOTT_TIMEOUT_MS', '50'],
    ['SPOTT_TIMEOUT_MS', '99999999'],
    ['SPOTT_CACHE_TTL_MS', '-1'],
    ['SPOTT_CACHE_TTL_MS', 'forever'],
    ['SPOTT_RATE_LIMIT_PER_MINUTE', '5'],
    ['SPOTT_RATE_LIMIT_PER_MINUTE', '900.5'],
    ['SPOTT_MAX_CONCURRENCY', '0'],
    ['SPOTT_MAX_CONCURRENCY', '65'],
  ])('rejects %s=%j, naming the variable but neither its value nor the key', (name, value) => {
    const message = configError({ SPOTT_API_KEY: KEY, [name]: value })
    expect(message).toContain(name)
    expect(message).not.toContain(KEY)
    expect(message).not.toContain(value)
  })

  it('never puts the key in the error, even when the key is pasted into another variable', () => {
    const message = configError({
      SPOTT_API_KEY: KEY,
      SPOTT_API_URL: KEY,
      SPOTT_TIMEOUT_MS: KEY,
    })
    expect(message).toContain('SPOTT_API_URL')
    expect(message).toContain('SPOTT_TIMEOUT_MS')
    expect(message).not.toContain(KEY)
  })
})

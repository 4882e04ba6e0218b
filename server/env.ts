import { z } from 'zod'
import { PROXY_DEFAULTS } from './spott-proxy.ts'

export const DEFAULT_SPOTT_API_URL = 'https://api.gospott.com'
export const DEFAULT_TIMEOUT_MS = PROXY_DEFAULTS.timeoutMs

// Empty strings come from `.env.example` copied as is: treat them as "not set".
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

/** A whole number within bounds; the message names the variable, never its value. */
const wholeNumber = (name: string, unit: string, min: number, max: number) =>
  optionalText.pipe(
    z.coerce
      .number<string | undefined>({ error: `${name} must be a number of ${unit}` })
      .int({ error: `${name} must be a whole number of ${unit}` })
      .min(min, { error: `${name} must be at least ${min}` })
      .max(max, { error: `${name} must be at most ${max}` })
      .optional(),
  )

const envSchema = z.object({
  SPOTT_API_KEY: optionalText,
  SPOTT_API_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'SPOTT_API_URL must be an http(s) URL' })
      // Credentials in the URL would travel into every log line that names the upstream.
      .refine((url) => !/^https?:\/\/[^/?#]*@/i.test(url), {
        error: 'SPOTT_API_URL must not contain a user name or password',
      })
      .optional(),
  ),
  SPOTT_TIMEOUT_MS: wholeNumber('SPOTT_TIMEOUT_MS', 'milliseconds', 100, 120_000),
  SPOTT_CACHE_TTL_MS: wholeNumber('SPOTT_CACHE_TTL_MS', 'milliseconds', 0, 600_000),
  SPOTT_RATE_LIMIT_PER_MINUTE: wholeNumber('SPOTT_RATE_LIMIT_PER_MINUTE', 'requests', 10, 100_000),
  SPOTT_MAX_CONCURRENCY: wholeNumber('SPOTT_MAX_CONCURRENCY', 'requests', 1, 64),
})

export type ServerEnv = {
  /** Absent means demo mode: the built-in mock Spott API answers instead. */
  apiKey: string | undefined
  apiUrl: string
  timeoutMs: number
  /** How long the proxy serves an answer from memory; 0 turns that off. */
  cacheTtlMs: number
  /** Spott's rate limit for this key; the proxy stays under it. */
  requestsPerMinute: number
  /** Upstream calls in flight at once. */
  maxConcurrent: number
}

/**
 * Reads the SPOTT_* variables. Messages name the variable, never its value,
 * so a misconfigured key cannot end up in a log.
 */
export function readServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.keys(envSchema.shape).map((name) => [name, source[name]])),
  )
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid dashboard configuration: ${problems.join('; ')}`)
  }
  return {
    apiKey: parsed.data.SPOTT_API_KEY,
    apiUrl: parsed.data.SPOTT_API_URL ?? DEFAULT_SPOTT_API_URL,
    timeoutMs: parsed.data.SPOTT_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
    cacheTtlMs: parsed.data.SPOTT_CACHE_TTL_MS ?? PROXY_DEFAULTS.cacheTtlMs,
    requestsPerMinute: parsed.data.SPOTT_RATE_LIMIT_PER_MINUTE ?? PROXY_DEFAULTS.requestsPerMinute,
    maxConcurrent: parsed.data.SPOTT_MAX_CONCURRENCY ?? PROXY_DEFAULTS.maxConcurrent,
  }
}

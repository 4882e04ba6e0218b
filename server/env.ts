import { z } from 'zod'

export const DEFAULT_SPOTT_API_URL = 'https://api.gospott.com'
export const DEFAULT_TIMEOUT_MS = 10_000

// Empty strings come from `.env.example` copied as is: treat them as "not set".
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

const envSchema = z.object({
  SPOTT_API_KEY: optionalText,
  SPOTT_API_URL: optionalText.pipe(
    z.url({ protocol: /^https?$/, error: 'SPOTT_API_URL must be an http(s) URL' }).optional(),
  ),
  SPOTT_TIMEOUT_MS: optionalText.pipe(
    z.coerce
      .number<string | undefined>({ error: 'SPOTT_TIMEOUT_MS must be a number of milliseconds' })
      .int()
      .min(100)
      .max(120_000)
      .optional(),
  ),
})

export type ServerEnv = {
  /** Absent means demo mode: the built-in mock Spott API answers instead. */
  apiKey: string | undefined
  apiUrl: string
  timeoutMs: number
}

/**
 * Reads the SPOTT_* variables. Messages name the variable, never its value,
 * so a misconfigured key cannot end up in a log.
 */
export function readServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = envSchema.safeParse({
    SPOTT_API_KEY: source.SPOTT_API_KEY,
    SPOTT_API_URL: source.SPOTT_API_URL,
    SPOTT_TIMEOUT_MS: source.SPOTT_TIMEOUT_MS,
  })
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid dashboard configuration: ${problems.join('; ')}`)
  }
  return {
    apiKey: parsed.data.SPOTT_API_KEY,
    apiUrl: parsed.data.SPOTT_API_URL ?? DEFAULT_SPOTT_API_URL,
    timeoutMs: parsed.data.SPOTT_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
  }
}

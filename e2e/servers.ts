/**
 * The servers Playwright starts (see playwright.config.ts). Each is the real app with the
 * real proxy. Most are the production server, as `npm start` runs it; they differ in how
 * the proxy reaches Spott.
 */
export const E2E_SECRET_KEY = 'sk_e2e_5f1b0c8d4a7e4c2b9d3f6a1e8c0b7d2f'
/** A key the standalone mock does not accept, as if it had been revoked in Spott. */
export const REJECTED_KEY = 'sk_revoked_key_for_e2e'
/** A key the standalone mock accepts but rate limits hard, as Spott does per key. */
export const THROTTLED_KEY = 'sk_throttled_key_for_e2e'
/** Its limit: this many requests per window, then 429 with Retry-After. */
export const THROTTLE = { limit: 1, windowMs: 2000 }

/** A key whose rate limit is always used up: a second mock answers it only with 429. */
export const SATURATED_KEY = 'sk_saturated_key_for_e2e'
/** Retry-After of those 429s, in seconds. */
export const SATURATED_RETRY_AFTER_S = 2

/** Credentials of the Basic-auth gated production server. */
export const BASIC_AUTH = { username: 'sales', password: 'e2e pass: with colon' }

export const SERVERS = {
  /** `npm start` (the production server) in demo mode: no key, the built-in mock. */
  demo: 'http://127.0.0.1:4173',
  /**
   * `npm start` with a key, proxying to a standalone mock Spott that accepts that key and
   * also serves, after the demo pipeline, the stress records (mock-spott/stress-data.ts)
   * and the hostile ones of the XSS spec (mock-spott/hostile-data.ts).
   */
  keyed: 'http://127.0.0.1:4174',
  /** `npm start` whose key the standalone mock rejects (UPSTREAM_AUTH). */
  rejectedKey: 'http://127.0.0.1:4175',
  /** `npm start` whose key the standalone mock rate limits (RATE_LIMITED). */
  throttled: 'http://127.0.0.1:4176',
  /** `npm start` in demo mode behind HTTP Basic auth (DASHBOARD_BASIC_AUTH). */
  basicAuth: 'http://127.0.0.1:4177',
  /** `npm start` whose every request Spott refuses with 429 (the rate-limited error page). */
  saturated: 'http://127.0.0.1:4179',
  /** `vite preview` in demo mode, as `npm run preview` starts it. */
  preview: 'http://127.0.0.1:4178',
  /** `vite` dev server in demo mode, as `npm run dev` starts it. */
  dev: 'http://127.0.0.1:5173',
  /** The standalone mock Spott API itself. */
  mockSpott: 'http://127.0.0.1:4010',
  /** A second standalone mock, behind `saturated`. */
  saturatedSpott: 'http://127.0.0.1:4011',
} as const

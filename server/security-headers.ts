import type { ServerResponse } from 'node:http'

/**
 * No inline script anywhere, and no inline style but the exact stylesheets named by hash
 * (a deep link's page carries the app's CSS inline, see deep-link-page.ts). Vite's build
 * loads everything else from files, and React's `style` props go through the CSSOM, which
 * CSP does not block. Avatars and logos come from Spott's storage on any https host. Nothing
 * may frame the dashboard.
 */
export function contentSecurityPolicy({ styleHashes = [] }: { styleHashes?: string[] } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
    "img-src 'self' https:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // Links out (a client's website) do not tell that site which deal someone was reading.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}

export function setSecurityHeaders(res: ServerResponse) {
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value)
}

import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isIP } from 'node:net'
import { sendText } from './plain-text.ts'

/**
 * Who may read the dashboard. It serves CRM data with a key held on the server, so serving
 * it beyond this machine must be decided explicitly: with a password (HTTP Basic), or by
 * stating that an SSO proxy in front already checks who is asking.
 */
export type AccessControl =
  { kind: 'none' } | { kind: 'basic'; user: string; password: string } | { kind: 'trusted-proxy' }

export function readAccessControl(env: Record<string, string | undefined>): AccessControl {
  const basic = env.DASHBOARD_BASIC_AUTH?.trim()
  const trustProxy = env.DASHBOARD_TRUST_PROXY_AUTH?.trim()
  if (trustProxy && trustProxy !== '0' && trustProxy !== '1') {
    throw new Error('DASHBOARD_TRUST_PROXY_AUTH must be 1 (or 0, or unset).')
  }
  if (basic) {
    const colon = basic.indexOf(':')
    const user = basic.slice(0, colon)
    const password = basic.slice(colon + 1)
    // Never echo the value: it is a password.
    if (colon < 1 || password === '') {
      throw new Error('DASHBOARD_BASIC_AUTH must look like user:password, both non-empty.')
    }
    return { kind: 'basic', user, password }
  }
  return trustProxy === '1' ? { kind: 'trusted-proxy' } : { kind: 'none' }
}

/** 127.0.0.0/8, ::1 and "localhost": addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (bare === 'localhost') return true
  if (isIP(bare) === 4) return bare.startsWith('127.')
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare)
  return false
}

/** The reason to refuse to start, or undefined when listening on `host` is fine. */
export function refusalToListen(host: string, access: AccessControl): string | undefined {
  if (isLoopbackHost(host) || access.kind !== 'none') return undefined
  return (
    `Refusing to listen on ${host}: that serves Spott data, read with the dashboard's key, ` +
    'to anyone who can reach this address. Set DASHBOARD_BASIC_AUTH=user:password to ask ' +
    'for a password, or DASHBOARD_TRUST_PROXY_AUTH=1 if an SSO proxy in front already ' +
    'checks who is asking. Or listen on 127.0.0.1.'
  )
}

/** Digests have equal length, so the comparison takes the same time whatever was sent. */
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

/** Checks an Authorization header against Basic credentials, in constant time. */
export function basicAuthMatches(header: string | undefined, user: string, password: string) {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  const given = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : ''
  return timingSafeEqual(digest(given), digest(`${user}:${password}`))
}

/** Answers 401 and returns false when the request may not read the dashboard. */
export function checkAccess(
  access: AccessControl,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if (access.kind !== 'basic') return true
  if (basicAuthMatches(req.headers.authorization, access.user, access.password)) return true
  res.setHeader('www-authenticate', 'Basic realm="Spott dashboard", charset="UTF-8"')
  sendText(req, res, 401, 'Sign in to see the Spott dashboard.')
  return false
}

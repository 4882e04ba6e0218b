import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  basicAuthMatches,
  isLoopbackHost,
  readAccessControl,
  refusalToListen,
  type AccessControl,
} from './access-control.ts'
import { basicAuthorization } from './test-support/http.ts'

const PASSWORD = 'Sup3r-Secret_pa55word'

/** The error readAccessControl throws for `env`; fails the test if it does not throw. */
function configError(env: Record<string, string | undefined>): string {
  try {
    readAccessControl(env)
  } catch (error) {
    expect(error).toBeInstanceOf(Error)
    return (error as Error).message
  }
  throw new Error(`readAccessControl accepted ${JSON.stringify(env)}`)
}

describe('readAccessControl', () => {
  it('is none when nothing is set, or set empty', () => {
    expect(readAccessControl({})).toEqual({ kind: 'none' })
    expect(readAccessControl({ DASHBOARD_BASIC_AUTH: '', DASHBOARD_TRUST_PROXY_AUTH: '' })).toEqual(
      { kind: 'none' },
    )
    expect(readAccessControl({ DASHBOARD_BASIC_AUTH: '   ' })).toEqual({ kind: 'none' })
  })

  it('reads user:password', () => {
    expect(readAccessControl({ DASHBOARD_BASIC_AUTH: `sales:${PASSWORD}` })).toEqual({
      kind: 'basic',
      user: 'sales',
      password: PASSWORD,
    })
  })

  it('splits on the first colon, so the password may hold colons', () => {
    expect(readAccessControl({ DASHBOARD_BASIC_AUTH: 'sales:a:b::c' })).toEqual({
      kind: 'basic',
      user: 'sales',
      password: 'a:b::c',
    })
  })

  it('keeps spaces and non-ASCII inside the password', () => {
    expect(readAccessControl({ DASHBOARD_BASIC_AUTH: 'équipe:mot de passe ü' })).toEqual({
      kind: 'basic',
      user: 'équipe',
      password: 'mot de passe ü',
    })
  })

  it.each([
    ['no colon', 'salesSup3r-Secret_pa55word'],
    ['an empty user', `:${PASSWORD}`],
    ['an empty password', 'sales-team-user:'],
    ['only a colon', ':'],
  ])('refuses %s without echoing the value', (_label, value) => {
    const message = configError({ DASHBOARD_BASIC_AUTH: value })
    expect(message).toContain('DASHBOARD_BASIC_AUTH')
    expect(message).toMatch(/user:password/)
    for (const part of value.split(':').filter((p) => p.length > 2)) {
      expect(message).not.toContain(part)
    }
  })

  it('reads DASHBOARD_TRUST_PROXY_AUTH=1, and 0 as unset', () => {
    expect(readAccessControl({ DASHBOARD_TRUST_PROXY_AUTH: '1' })).toEqual({
      kind: 'trusted-proxy',
    })
    expect(readAccessControl({ DASHBOARD_TRUST_PROXY_AUTH: ' 1 ' })).toEqual({
      kind: 'trusted-proxy',
    })
    expect(readAccessControl({ DASHBOARD_TRUST_PROXY_AUTH: '0' })).toEqual({ kind: 'none' })
  })

  it.each(['true', 'yes', '2', 'on', '01', 'garbage'])(
    'refuses DASHBOARD_TRUST_PROXY_AUTH=%s',
    (value) => {
      expect(configError({ DASHBOARD_TRUST_PROXY_AUTH: value })).toContain(
        'DASHBOARD_TRUST_PROXY_AUTH',
      )
    },
  )

  it('prefers Basic auth when both are set', () => {
    expect(
      readAccessControl({
        DASHBOARD_BASIC_AUTH: `sales:${PASSWORD}`,
        DASHBOARD_TRUST_PROXY_AUTH: '1',
      }),
    ).toEqual({ kind: 'basic', user: 'sales', password: PASSWORD })
  })

  it('never puts the value of a malformed setting in its message', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, unit: 'grapheme' }), (value) => {
        const trimmed = value.trim()
        fc.pre(trimmed.length >= 4 && !/^[^:]+:.+$/.test(trimmed))
        // Only values that are not user:password are refused; none may be echoed.
        expect(configError({ DASHBOARD_BASIC_AUTH: value })).not.toContain(trimmed)
      }),
    )
  })
})

describe('isLoopbackHost', () => {
  it.each([
    '127.0.0.1',
    '127.5.5.5',
    '127.255.255.254',
    '::1',
    '[::1]',
    'localhost',
    'LOCALHOST',
    'LocalHost',
    '::ffff:127.0.0.1',
    '[::ffff:127.0.0.1]',
  ])('%s is this machine only', (host) => {
    expect(isLoopbackHost(host)).toBe(true)
  })

  it.each([
    '0.0.0.0',
    '::',
    '[::]',
    '192.168.1.2',
    '10.0.0.1',
    '128.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:0.0.0.0',
    'example.com',
    'localhost.example.com',
    '127.0.0.1.nip.io',
    '',
  ])('%j is reachable from elsewhere (or unknown)', (host) => {
    expect(isLoopbackHost(host)).toBe(false)
  })
})

describe('refusalToListen', () => {
  const basic: AccessControl = { kind: 'basic', user: 'sales', password: PASSWORD }

  it.each(['0.0.0.0', '::', '192.168.1.2', 'example.com'])(
    'refuses %s without access control, naming both ways to allow it',
    (host) => {
      const message = refusalToListen(host, { kind: 'none' })
      expect(message).toContain(host)
      expect(message).toContain('DASHBOARD_BASIC_AUTH')
      expect(message).toContain('DASHBOARD_TRUST_PROXY_AUTH')
      expect(message).toContain('127.0.0.1')
    },
  )

  it.each(['127.0.0.1', '::1', 'localhost'])('allows loopback %s without any', (host) => {
    expect(refusalToListen(host, { kind: 'none' })).toBeUndefined()
  })

  it('allows any host with Basic auth or a trusted proxy', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.2']) {
      expect(refusalToListen(host, basic)).toBeUndefined()
      expect(refusalToListen(host, { kind: 'trusted-proxy' })).toBeUndefined()
    }
  })

  it('never holds a password, whatever the host and access', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('0.0.0.0', '::', '127.0.0.1', '10.1.2.3'), fc.domain()),
        fc.constantFrom<AccessControl>({ kind: 'none' }, basic, { kind: 'trusted-proxy' }),
        (host, access) => {
          expect(refusalToListen(host, access) ?? '').not.toContain(PASSWORD)
        },
      ),
    )
  })
})

describe('basicAuthMatches', () => {
  /** What readAccessControl accepts: a user without colons, a non-empty password. */
  const user = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }).filter((u) => {
    return !u.includes(':')
  })
  const password = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
  const decoded = (header: string) => {
    const token = /^Basic\s+(\S*)\s*$/i.exec(header)?.[1]
    return token === undefined ? undefined : Buffer.from(token, 'base64').toString('utf8')
  }

  it('accepts the exact credentials, whatever they are', () => {
    fc.assert(
      fc.property(user, password, (u, p) => {
        expect(basicAuthMatches(basicAuthorization(u, p), u, p)).toBe(true)
      }),
    )
  })

  it('refuses the encoding of any other user:password', () => {
    fc.assert(
      fc.property(user, password, user, password, (u, p, otherUser, otherPassword) => {
        fc.pre(`${otherUser}:${otherPassword}` !== `${u}:${p}`)
        expect(basicAuthMatches(basicAuthorization(otherUser, otherPassword), u, p)).toBe(false)
      }),
    )
  })

  it('refuses near misses of the right credentials', () => {
    fc.assert(
      fc.property(
        user,
        password,
        fc.constantFrom(
          (u: string, p: string) => `${u}:${p} `,
          (u: string, p: string) => ` ${u}:${p}`,
          (u: string, p: string) => `${u}:${p.slice(0, -1)}`,
          (u: string, p: string) => `${u}${p}`,
          (u: string, p: string) => `${u}:${p}:`,
          (u: string, p: string) => `${p}:${u}`,
          (u: string, p: string) => `${u.toUpperCase()}:${p.toLowerCase()}`,
        ),
        (u, p, mangle) => {
          const given = mangle(u, p)
          fc.pre(given !== `${u}:${p}`)
          const header = `Basic ${Buffer.from(given, 'utf8').toString('base64')}`
          expect(basicAuthMatches(header, u, p)).toBe(false)
        },
      ),
    )
  })

  it('matches an arbitrary header only if it decodes to exactly user:password', () => {
    const header = fc.oneof(
      fc.string(),
      fc.string().map((text) => `Basic ${text}`),
      fc.base64String().map((token) => `Basic ${token}`),
      fc.string().map((text) => `Bearer ${Buffer.from(text).toString('base64')}`),
    )
    fc.assert(
      fc.property(user, password, header, (u, p, h) => {
        if (basicAuthMatches(h, u, p)) expect(decoded(h)).toBe(`${u}:${p}`)
      }),
    )
    // And where the header does decode to something close to the credentials.
    for (const given of ['a:b', 'ab', 'a:', ':b', 'a:bc', 'a:b\n', 'A:b']) {
      const h = `Basic ${Buffer.from(given).toString('base64')}`
      expect(basicAuthMatches(h, 'a', 'b')).toBe(given === 'a:b')
    }
  })

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['a bare scheme', 'Basic'],
    ['an empty token', 'Basic '],
    ['another scheme', `Bearer ${Buffer.from(`sales:${PASSWORD}`).toString('base64')}`],
    ['unencoded credentials', `Basic sales:${PASSWORD}`],
    ['a token with junk after it', `${basicAuthorization('sales', PASSWORD)} extra`],
  ])('refuses %s', (_label, header) => {
    expect(basicAuthMatches(header, 'sales', PASSWORD)).toBe(false)
  })

  it('takes the scheme in any case, with any spacing, as RFC 7617 allows', () => {
    const token = Buffer.from(`sales:${PASSWORD}`).toString('base64')
    for (const header of [
      `basic ${token}`,
      `BASIC ${token}`,
      `Basic\t${token}`,
      `Basic ${token} `,
    ]) {
      expect(basicAuthMatches(header, 'sales', PASSWORD)).toBe(true)
    }
  })
})

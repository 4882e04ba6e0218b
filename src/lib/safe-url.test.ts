import { displayHost, mailtoHref, safeImageUrl, safeUrl, telHref } from './safe-url'

describe('safeUrl', () => {
  test.each([
    [
      'https://careers.example.com/jobs/1?ref=crm#top',
      'https://careers.example.com/jobs/1?ref=crm#top',
    ],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/padded  ', 'https://example.com/padded'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['mailto:maria.garcia@northwind.example', 'mailto:maria.garcia@northwind.example'],
    ['tel:+442079460321', 'tel:+442079460321'],
  ])('accepts %j', (value, expected) => {
    expect(safeUrl(value)).toBe(expected)
  })

  test('resolves a root-relative path against the page (demo avatars are served locally)', () => {
    expect(safeUrl('/demo/avatars/person-01.svg')).toBe(
      new URL('/demo/avatars/person-01.svg', window.location.href).href,
    )
  })

  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'jav\tascript:alert(document.cookie)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'blob:https://example.com/1',
  ])('rejects %j', (value) => {
    expect(safeUrl(value)).toBeUndefined()
  })

  test.each(['&#106;avascript:alert(1)', 'javascript&colon;alert(1)', '&#x6A;avascript:'])(
    'never turns the entity-like %j into a script URL',
    (value) => {
      const href = safeUrl(value)
      expect(href === undefined || /^https?:/.test(href)).toBe(true)
      expect(href ?? '').not.toMatch(/^\s*javascript:/i)
    },
  )

  test.each([
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#0000106&#0000097vascript:alert(1)',
  ])('rejects the entity-like %j', (value) => {
    expect(safeUrl(value)).toBeUndefined()
  })

  test.each([null, undefined, '', '   '])('gives nothing for %j', (value) => {
    expect(safeUrl(value)).toBeUndefined()
  })
})

test('mailtoHref makes a mailto: link of a trimmed address', () => {
  expect(mailtoHref(' maria.garcia@northwind.example ')).toBe(
    'mailto:maria.garcia@northwind.example',
  )
})

describe('telHref', () => {
  test.each([
    ['+44 (0)20 7946-0321', 'tel:+442079460321'],
    ['+44 20 7946 0321', 'tel:+442079460321'],
    ['+81 6-6123-4567', 'tel:+81661234567'],
    ['020 7946 0321', 'tel:02079460321'],
    ['(555) 010-9999 ', 'tel:5550109999'],
  ])('keeps a leading + and the digits of %j', (phone, expected) => {
    expect(telHref(phone)).toBe(expected)
  })

  test.each(['', 'n/a', '12', 'javascript:alert(1)'])('gives no link for %j', (phone) => {
    expect(telHref(phone)).toBeUndefined()
  })
})

describe('displayHost', () => {
  test.each([
    ['https://www.example.com/jobs/1', 'example.com'],
    ['https://careers.northwind.example/jobs/vp-engineering', 'careers.northwind.example'],
    ['http://example.com:8080/x', 'example.com:8080'],
  ])('%s → %s', (href, host) => {
    expect(displayHost(href)).toBe(host)
  })

  test('returns a value that is not a URL as it is', () => {
    expect(displayHost('not a url')).toBe('not a url')
  })
})

test.each(['/\\evil.example/x', '/\t/evil.example/x', '/\n/evil.example/x', '/\\\\evil.example'])(
  'a path that would resolve to another site (%j) is not a link',
  (value) => {
    expect(safeUrl(value)).toBeUndefined()
    expect(safeImageUrl(value)).toBeUndefined()
  },
)

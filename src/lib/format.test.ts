import { DEFAULT_LOCALE, digitsOf, enUsOr, TIME_OF_DAY } from '../test/intl'
import { parseCalendarDay, parseSpottDate } from './dates'
import {
  formatClockTime,
  formatMoney,
  formatNumber,
  formatRelative,
  formatRelativeDays,
  formatSpottDate,
  formatSpottDateExact,
} from './format'

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

describe('formatSpottDate', () => {
  test('a midnight-UTC date keeps its calendar day (1 March, never 28 February)', () => {
    const text = formatSpottDate(parseSpottDate('2026-03-01T00:00:00Z')!)

    expect(text).toMatch(enUsOr('Mar 1, 2026', /\b1\b/))
    expect(text).toContain('2026')
    expect(text).not.toMatch(/\b(28|29|2\/28|Feb)\b/)
  })

  test('a close date late in the UTC day keeps that day too', () => {
    const text = formatSpottDate(parseCalendarDay('2026-03-01T23:30:00Z')!)
    expect(text).toMatch(enUsOr('Mar 1, 2026', /\b1\b/))
    expect(text).not.toMatch(/\b(2|Mar 2)\b/)
  })

  test('an instant shows its date and time of day, or only the date when asked', () => {
    // Noon UTC is 1 March in every time zone from UTC-11 to UTC+11.
    const noon = parseSpottDate('2026-03-01T12:00:00Z')!

    expect(formatSpottDate(noon)).toMatch(/\d{1,2}[:.]\d{2}/)
    expect(formatSpottDate(noon, { withTime: false })).not.toMatch(/\d{1,2}[:.]\d{2}/)
    expect(formatSpottDate(noon, { withTime: false })).toMatch(enUsOr('Mar 1, 2026', /2026/))
  })

  test('the exact form names the full day', () => {
    const text = formatSpottDateExact(parseSpottDate('2026-03-01')!)
    expect(text).toMatch(enUsOr('Sunday, March 1, 2026', /2026/))
  })
})

describe('formatRelativeDays', () => {
  test.each([
    [0, 0, 'day', 'today'],
    [1, 1, 'day', 'tomorrow'],
    [-1, -1, 'day', 'yesterday'],
    [3, 3, 'day', 'in 3 days'],
    [-3, -3, 'day', '3 days ago'],
    [13, 13, 'day', 'in 13 days'],
    [14, 2, 'week', 'in 2 weeks'],
    [-14, -2, 'week', '2 weeks ago'],
    [800, 2, 'year', 'in 2 years'],
    [-800, -2, 'year', '2 years ago'],
  ] as const)('%i days → %i %s (%s)', (days, amount, unit, enUs) => {
    const text = formatRelativeDays(days)
    expect(text).toBe(relative.format(amount, unit))
    expect(text).toMatch(enUsOr(enUs, /./))
  })

  test.each([
    [20, 3, 'week', 'in 3 weeks'],
    [-20, -3, 'week', '3 weeks ago'],
    [90, 3, 'month', 'in 3 months'],
    [-90, -3, 'month', '3 months ago'],
    [730, 2, 'year', 'in 2 years'],
  ] as const)('rounds to the nearest unit: %i days → %i %s (%s)', (days, amount, unit, enUs) => {
    const text = formatRelativeDays(days)
    expect(text).toBe(relative.format(amount, unit))
    expect(text).toMatch(enUsOr(enUs, /./))
  })

  test('formatRelative counts calendar days from the given now', () => {
    const now = new Date(2026, 2, 1, 9, 0)
    expect(formatRelative(parseSpottDate('2026-03-04')!, now)).toBe(relative.format(3, 'day'))
    expect(formatRelative(parseSpottDate('2026-02-28')!, now)).toBe(relative.format(-1, 'day'))
  })
})

describe('formatNumber', () => {
  test('shows the full figure with grouping, never an abbreviation', () => {
    const text = formatNumber(1_250_000)
    expect(text).toMatch(enUsOr('1,250,000', /^1\D?250\D?000$/))
    expect(digitsOf(text)).toBe('1250000')
    expect(text).not.toMatch(/[KkMm]/)
  })

  test.each([
    [1_000_000_000, '1,000,000,000'],
    [1234.5678, '1,234.5678'],
    [0.1, '0.1'],
    [-42, '-42'],
  ])('%d → %s', (value, enUs) => {
    expect(formatNumber(value)).toMatch(enUsOr(enUs, /\d/))
  })
})

describe('formatMoney', () => {
  test('shows the full amount with the currency', () => {
    const text = formatMoney(1_250_000, 'GBP')
    expect(text).toMatch(enUsOr('£1,250,000.00', /1\D?250\D?000/))
    expect(text).not.toMatch(/[KkMm]\b/)
  })

  test('keeps up to two decimals and none where the currency has none', () => {
    expect(formatMoney(2_345_678.9, 'EUR')).toMatch(enUsOr('€2,345,678.90', /2\D?345\D?678/))
    expect(formatMoney(4_800_000, 'JPY')).toMatch(enUsOr('¥4,800,000', /4\D?800\D?000/))
  })

  test('an unknown but well-formed currency code is shown by its code', () => {
    const text = formatMoney(1_250_000, 'XYZ')
    expect(text).toContain('XYZ')
    expect(digitsOf(text)).toMatch(/^1250000(00)?$/)
  })

  test.each(['EURO', '€', 'US$'])(
    'a code Intl rejects (%s) falls back to the number and the code',
    (code) => {
      expect(formatMoney(1_250_000, code)).toBe(`${formatNumber(1_250_000)} ${code}`)
    },
  )
})

describe('formatClockTime', () => {
  // Local times: the same wall clock wherever the tests run.
  const NOW = new Date(2026, 2, 10, 9, 0)
  const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
  const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

  /** Exactly `enUs` where the locale is en-US; elsewhere the text Intl gives for the style. */
  const expectText = (text: string, enUs: string, expected: string) =>
    expect(text).toBe(DEFAULT_LOCALE === 'en-US' ? enUs : expected)

  test.each([
    ['later today', new Date(2026, 2, 10, 14, 5), '2:05 PM'],
    ['just after midnight', new Date(2026, 2, 10, 0, 1), '12:01 AM'],
    ['just before the next midnight', new Date(2026, 2, 10, 23, 59), '11:59 PM'],
  ])('%s is only the time of day', (_case, date, enUs) => {
    const text = formatClockTime(date, NOW)

    expectText(text, enUs, clock.format(date))
    expect(text).toMatch(TIME_OF_DAY)
    expect(text).not.toContain('2026')
  })

  test.each([
    ['yesterday, a minute before midnight', new Date(2026, 2, 9, 23, 59), 'Mar 9, 2026, 11:59 PM'],
    ['the same clock time a year ago', new Date(2025, 2, 10, 9, 0), 'Mar 10, 2025, 9:00 AM'],
    ['tomorrow (a clock ahead of ours)', new Date(2026, 2, 11, 0, 0), 'Mar 11, 2026, 12:00 AM'],
  ])('%s has the date as well', (_case, date, enUs) => {
    const text = formatClockTime(date, NOW)

    expectText(text, enUs, dateTime.format(date))
    expect(text).toMatch(TIME_OF_DAY)
    expect(text).toContain(String(date.getFullYear()))
  })

  test('compares with the clock when no `now` is given', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
    try {
      expect(formatClockTime(new Date(2026, 2, 10, 8, 30))).not.toContain('2026')
      expect(formatClockTime(new Date(2026, 2, 9, 8, 30))).toContain('2026')
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('formatters are made when first needed', () => {
  // Each construction is counted through a spy on the platform's constructors: the first Intl
  // object of a page starts ICU (25–60 ms in Chromium here), so importing this module must not.
  afterEach(() => {
    vi.restoreAllMocks()
    vi.resetModules()
  })

  /** A spy that still makes the real formatter (a constructor returning an object). */
  function spyOnConstructor<Name extends 'DateTimeFormat' | 'RelativeTimeFormat' | 'NumberFormat'>(
    name: Name,
  ) {
    const Original = Intl[name] as new (...args: unknown[]) => object
    return vi.spyOn(Intl, name).mockImplementation(function (...args: unknown[]) {
      return new Original(...args)
    } as never)
  }

  const spyOnIntl = () => ({
    dates: spyOnConstructor('DateTimeFormat'),
    relative: spyOnConstructor('RelativeTimeFormat'),
    numbers: spyOnConstructor('NumberFormat'),
  })

  test('importing the module makes none', async () => {
    vi.resetModules()
    const spies = spyOnIntl()
    await import('./format')
    expect(spies.dates).not.toHaveBeenCalled()
    expect(spies.relative).not.toHaveBeenCalled()
    expect(spies.numbers).not.toHaveBeenCalled()
  })

  test('each is made once, and one money format per currency', async () => {
    vi.resetModules()
    const spies = spyOnIntl()
    const format = await import('./format')
    format.formatRelativeDays(3)
    format.formatRelativeDays(-40)
    expect(spies.relative).toHaveBeenCalledTimes(1)
    format.formatMoney(10, 'EUR')
    format.formatMoney(20, 'EUR')
    format.formatMoney(30, 'GBP')
    expect(spies.numbers).toHaveBeenCalledTimes(2)
    // A code Intl rejects is not kept: every amount in it falls back the same way.
    expect(format.formatMoney(1, 'EURO')).toBe(format.formatMoney(1, 'EURO'))
    expect(format.formatMoney(5, 'EUR')).toMatch(enUsOr('€5.00', /5/))
  })
})

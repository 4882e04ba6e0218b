import { dayAsUtcDate, daysFromToday, parseCalendarDay, parseSpottDate } from './dates'

describe('parseSpottDate', () => {
  test.each([
    '2026-03-01T00:00:00Z',
    '2026-03-01T00:00:00.000Z',
    '2026-03-01T00:00Z',
    '2026-03-01T00:00:00+00:00',
    '2026-03-01',
  ])('midnight UTC or a bare date %j is the calendar day from its UTC parts', (iso) => {
    expect(parseSpottDate(iso)).toEqual({ kind: 'day', year: 2026, month: 3, day: 1, iso })
  })

  test('any other time is an instant', () => {
    const iso = '2023-11-07T05:31:56Z'
    expect(parseSpottDate(iso)).toEqual({
      kind: 'instant',
      date: new Date(Date.UTC(2023, 10, 7, 5, 31, 56)),
      iso,
    })
  })

  test('midnight in another offset is an instant, not that day', () => {
    expect(parseSpottDate('2026-03-01T00:00:00+02:00')).toMatchObject({ kind: 'instant' })
  })

  test.each([null, undefined, '', 'not a date', '2026-13-45T99:00:00Z'])(
    '%j is no date',
    (value) => {
      expect(parseSpottDate(value)).toBeUndefined()
    },
  )
})

describe('parseCalendarDay', () => {
  test('takes the UTC day of any instant, so a close date reads the same everywhere', () => {
    expect(parseCalendarDay('2026-03-01T23:30:00Z')).toEqual({
      kind: 'day',
      year: 2026,
      month: 3,
      day: 1,
      iso: '2026-03-01T23:30:00Z',
    })
    expect(parseCalendarDay('2026-03-01T00:00:00Z')).toMatchObject({ year: 2026, month: 3, day: 1 })
  })

  test.each([null, undefined, 'soon'])('%j is no day', (value) => {
    expect(parseCalendarDay(value)).toBeUndefined()
  })
})

test('dayAsUtcDate is midnight UTC of the day', () => {
  const day = parseCalendarDay('2026-03-01T12:00:00Z')
  expect(day?.kind).toBe('day')
  if (day?.kind === 'day') expect(dayAsUtcDate(day).toISOString()).toBe('2026-03-01T00:00:00.000Z')
})

describe('daysFromToday', () => {
  // Built from local parts: "today" is 1 March 2026 in whatever zone the tests run in.
  const now = new Date(2026, 2, 1, 15, 30)
  const day = (iso: string) => parseSpottDate(iso)!

  test.each([
    ['2026-03-01', 0],
    ['2026-03-02', 1],
    ['2026-03-04T00:00:00Z', 3],
    ['2026-02-28', -1],
    ['2026-02-27T00:00:00Z', -2],
    ['2027-03-01', 365],
    ['2025-03-01', -365],
  ])('calendar day %s is %i days away', (iso, expected) => {
    expect(daysFromToday(day(iso), now)).toBe(expected)
  })

  test('an instant counts by its local calendar day, not by 24-hour periods', () => {
    const tomorrowJustAfterMidnight = new Date(2026, 2, 2, 0, 30).toISOString()
    const todayLate = new Date(2026, 2, 1, 23, 59).toISOString()
    const yesterdayEarly = new Date(2026, 1, 28, 0, 1).toISOString()

    expect(daysFromToday(day(tomorrowJustAfterMidnight), now)).toBe(1)
    expect(daysFromToday(day(todayLate), now)).toBe(0)
    expect(daysFromToday(day(yesterdayEarly), now)).toBe(-1)
  })

  test('counts across a year boundary', () => {
    expect(daysFromToday(day('2026-01-01'), new Date(2025, 11, 31, 23, 0))).toBe(1)
  })
})

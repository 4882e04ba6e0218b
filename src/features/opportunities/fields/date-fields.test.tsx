import { cleanup, render, screen } from '@testing-library/react'
import { enUsOr } from '../../../test/intl'
import { expectReadableText } from '../../../test/readable-text'
import { opportunityWith } from '../../../test/records'
import { calendarDay, freezeDateAt, inTimeZone, TIME_ZONES } from '../../../test/time'
import type { Stage } from '../api/opportunity-schema'
import { closeDateHealth, CloseDateField, CreatedAtField } from './date-fields'

// Noon local time on Tuesday 10 March 2026, wherever the tests run.
const NOW = new Date(2026, 2, 10, 12, 0)
freezeDateAt(NOW)

const OPEN: Partial<Stage> = { name: 'Proposal sent', order: 3, isOpen: true }
const CLOSED_WON: Partial<Stage> = { name: 'Closed won', order: 6, isOpen: false }
const CLOSED_LOST: Partial<Stage> = { name: 'Closed lost', order: 7, isOpen: false }

function renderCloseDate(stage: Partial<Stage>, closeDate: string | null) {
  const opportunity = opportunityWith({ stage, closeDate })
  const { container } = render(
    <CloseDateField value={opportunity.closeDate.value} opportunity={opportunity} />,
  )
  expectReadableText(container)
  return container
}

const HEALTH_WORDS = /Overdue|Closes|Due today|Upcoming/

describe('close date on an open stage', () => {
  test('in the past is "Overdue"', () => {
    const container = renderCloseDate(OPEN, calendarDay(NOW, -1))

    expect(screen.getByText('Overdue')).toBeInTheDocument()
    expect(container).not.toHaveTextContent('Closes')
  })

  test.each([
    [0, 'Closes today'],
    [1, enUsOr('Closes in 1 day', /^Closes \S/)],
    [5, enUsOr('Closes in 5 days', /^Closes \S/)],
    [20, enUsOr('Closes in 20 days', /^Closes \S/)],
  ])('%i days ahead reads "%s"', (offset, words) => {
    const container = renderCloseDate(OPEN, calendarDay(NOW, offset))

    expect(screen.getByText(words)).toBeInTheDocument()
    expect(container).not.toHaveTextContent('Overdue')
  })

  test('shows the day as a <time> with the value Spott sent', () => {
    const target = calendarDay(NOW, 5)
    const container = renderCloseDate(OPEN, target)

    const time = container.querySelector('time')
    expect(time).toHaveAttribute('datetime', target)
    expect(time).toHaveTextContent(enUsOr('Mar 15, 2026', /2026/))
    expect(time?.getAttribute('title')).toMatch(enUsOr('Sunday, March 15, 2026', /2026/))
  })

  test('a target late in the UTC day is still that calendar day', () => {
    const target = calendarDay(NOW, 0).replace('T00:00:00Z', 'T23:30:00Z')
    const container = renderCloseDate(OPEN, target)

    expect(container.querySelector('time')).toHaveTextContent(enUsOr('Mar 10, 2026', /2026/))
    expect(screen.getByText('Closes today')).toBeInTheDocument()
  })
})

describe('close date on a closed stage has no health word', () => {
  test.each([
    ['won, in the past', CLOSED_WON, -4],
    ['lost, in the past', CLOSED_LOST, -30],
    ['won, in the future', CLOSED_WON, 2],
    ['lost, today', CLOSED_LOST, 0],
  ])('%s', (_case, stage, offset) => {
    const container = renderCloseDate(stage, calendarDay(NOW, offset))

    expect(container.querySelector('time')).toBeInTheDocument()
    expect(container.textContent).not.toMatch(HEALTH_WORDS)
  })

  test('but keeps the relative hint', () => {
    const container = renderCloseDate(CLOSED_WON, calendarDay(NOW, -4))
    expect(container).toHaveTextContent(enUsOr('4 days ago', /\S/))
  })
})

test('no close date is the "No close date" placeholder, on any stage', () => {
  for (const stage of [OPEN, CLOSED_WON]) {
    const container = renderCloseDate(stage, null)
    expect(container.textContent).toBe('No close date')
    cleanup()
  }
})

describe('closeDateHealth', () => {
  const on = (offset: number) => ({ target: calendarDay(NOW, offset) })
  const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

  test('an open deal past its close date is overdue, with the day itself', () => {
    expect(closeDateHealth(on(-1), true, NOW)).toEqual({
      day: {
        kind: 'day',
        year: 2026,
        month: 3,
        day: 9,
        iso: calendarDay(NOW, -1),
      },
      days: -1,
      tone: 'overdue',
      text: 'Overdue',
    })
    expect(closeDateHealth(on(-400), true, NOW)).toMatchObject({ tone: 'overdue', text: 'Overdue' })
  })

  test.each([
    [0, 'Closes today'],
    [1, enUsOr('Closes in 1 day', /^Closes \S/)],
    [3, enUsOr('Closes in 3 days', /^Closes \S/)],
    // A countdown stays in days, where "in 6 weeks" would hide the exact number.
    [40, enUsOr('Closes in 40 days', /^Closes \S/)],
  ])('an open deal %i days from its close date: "%s", a plain hint', (offset, words) => {
    const health = closeDateHealth(on(offset), true, NOW)

    expect(health?.tone).toBe('hint')
    expect(health?.text).toMatch(words)
    expect(health?.day).toMatchObject({ kind: 'day', iso: calendarDay(NOW, offset) })
  })

  test.each([
    [-4, -4, 'day', '4 days ago'],
    [-1, -1, 'day', 'yesterday'],
    [0, 0, 'day', 'today'],
    [2, 2, 'day', 'in 2 days'],
    [-30, -4, 'week', '4 weeks ago'],
    [-400, -13, 'month', '13 months ago'],
  ] as const)(
    'a closed deal %i days from its close date is relative, never overdue: %i %s',
    (offset, amount, unit, enUs) => {
      const health = closeDateHealth(on(offset), false, NOW)

      expect(health?.tone).toBe('hint')
      expect(health?.text).toBe(relative.format(amount, unit))
      expect(health?.text).toMatch(enUsOr(enUs, /\S/))
    },
  )

  test.each([
    ['no close date', null],
    ['an empty target', { target: '' }],
    ['30 February', { target: '2026-02-30' }],
    ['month 13', { target: '2026-13-01T00:00:00Z' }],
    ['hour 25', { target: '2026-03-01T25:00:00Z' }],
    ['29 February of a common year', { target: '2026-02-29' }],
    ['31 April', { target: '2026-04-31T00:00:00Z' }],
    ['words', { target: 'next Tuesday' }],
  ])('%s has no health at all', (_case, value) => {
    expect(closeDateHealth(value, true, NOW)).toBeUndefined()
    expect(closeDateHealth(value, false, NOW)).toBeUndefined()
  })

  test('counts from the `now` it is given, not the clock', () => {
    const nextWeek = new Date(2026, 2, 17, 12, 0)

    expect(closeDateHealth(on(7), true, nextWeek)?.text).toBe('Closes today')
    expect(closeDateHealth(on(6), true, nextWeek)?.text).toBe('Overdue')
    // Left out, `now` is the clock (frozen at NOW here).
    expect(closeDateHealth(on(0), true)?.text).toBe('Closes today')
  })

  test("is the viewer's calendar day in every time zone, just after and before midnight", () => {
    for (const zone of TIME_ZONES) {
      inTimeZone(zone, () => {
        for (const [hour, minute] of [
          [0, 5],
          [23, 55],
        ] as const) {
          const now = new Date(2026, 2, 10, hour, minute)
          const at = `${zone} ${hour}:${minute}`
          expect(closeDateHealth({ target: calendarDay(now, 0) }, true, now)?.text, at).toBe(
            'Closes today',
          )
          expect(closeDateHealth({ target: calendarDay(now, -1) }, true, now)?.text, at).toBe(
            'Overdue',
          )
          expect(closeDateHealth({ target: calendarDay(now, 1) }, true, now)?.text, at).toMatch(
            enUsOr('Closes in 1 day', /^Closes \S/),
          )
        }
      })
    }
  })
})

describe('the close date field shows that health', () => {
  test('"Overdue" is a tag set apart from the date; other hints are plain text', () => {
    renderCloseDate(OPEN, calendarDay(NOW, -2))
    const overdue = screen.getByText('Overdue')
    expect(overdue.tagName).toBe('SPAN')
    expect(overdue).toHaveClass('font-semibold')
    cleanup()

    renderCloseDate(OPEN, calendarDay(NOW, 2))
    expect(screen.getByText(enUsOr('Closes in 2 days', /^Closes \S/))).not.toHaveClass(
      'font-semibold',
    )
  })

  test('a date the schema would not let through still shows "No close date"', () => {
    const opportunity = opportunityWith({ stage: OPEN, closeDate: null })
    const { container } = render(
      <CloseDateField value={{ target: '2026-02-30' }} opportunity={opportunity} />,
    )

    expect(container.textContent).toBe('No close date')
    expect(container.querySelector('time')).not.toBeInTheDocument()
  })

  test('a closed deal with a future close date shows how far off it is', () => {
    const container = renderCloseDate(CLOSED_WON, calendarDay(NOW, 2))
    expect(container).toHaveTextContent(enUsOr('in 2 days', /\S/))
    expect(container.textContent).not.toMatch(HEALTH_WORDS)
  })
})

describe('created at', () => {
  test('is the date and time it was created, with a relative hint', () => {
    const createdAt = new Date(2026, 2, 7, 16, 45).toISOString()
    const { container } = render(<CreatedAtField value={createdAt} />)
    expectReadableText(container)

    const time = container.querySelector('time')
    expect(time).toHaveAttribute('datetime', createdAt)
    expect(time?.textContent).toMatch(/\d:45/)
    expect(container).toHaveTextContent(enUsOr('· 3 days ago', / · \S/))
  })
})

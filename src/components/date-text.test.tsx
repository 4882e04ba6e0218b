import { render, screen } from '@testing-library/react'
import { parseSpottDate } from '../lib/dates'
import { enUsOr, enUsUtcOr, TIME_OF_DAY } from '../test/intl'
import { expectReadableText } from '../test/readable-text'
import { calendarDay, freezeDateAt } from '../test/time'
import { DateText } from './date-text'

// Noon local time on Tuesday 10 March 2026, wherever the tests run.
const NOW = new Date(2026, 2, 10, 12, 0)
freezeDateAt(NOW)

function renderDate(props: Parameters<typeof DateText>[0]) {
  const { container } = render(<DateText {...props} />)
  expectReadableText(container)
  return container
}

const time = (container: HTMLElement) => container.querySelector('time')

describe('a calendar day', () => {
  test('is the absolute date followed by a relative hint', () => {
    const value = calendarDay(NOW, 3)
    const container = renderDate({ value, relative: true })

    expect(time(container)).toHaveTextContent(enUsOr('Mar 13, 2026', /2026/))
    expect(container).toHaveTextContent(enUsOr('Mar 13, 2026 · in 3 days', / · /))
  })

  test.each([
    [0, 'today'],
    [1, 'tomorrow'],
    [-1, 'yesterday'],
    [-10, '10 days ago'],
  ])('%i days away reads "%s"', (offset, hint) => {
    const container = renderDate({ value: calendarDay(NOW, offset), relative: true })
    expect(container.textContent).toMatch(enUsOr(` · ${hint}`, / · \S/))
  })

  test('keeps the exact value in dateTime and names the full day in the tooltip', () => {
    const container = renderDate({ value: '2026-03-13T00:00:00Z' })

    expect(time(container)).toHaveAttribute('datetime', '2026-03-13T00:00:00Z')
    expect(time(container)?.getAttribute('title')).toMatch(enUsOr('Friday, March 13, 2026', /2026/))
  })

  test('has no relative hint unless asked', () => {
    expect(renderDate({ value: '2026-03-13' }).textContent).not.toContain('·')
  })
})

describe('an instant', () => {
  // 42 seconds: in every time zone the tooltip shows them and the visible text does not.
  const INSTANT = '2026-03-08T09:15:42Z'

  test('shows the date and time of day, with the timestamp to the second in the tooltip', () => {
    const container = renderDate({ value: INSTANT, relative: true })

    const shown = time(container)
    expect(shown).toHaveAttribute('datetime', INSTANT)
    expect(shown).toHaveTextContent(enUsUtcOr('Mar 8, 2026, 9:15 AM', TIME_OF_DAY))
    expect(shown?.textContent).not.toContain('42')
    expect(shown?.getAttribute('title')).toMatch(
      enUsUtcOr('Sunday, March 8, 2026 at 9:15:42 AM UTC', /:42\b/),
    )
    expect(container).toHaveTextContent(enUsUtcOr('· 2 days ago', / · \S/))
  })

  test('shows only the date when withTime is false, keeping the time in the tooltip', () => {
    const container = renderDate({ value: INSTANT, withTime: false })

    expect(time(container)?.textContent).not.toMatch(TIME_OF_DAY)
    expect(time(container)).toHaveTextContent(enUsUtcOr('Mar 8, 2026', /2026/))
    expect(time(container)?.getAttribute('title')).toMatch(/:42\b/)
  })

  test('an already-parsed value renders the same as its string', () => {
    const fromString = renderDate({ value: INSTANT }).innerHTML
    const fromParsed = renderDate({ value: parseSpottDate(INSTANT) }).innerHTML
    expect(fromParsed).toBe(fromString)
  })
})

describe('no date', () => {
  test.each([null, undefined, ''])('%j is the quiet "No date" placeholder', (value) => {
    const container = renderDate({ value })

    expect(container.textContent).toBe('No date')
    expect(time(container)).not.toBeInTheDocument()
    expect(screen.getByText('No date')).toHaveClass('italic')
  })

  test('the placeholder can be named', () => {
    expect(renderDate({ value: null, empty: 'No due date' }).textContent).toBe('No due date')
  })

  test('a string that is not a date is shown as sent, with a tooltip saying so', () => {
    renderDate({ value: 'next spring', relative: true })

    const text = screen.getByText('next spring')
    expect(text).toHaveAttribute('title', 'Not a date Spott is known to send')
    expect(text.closest('time')).toBeNull()
  })
})

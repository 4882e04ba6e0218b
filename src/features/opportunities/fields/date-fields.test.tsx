import { cleanup, render, screen } from '@testing-library/react'
import { enUsOr } from '../../../test/intl'
import { expectReadableText } from '../../../test/readable-text'
import { opportunityWith } from '../../../test/records'
import { calendarDay, freezeDateAt } from '../../../test/time'
import type { Stage } from '../api/opportunity-schema'
import { CloseDateField, CreatedAtField } from './date-fields'

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

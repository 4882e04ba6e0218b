import { render, screen } from '@testing-library/react'
import { enUsOr } from '../../../test/intl'
import { expectReadableText } from '../../../test/readable-text'
import { parsedTask } from '../../../test/records'
import { calendarDay, freezeDateAt } from '../../../test/time'
import type { NextTask } from '../api/opportunity-schema'
import { NextTaskField } from './next-task-field'

// Noon local time on Tuesday 10 March 2026, wherever the tests run.
const NOW = new Date(2026, 2, 10, 12, 0)
freezeDateAt(NOW)

const HEALTH_WORDS = ['Overdue', 'Due today', 'Upcoming']

function renderTask(task: NextTask | null) {
  const { container } = render(<NextTaskField value={task} />)
  expectReadableText(container)
  return container
}

/** The one health word shown; fails if there are several. */
function healthWord(container: HTMLElement): string | undefined {
  const shown = HEALTH_WORDS.filter((word) => container.textContent?.includes(word))
  expect(shown.length, `health words shown: ${shown.join(', ')}`).toBeLessThanOrEqual(1)
  return shown[0]
}

test.each([
  { when: 'two days ago', dueDate: calendarDay(NOW, -2), word: 'Overdue' },
  { when: 'yesterday', dueDate: calendarDay(NOW, -1), word: 'Overdue' },
  { when: 'today', dueDate: calendarDay(NOW, 0), word: 'Due today' },
  { when: 'tomorrow', dueDate: calendarDay(NOW, 1), word: 'Upcoming' },
  { when: 'in three weeks', dueDate: calendarDay(NOW, 21), word: 'Upcoming' },
  { when: 'at 09:00 today', dueDate: new Date(2026, 2, 10, 9).toISOString(), word: 'Due today' },
  { when: 'at 18:00 today', dueDate: new Date(2026, 2, 10, 18).toISOString(), word: 'Due today' },
  { when: 'late last night', dueDate: new Date(2026, 2, 9, 23, 30).toISOString(), word: 'Overdue' },
])('a task due $when is "$word"', ({ dueDate, word }) => {
  const container = renderTask(parsedTask({ dueDate }))

  expect(healthWord(container)).toBe(word)
  expect(screen.getByText(word)).toBeInTheDocument()
  expect(container.querySelector('time')).toHaveAttribute('datetime', dueDate)
})

test('shows the task, the due date and a relative hint', () => {
  const container = renderTask(
    parsedTask({ content: 'Call María\nabout the shortlist', dueDate: calendarDay(NOW, 3) }),
  )

  const content = screen.getByText(/Call María/)
  expect(content.textContent).toBe('Call María\nabout the shortlist')
  expect(content).toHaveClass('whitespace-pre-line', 'break-words')
  expect(screen.getByText('Due')).toBeInTheDocument()
  expect(container.querySelector('time')).toHaveTextContent(enUsOr('Mar 13, 2026', /2026/))
  expect(container).toHaveTextContent(enUsOr('Mar 13, 2026 · in 3 days', /2026 · \S/))
})

test('no task is "No open task"', () => {
  const container = renderTask(null)

  expect(container.textContent).toBe('No open task')
  expect(healthWord(container)).toBeUndefined()
})

test('a task without a due date says "No due date", with no health word', () => {
  const container = renderTask(parsedTask({ dueDate: null }))

  expect(screen.getByText('No due date')).toHaveClass('italic')
  expect(container.querySelector('time')).not.toBeInTheDocument()
  expect(healthWord(container)).toBeUndefined()
})

test('a task without a description says so', () => {
  renderTask(parsedTask({ content: '  ', dueDate: calendarDay(NOW, 1) }))
  expect(screen.getByText('Task without a description')).toHaveClass('italic')
})

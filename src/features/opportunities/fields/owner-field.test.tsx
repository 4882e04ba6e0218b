import { render, screen } from '@testing-library/react'
import { enUsUtcOr, TIME_OF_DAY } from '../../../test/intl'
import { expectReadableText } from '../../../test/readable-text'
import { parsedOwner } from '../../../test/records'
import type { Owner } from '../api/opportunity-schema'
import { OwnerField } from './owner-field'

function renderOwner(owner: Owner | null) {
  const { container } = render(<OwnerField value={owner} />)
  expectReadableText(container)
  return container
}

test('an active owner is their name beside an avatar, in full colour', () => {
  const container = renderOwner(parsedOwner({ name: 'Dana Reyes' }))

  expect(screen.getByText('Dana Reyes')).not.toHaveClass('text-ink-muted')
  expect(screen.getByTestId('avatar')).not.toHaveClass('grayscale')
  expect(container).not.toHaveTextContent('Deactivated')
  expect(container.querySelector('time')).not.toBeInTheDocument()
})

describe('a deactivated owner', () => {
  // Its local day depends on the zone the tests run in; the time of day must never show.
  const DEACTIVATED_AT = '2026-01-15T16:45:00Z'

  function renderDeactivated() {
    return renderOwner(
      parsedOwner({
        name: 'Greta Lindqvist',
        avatarUrl: 'https://cdn.example.com/greta.png',
        deactivatedAt: DEACTIVATED_AT,
      }),
    )
  }

  test('is greyed out, with a "Deactivated" badge', () => {
    renderDeactivated()

    expect(screen.getByTestId('avatar')).toHaveClass('grayscale')
    expect(screen.getByText('Greta Lindqvist')).toHaveClass('text-ink-muted')
    expect(screen.getByText('Deactivated')).toBeInTheDocument()
  })

  test('shows the date of deactivation without the time', () => {
    const container = renderDeactivated()

    const time = container.querySelector('time')
    expect(time).toHaveAttribute('datetime', DEACTIVATED_AT)
    expect(time).toHaveTextContent(enUsUtcOr('Jan 15, 2026', /2026/))
    expect(time?.textContent).not.toMatch(TIME_OF_DAY)
    expect(time?.textContent).not.toMatch(/AM|PM/)
    expect(container.textContent).not.toMatch(/ago|in \d/)
  })

  test('keeps initials (greyed) when there is no picture', () => {
    renderOwner(parsedOwner({ name: 'Greta Lindqvist', deactivatedAt: DEACTIVATED_AT }))

    expect(screen.getByText('GL')).toBeInTheDocument()
    expect(screen.getByTestId('avatar')).toHaveClass('grayscale')
  })
})

test('no owner is the "No owner" placeholder', () => {
  expect(renderOwner(null).textContent).toBe('No owner')
})

test('an owner with a blank name reads "Unnamed user"', () => {
  renderOwner(parsedOwner({ name: '' }))
  expect(screen.getByText('Unnamed user')).toBeInTheDocument()
})

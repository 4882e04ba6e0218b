import { fireEvent, render, screen } from '@testing-library/react'
import { enUsUtcOr, TIME_OF_DAY } from '../../../test/intl'
import { expectReadableText } from '../../../test/readable-text'
import { freezeDateAt } from '../../../test/time'
import { Freshness } from './freshness'

// Noon local time on Tuesday 10 March 2026; the data was fetched five minutes before.
const NOW = new Date(2026, 2, 10, 12, 0)
const FETCHED = new Date(2026, 2, 10, 11, 55)
freezeDateAt(NOW)

type Props = Parameters<typeof Freshness>[0]

function renderFreshness(props: Partial<Props> = {}) {
  const refresh = vi.fn()
  const all: Props = {
    dataUpdatedAt: FETCHED.getTime(),
    isFetching: false,
    refreshError: null,
    refresh,
    ...props,
  }
  const view = render(<Freshness {...all} />)
  expectReadableText(view.container)
  return {
    ...view,
    refresh,
    rerender: (next: Partial<Props>) => view.rerender(<Freshness {...all} {...next} />),
  }
}

const status = () => screen.getByRole('status')

test('says when the data on screen was fetched, as a machine-readable <time>', () => {
  const { container } = renderFreshness()

  const time = container.querySelector('time')
  expect(time).toHaveAttribute('datetime', FETCHED.toISOString())
  expect(time).toHaveTextContent(enUsUtcOr('11:55 AM', TIME_OF_DAY))
  expect(time?.textContent).not.toContain('2026')
  expect(container).toHaveTextContent(/^Data as of \S/)
  expect(status()).toBeEmptyDOMElement()
})

test('data fetched on an earlier day shows the date too', () => {
  const yesterday = new Date(2026, 2, 9, 17, 30)
  const { container } = renderFreshness({ dataUpdatedAt: yesterday.getTime() })

  expect(container.querySelector('time')).toHaveTextContent(
    enUsUtcOr('Mar 9, 2026, 5:30 PM', /2026/),
  )
})

test('Refresh asks for fresh data, once a click', () => {
  const { refresh } = renderFreshness()
  const button = screen.getByRole('button', { name: 'Refresh' })
  expect(button).toHaveTextContent('Refresh')
  expect(button).toBeEnabled()

  fireEvent.click(button)
  expect(refresh).toHaveBeenCalledTimes(1)
  fireEvent.click(button)
  expect(refresh).toHaveBeenCalledTimes(2)
})

test('while fetching it says "Refreshing…" and cannot be clicked again', () => {
  const { refresh } = renderFreshness({ isFetching: true })

  const button = screen.getByRole('button', { name: 'Refreshing' })
  expect(button).toHaveTextContent('Refreshing…')
  expect(button).toBeDisabled()
  fireEvent.click(button)
  expect(refresh).not.toHaveBeenCalled()
  expect(screen.queryByRole('button', { name: 'Refresh' })).not.toBeInTheDocument()
})

test('a failed refresh says so, and that the data shown is the earlier one', () => {
  renderFreshness({
    refreshError: new Error('Spott is rate limiting the dashboard. Try again shortly.'),
  })

  expect(status()).toHaveTextContent(
    enUsUtcOr(
      'Could not refresh: Spott is rate limiting the dashboard. Try again shortly. Showing the data from 11:55 AM.',
      /^Could not refresh: Spott is rate limiting the dashboard\. Try again shortly\. Showing the data from .+\.$/,
    ),
  )
  // The page stays usable: the stamp and Refresh are still there.
  expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled()
  expect(screen.getByText(/^Data as of/)).toBeInTheDocument()
})

test('the failure message goes while the next refresh is under way, and after it succeeds', () => {
  const error = new Error('Spott could not be reached.')
  const { rerender } = renderFreshness({ refreshError: error })
  expect(status()).toHaveTextContent('Could not refresh: Spott could not be reached.')

  rerender({ refreshError: error, isFetching: true })
  expect(status()).toBeEmptyDOMElement()

  rerender({ refreshError: null, isFetching: false, dataUpdatedAt: NOW.getTime() })
  expect(status()).toBeEmptyDOMElement()
  expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled()
  expect(document.querySelector('time')).toHaveAttribute('datetime', NOW.toISOString())
})

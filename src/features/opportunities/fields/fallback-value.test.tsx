import { render, screen, within } from '@testing-library/react'
import { digitsOf, enUsOr } from '../../../test/intl'
import { expectReadableText, spokenText } from '../../../test/readable-text'
import { FallbackValue } from './fallback-value'

function renderValue(value: unknown) {
  const { container } = render(<FallbackValue value={value} />)
  expectReadableText(container)
  return container
}

test('a string is shown as text, keeping its line breaks', () => {
  const container = renderValue('Growing team\nbudget approved')

  const text = screen.getByText(/Growing team/)
  expect(text.textContent).toBe('Growing team\nbudget approved')
  expect(text).toHaveClass('whitespace-pre-line')
  expect(container.querySelector('a')).not.toBeInTheDocument()
})

test('an ISO date is shown as a date, with the exact value kept in datetime', () => {
  const container = renderValue('2026-03-01T00:00:00Z')

  const time = container.querySelector('time')
  expect(time).toHaveAttribute('datetime', '2026-03-01T00:00:00Z')
  expect(time).toHaveTextContent(enUsOr('Mar 1, 2026', /2026/))
  expect(container).not.toHaveTextContent('T00:00')
})

test('a URL is a safe link that shows its host and opens in a new tab', () => {
  renderValue('https://www.careers.example.com/jobs/42')

  const link = screen.getByRole('link', { name: /careers\.example\.com/ })
  expect(link).toHaveAttribute('href', 'https://www.careers.example.com/jobs/42')
  expect(link).toHaveAttribute('target', '_blank')
  expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  expect(link).toHaveAccessibleName(/opens in a new tab/)
})

test.each([
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,x',
])('%j is shown as text and never becomes an href', (value) => {
  const container = renderValue(value)

  expect(screen.queryByRole('link')).not.toBeInTheDocument()
  expect(container.querySelector('[href]')).not.toBeInTheDocument()
  expect(container).toHaveTextContent(value.trim())
})

test('a number is shown in full with grouping', () => {
  const container = renderValue(1_250_000)
  expect(container).toHaveTextContent(enUsOr('1,250,000', /1\D?250\D?000/))
  expect(digitsOf(container.textContent ?? '')).toBe('1250000')
})

test.each([Number.NaN, Number.POSITIVE_INFINITY])('%d is the placeholder', (value) => {
  expect(renderValue(value)).toHaveTextContent('Not set')
})

test.each([
  [true, 'Yes'],
  [false, 'No'],
])('%s is %s', (value, word) => {
  expect(spokenText(renderValue(value))).toBe(word)
})

test('an array is a list of chips, each item shown by its own kind', () => {
  renderValue(['Rotterdam', 42, true])

  const items = screen.getAllByRole('listitem').map(spokenText)
  expect(items).toEqual(['Rotterdam', '42', 'Yes'])
})

test('an empty array says so', () => {
  expect(renderValue([])).toHaveTextContent('None')
})

test.each([
  [{ amount: 1_250_000, currency: 'gbp' }, '£1,250,000.00'],
  [{ amount: '4800000', currency: 'JPY' }, '¥4,800,000'],
  [{ viewType: 'customMoney', amount: 99.5, currency: 'EUR' }, '€99.50'],
])('%j is money', (value, enUs) => {
  const container = renderValue(value)
  expect(container.textContent).toMatch(enUsOr(enUs, /\d/))
  expect(screen.queryByRole('term')).not.toBeInTheDocument()
})

test('a nested object is key/value text with readable labels', () => {
  renderValue({
    viewType: 'customRating',
    rating: 4,
    outOf: 5,
    source_system: { name: 'Pipedrive' },
  })

  const terms = screen.getAllByRole('term').map((term) => term.textContent)
  expect(terms).toEqual(['Rating', 'Out of', 'Source system', 'Name'])
  const definitions = screen.getAllByRole('definition')
  expect(definitions[0]).toHaveTextContent('4')
  expect(definitions[1]).toHaveTextContent('5')
  expect(within(definitions[2]!).getByRole('definition')).toHaveTextContent('Pipedrive')
})

test('a deeply nested object stays readable (no raw JSON, no "null")', () => {
  const container = renderValue({ a: { b: { c: { owner: 'Dana Reyes', removedAt: null } } } })

  expect(container).toHaveTextContent('Dana Reyes')
  expect(container.textContent).not.toMatch(/[{}"]/)
})

test.each([null, undefined, {}, { viewType: 'customThing' }, ''])(
  '%j is the placeholder',
  (value) => {
    expect(renderValue(value).textContent).toBe('Not set')
  },
)

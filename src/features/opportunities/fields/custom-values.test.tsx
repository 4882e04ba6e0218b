import { render, screen } from '@testing-library/react'
import { digitsOf, enUsOr } from '../../../test/intl'
import { expectReadableText, spokenText } from '../../../test/readable-text'
import { normalizeCustomValue } from '../api/custom-value'
import { CustomValueView } from './custom-values'

/** Renders a raw custom value exactly as the page does: normalised, then by its kind. */
function renderRaw(raw: unknown) {
  const { container } = render(<CustomValueView value={normalizeCustomValue(raw)} />)
  expectReadableText(container)
  return container
}

describe('each known kind has its renderer', () => {
  test('customText keeps line breaks', () => {
    renderRaw({ viewType: 'customText', text: '25% of first-year base\nRetainer: 1/3 upfront' })

    const text = screen.getByText(/25% of first-year base/)
    expect(text.textContent).toBe('25% of first-year base\nRetainer: 1/3 upfront')
    expect(text).toHaveClass('whitespace-pre-line')
  })

  test('blank customText is the placeholder', () => {
    expect(renderRaw({ viewType: 'customText', text: '   ' }).textContent).toBe('Not set')
  })

  test('customNumber is the full grouped figure', () => {
    const container = renderRaw({ viewType: 'customNumber', number: 1_250_000 })
    expect(container.textContent).toMatch(enUsOr('1,250,000', /1\D?250\D?000/))
  })

  test.each([
    [true, 'Yes'],
    [false, 'No'],
  ])('customCheckbox %s is %s', (checked, word) => {
    expect(spokenText(renderRaw({ viewType: 'customCheckbox', checked }))).toBe(word)
  })

  test('customSelect is a chip with the option', () => {
    expect(renderRaw({ viewType: 'customSelect', selected: 'Executive' }).textContent).toBe(
      'Executive',
    )
  })

  test('customMultiSelect lists every option, in order', () => {
    renderRaw({ viewType: 'customMultiSelect', selected: ['Team leadership', 'Kubernetes', 'Go'] })

    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Team leadership',
      'Kubernetes',
      'Go',
    ])
  })

  test('an empty customMultiSelect says none are selected', () => {
    expect(renderRaw({ viewType: 'customMultiSelect', selected: [] })).toHaveTextContent(
      'None selected',
    )
  })

  test('customDate is a date with a relative hint', () => {
    const container = renderRaw({ viewType: 'customDate', date: '2026-03-01T00:00:00Z' })

    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-03-01T00:00:00Z')
    expect(container.querySelector('time')).toHaveTextContent(enUsOr('Mar 1, 2026', /2026/))
    expect(container.textContent).toContain(' · ')
  })

  test('customCurrency is the full amount in its currency', () => {
    const container = renderRaw({ viewType: 'customCurrency', amount: 1_250_000, currency: 'GBP' })

    expect(container.textContent).toMatch(enUsOr('£1,250,000.00', /1\D?250\D?000/))
    expect(digitsOf(container.textContent ?? '')).toBe('125000000')
  })

  test('customUrl is a link showing the host', () => {
    renderRaw({ viewType: 'customUrl', url: 'https://careers.northwind.example/jobs/vp' })

    const link = screen.getByRole('link', { name: /careers\.northwind\.example/ })
    expect(link).toHaveAttribute('href', 'https://careers.northwind.example/jobs/vp')
  })

  test.each(['javascript:alert(1)', 'mailto:someone@example.com', 'tel:+442079460321'])(
    'a customUrl %j that is not a web address is text, never a link',
    (url) => {
      const container = renderRaw({ viewType: 'customUrl', url })

      expect(screen.queryByRole('link')).not.toBeInTheDocument()
      expect(container.textContent).toBe(url)
    },
  )

  test('a customUrl without a scheme never links back to the dashboard', () => {
    const container = renderRaw({ viewType: 'customUrl', url: 'careers.example.com/jobs/42' })

    expect(container).toHaveTextContent('careers.example.com')
    for (const link of screen.queryAllByRole('link')) {
      expect(link.getAttribute('href')).not.toContain(window.location.host)
    }
  })
})

test.each([null, { viewType: 'customNumber', number: null }])('%j is the placeholder', (raw) => {
  expect(renderRaw(raw).textContent).toBe('Not set')
})

test('an unknown kind goes to the fallback, which shows what the value holds', () => {
  renderRaw({ viewType: 'customRating', rating: 4, outOf: 5 })

  expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Rating', 'Out of'])
  expect(screen.getAllByRole('definition').map((item) => item.textContent)).toEqual(['4', '5'])
})

test('a known tag with an unreadable payload is shown by the fallback, not dropped', () => {
  renderRaw({ viewType: 'customNumber', number: 'about twelve' })
  expect(screen.getByRole('definition')).toHaveTextContent('about twelve')
})

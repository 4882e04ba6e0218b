import { cleanup, render, screen, within } from '@testing-library/react'
import { digitsOf, enUsOr, enUsUtcOr, TIME_OF_DAY } from '../../../test/intl'
import { freezeDateAt, inTimeZone, TIME_ZONES } from '../../../test/time'
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

describe('text', () => {
  test('wraps long words and keeps every line break', () => {
    const text = 'Line one\nLine two\n\nLine four'
    renderRaw({ viewType: 'customText', text })

    const shown = screen.getByText(/Line one/)
    expect(shown.textContent).toBe(text)
    expect(shown.textContent).toContain('\n')
    expect(shown).toHaveClass('whitespace-pre-line', 'break-words')
  })

  test('the documented untagged { text } is text too', () => {
    renderRaw({ text: 'Board-backed hire' })
    expect(screen.getByText('Board-backed hire')).toHaveClass('whitespace-pre-line')
  })
})

describe('number', () => {
  test('1234567.5 is the full figure with locale grouping', () => {
    const container = renderRaw({ viewType: 'customNumber', number: 1_234_567.5 })

    expect(container.textContent).toMatch(enUsOr('1,234,567.5', /1\D?234\D?567\D5/))
    expect(digitsOf(container.textContent ?? '')).toBe('12345675')
  })

  test.each([1_234_567.5, 1_250_000, 12_500, 3_000_000_000])(
    '%d is never abbreviated',
    (number) => {
      const container = renderRaw({ viewType: 'customNumber', number })

      expect(container.textContent).not.toMatch(/\d\s*[kKmMbB]\b|[kKmMbB]n?$/)
      expect(digitsOf(container.textContent ?? '')).toBe(digitsOf(String(number)))
    },
  )

  test('a numeric string is shown as the same full figure', () => {
    const container = renderRaw({ viewType: 'customNumber', number: '1234567.5' })
    expect(container.textContent).toMatch(enUsOr('1,234,567.5', /1\D?234\D?567\D5/))
  })
})

describe('checkbox', () => {
  test.each([
    [true, 'Yes'],
    [false, 'No'],
  ])('%s shows a decorative box and the word %s as text', (checked, word) => {
    const container = renderRaw({ viewType: 'customCheckbox', checked })

    const icon = container.querySelector('[aria-hidden="true"]')
    expect(icon).toBeInTheDocument()
    expect(icon).not.toHaveTextContent(word)
    expect(screen.getByText(word)).toBeVisible()
    expect(spokenText(container)).toBe(word)
  })

  test('only Yes carries the tick', () => {
    const yes = renderRaw({ viewType: 'customCheckbox', checked: true })
    expect(yes.querySelector('[aria-hidden="true"] svg[aria-hidden="true"]')).toBeInTheDocument()
    cleanup()
    const no = renderRaw({ viewType: 'customCheckbox', checked: false })
    expect(no.querySelector('svg')).toBeNull()
  })
})

describe('select and multi-select', () => {
  test('a select is exactly one chip', () => {
    const container = renderRaw({ viewType: 'customSelect', selected: 'Executive' })

    const chips = container.querySelectorAll('.rounded-full')
    expect(chips).toHaveLength(1)
    expect(chips[0]).toHaveTextContent('Executive')
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
  })

  test('a multi-select is a list with one chip per option', () => {
    renderRaw({ viewType: 'customMultiSelect', selected: ['Go', 'Kubernetes', 'Go'] })

    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items).toHaveLength(3)
    for (const item of items) expect(item.querySelectorAll('.rounded-full')).toHaveLength(1)
  })

  test('a blank select is the placeholder', () => {
    expect(renderRaw({ viewType: 'customSelect', selected: '  ' }).textContent).toBe('Not set')
  })
})

describe('date', () => {
  test.each(TIME_ZONES)(
    'a date-only value is 1 March 2026 in %s, with or without its midnight time',
    (timeZone) => {
      inTimeZone(timeZone, () => {
        for (const date of ['2026-03-01T00:00:00Z', '2026-03-01']) {
          const container = renderRaw({ viewType: 'customDate', date })

          const time = container.querySelector('time')
          expect(time).toHaveAttribute('datetime', date)
          expect(time).toHaveTextContent(enUsOr('Mar 1, 2026', /2026/))
          expect(time?.textContent).not.toMatch(/Feb|Mar 2\b/)
          expect(time?.textContent).not.toMatch(TIME_OF_DAY)
          expect(time?.getAttribute('title')).toMatch(enUsOr('Sunday, March 1, 2026', /2026/))
          cleanup()
        }
      })
    },
  )

  test('an instant with a time shows its date and time of day', () => {
    const date = '2026-03-01T12:34:00Z'
    const container = renderRaw({ viewType: 'customDate', date })

    const time = container.querySelector('time')
    expect(time).toHaveAttribute('datetime', date)
    expect(time).toHaveTextContent(enUsUtcOr('Mar 1, 2026, 12:34 PM', /2026/))
    expect(time?.textContent).toMatch(TIME_OF_DAY)
  })

  describe('with a relative hint', () => {
    // Noon local time on 26 February 2026: 1 March is three calendar days away.
    freezeDateAt(new Date(2026, 1, 26, 12))

    test('after the date', () => {
      const container = renderRaw({ viewType: 'customDate', date: '2026-03-01' })
      expect(container).toHaveTextContent(enUsOr('Mar 1, 2026 · in 3 days', /2026 · \S/))
    })
  })
})

describe('currency', () => {
  test('GBP 1250000 is the full amount in currency style', () => {
    const container = renderRaw({ viewType: 'customCurrency', amount: 1_250_000, currency: 'GBP' })
    expect(container.textContent).toMatch(enUsOr('£1,250,000.00', /£/))
    expect(digitsOf(container.textContent ?? '')).toBe('125000000')
    expect(container.textContent).not.toMatch(/\d\s*[kKmM]\b/)
  })

  test('a currency code Intl does not know still shows the full amount and the code', () => {
    const container = renderRaw({ viewType: 'customCurrency', amount: 1_250_000, currency: 'XYZ' })

    expect(container).toHaveTextContent('XYZ')
    expect(container.textContent).toMatch(enUsOr('XYZ\u00a01,250,000.00', /1\D?250\D?000/))
  })

  test('a lowercase code is read as the same currency', () => {
    const container = renderRaw({ viewType: 'customCurrency', amount: 99.5, currency: 'eur' })
    expect(container.textContent).toMatch(enUsOr('€99.50', /€/))
    expect(digitsOf(container.textContent ?? '')).toBe('9950')
  })
})

describe('URL', () => {
  test('is a link showing the host that opens in a new tab without an opener', () => {
    renderRaw({ viewType: 'customUrl', url: 'https://www.careers.example.com/jobs/42?ref=spott' })

    const link = screen.getByRole('link', { name: 'careers.example.com (opens in a new tab)' })
    expect(link).toHaveAttribute('href', 'https://www.careers.example.com/jobs/42?ref=spott')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link.getAttribute('rel')?.split(' ')).toContain('noopener')
    expect(link).toHaveAttribute('title', 'https://www.careers.example.com/jobs/42?ref=spott')
    expect(link).toHaveClass('break-all')
  })

  test('javascript: is shown as text only', () => {
    const container = renderRaw({ viewType: 'customUrl', url: 'javascript:alert(1)' })

    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.querySelector('[href]')).not.toBeInTheDocument()
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument()
  })

  test('a scheme-less address links to it over https', () => {
    renderRaw({ viewType: 'customUrl', url: 'careers.example.com/x' })

    const link = screen.getByRole('link', { name: /^careers\.example\.com\b/ })
    expect(link).toHaveAttribute('href', 'https://careers.example.com/x')
    expect(link).toHaveAttribute('target', '_blank')
  })

  test('a blank URL is the placeholder', () => {
    expect(renderRaw({ viewType: 'customUrl', url: ' ' }).textContent).toBe('Not set')
  })
})

describe('an unknown or missing tag shows what the value holds', () => {
  test('an untagged string is text', () => {
    expect(renderRaw('Referral from María')).toHaveTextContent('Referral from María')
  })

  test('an untagged number is the full figure', () => {
    expect(renderRaw(1_250_000).textContent).toMatch(enUsOr('1,250,000', /1\D?250\D?000/))
  })

  test('an untagged boolean is Yes/No', () => {
    expect(spokenText(renderRaw(true))).toBe('Yes')
  })

  test('an untagged ISO date is a date', () => {
    const container = renderRaw('2026-03-01')
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-03-01')
    expect(container).toHaveTextContent(enUsOr('Mar 1, 2026', /2026/))
  })

  test('an untagged { amount, currency } is money', () => {
    const container = renderRaw({ amount: 1_250_000, currency: 'GBP' })
    expect(container.textContent).toMatch(enUsOr('£1,250,000.00', /£/))
    expect(screen.queryByRole('term')).not.toBeInTheDocument()
  })

  test('an untagged URL is a safe link', () => {
    renderRaw('https://careers.example.com/jobs/42')
    expect(screen.getByRole('link', { name: /careers\.example\.com/ })).toHaveAttribute(
      'target',
      '_blank',
    )
  })

  test('an untagged array is chips', () => {
    renderRaw(['Rotterdam', 'Antwerp'])
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Rotterdam',
      'Antwerp',
    ])
  })

  test('an object with a new tag is readable key/value text, without the tag', () => {
    const container = renderRaw({
      viewType: 'customPercent',
      percent: 25,
      basis: 'first-year base',
    })

    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Percent',
      'Basis',
    ])
    expect(container).not.toHaveTextContent('customPercent')
    expect(container.textContent).not.toMatch(/[{}"]/)
  })
})

test.each([
  null,
  { viewType: 'customText', text: null },
  { viewType: 'customText', text: '' },
  { viewType: 'customDate', date: null },
  { viewType: 'customCurrency', amount: null, currency: null },
  { viewType: 'customUrl', url: null },
  { viewType: 'customSomethingNew' },
])('the empty value %j is the quiet placeholder "Not set"', (raw) => {
  const container = renderRaw(raw)

  expect(container.textContent).toBe('Not set')
  expect(screen.getByText('Not set')).toHaveClass('italic', 'text-ink-faint')
})

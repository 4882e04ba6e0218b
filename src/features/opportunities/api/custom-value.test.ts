import { normalizeCustomValue, type CustomValue } from './custom-value'

describe('each known tag, under each payload key it may use', () => {
  test.each<[string, Record<string, unknown>, CustomValue]>([
    ['customText', { text: 'Retained' }, { kind: 'customText', text: 'Retained' }],
    ['customText', { value: 'Retained' }, { kind: 'customText', text: 'Retained' }],
    ['customNumber', { number: 12 }, { kind: 'customNumber', number: 12 }],
    ['customNumber', { value: 12.5 }, { kind: 'customNumber', number: 12.5 }],
    ['customNumber', { number: '1250000' }, { kind: 'customNumber', number: 1_250_000 }],
    ['customCheckbox', { checked: true }, { kind: 'customCheckbox', checked: true }],
    ['customCheckbox', { checkbox: false }, { kind: 'customCheckbox', checked: false }],
    ['customCheckbox', { value: true }, { kind: 'customCheckbox', checked: true }],
    ['customCheckbox', { boolean: false }, { kind: 'customCheckbox', checked: false }],
    ['customSelect', { selected: 'Senior' }, { kind: 'customSelect', selected: 'Senior' }],
    ['customSelect', { option: 'Senior' }, { kind: 'customSelect', selected: 'Senior' }],
    ['customSelect', { select: 'Senior' }, { kind: 'customSelect', selected: 'Senior' }],
    ['customSelect', { value: 'Senior' }, { kind: 'customSelect', selected: 'Senior' }],
    ...['selected', 'options', 'multiSelect', 'values', 'value'].map(
      (key): [string, Record<string, unknown>, CustomValue] => [
        'customMultiSelect',
        { [key]: ['Go', 'SAP'] },
        { kind: 'customMultiSelect', selected: ['Go', 'SAP'] },
      ],
    ),
    ['customMultiSelect', { selected: [] }, { kind: 'customMultiSelect', selected: [] }],
    [
      'customDate',
      { date: '2026-03-01T00:00:00Z' },
      { kind: 'customDate', date: '2026-03-01T00:00:00Z' },
    ],
    ['customDate', { value: '2026-03-01' }, { kind: 'customDate', date: '2026-03-01' }],
    [
      'customCurrency',
      { amount: 1_250_000, currency: 'GBP' },
      { kind: 'customCurrency', amount: 1_250_000, currency: 'GBP' },
    ],
    [
      'customCurrency',
      { value: 99.5, currencyCode: 'eur' },
      { kind: 'customCurrency', amount: 99.5, currency: 'EUR' },
    ],
    [
      'customCurrency',
      { currency: { amount: '4800000', currency: 'JPY' } },
      { kind: 'customCurrency', amount: 4_800_000, currency: 'JPY' },
    ],
    [
      'customCurrency',
      { value: { amount: 10, currencyCode: 'usd' } },
      { kind: 'customCurrency', amount: 10, currency: 'USD' },
    ],
    [
      'customUrl',
      { url: 'https://careers.example.com/jobs/1' },
      { kind: 'customUrl', url: 'https://careers.example.com/jobs/1' },
    ],
    [
      'customUrl',
      { link: 'https://example.com' },
      { kind: 'customUrl', url: 'https://example.com' },
    ],
    [
      'customUrl',
      { value: 'https://example.com' },
      { kind: 'customUrl', url: 'https://example.com' },
    ],
  ])('%s %j', (viewType, payload, expected) => {
    expect(normalizeCustomValue({ viewType, ...payload })).toEqual(expected)
  })
})

test('the documented untagged `{ text }` is text', () => {
  expect(normalizeCustomValue({ text: 'Growing team' })).toEqual({
    kind: 'customText',
    text: 'Growing team',
  })
})

test('other untagged shapes are kept for the fallback, not guessed', () => {
  const raw = { text: 'Growing team', score: 3 }
  expect(normalizeCustomValue(raw)).toEqual({ kind: 'unknown', viewType: undefined, raw })
  expect(normalizeCustomValue({ amount: 5, currency: 'EUR' })).toMatchObject({ kind: 'unknown' })
})

test.each([null, undefined])('%s is empty', (raw) => {
  expect(normalizeCustomValue(raw)).toEqual({ kind: 'empty', viewType: undefined })
})

test.each<[Record<string, unknown>]>([
  [{ viewType: 'customText', text: null }],
  [{ viewType: 'customNumber', number: null }],
  [{ viewType: 'customCurrency', amount: null, currency: null }],
  [{ viewType: 'customUrl' }],
])('a tagged value whose payload is null is empty: %j', (raw) => {
  expect(normalizeCustomValue(raw)).toEqual({ kind: 'empty', viewType: raw.viewType })
})

test('an unknown tag is kept with its raw value', () => {
  const raw = { viewType: 'customRating', rating: 4, outOf: 5 }
  expect(normalizeCustomValue(raw)).toEqual({ kind: 'unknown', viewType: 'customRating', raw })
})

test.each<[Record<string, unknown>]>([
  [{ viewType: 'customText', text: 42 }],
  [{ viewType: 'customNumber', number: 'twelve' }],
  [{ viewType: 'customNumber', number: '' }],
  [{ viewType: 'customCheckbox', checked: 'yes' }],
  [{ viewType: 'customSelect', selected: ['a'] }],
  [{ viewType: 'customMultiSelect', selected: ['a', 2] }],
  [{ viewType: 'customDate', date: 'not a date' }],
  [{ viewType: 'customCurrency', amount: 5 }],
  [{ viewType: 'customCurrency', amount: 5, currency: 'euros' }],
  [{ viewType: 'customUrl', url: { href: 'https://example.com' } }],
])('a known tag with an unreadable payload is unknown, raw kept: %j', (raw) => {
  expect(normalizeCustomValue(raw)).toEqual({ kind: 'unknown', viewType: raw.viewType, raw })
})

test.each(['plain text', 42, true, ['a', 'b']])('a bare %j is unknown, raw kept', (raw) => {
  expect(normalizeCustomValue(raw)).toEqual({ kind: 'unknown', viewType: undefined, raw })
})

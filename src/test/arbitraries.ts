import fc from 'fast-check'
import { expect } from 'vitest'
import type { KnownCustomViewType } from '../features/opportunities/api/custom-value'
import { FIELD_VIEW_TYPES, type FieldKey } from '../features/opportunities/api/opportunity-schema'
import { HOSTILE_TEXT, HOSTILE_URLS } from '../../mock-spott/hostile-corpus'
import type { Json, JsonObject } from './opportunity-json'

/**
 * fast-check arbitraries for Spott data, shared by the property tests: text with the edge
 * cases people and attackers type, custom-attribute values of every known kind (tagged,
 * untagged, under each payload key the reader accepts) and of unknown shapes, and whole
 * opportunities as Spott could send them. Also `expectSafeMarkup`, the markup rule those
 * tests check alongside `expectReadableText`.
 */

/**
 * A generous per-test timeout for property tests: a few hundred renders take a few seconds,
 * far more on a busy CI machine. It bounds a hang; it does not measure speed.
 */
export const PROPERTY_TIMEOUT_MS = 60_000

// ---------------------------------------------------------------------------------------------
// Text

/**
 * What `expectReadableText` treats as a rendering bug. Generated text never contains these
 * words (also once `humanize` turns `invalid_date` into "Invalid date"), so a render that
 * shows one made it up itself.
 */
const PLACEHOLDER_WORDS = /undefined|null|nan|\[object|invalid[\s_-]*date/i

export const isPlaceholderFree = (text: string) => !PLACEHOLDER_WORDS.test(text)

/** True when no string or key anywhere inside `value` contains a placeholder word. */
export function holdsNoPlaceholder(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return isPlaceholderFree(value)
  if (typeof value !== 'object' || value === null || seen.has(value)) return true
  seen.add(value)
  return Reflect.ownKeys(value).every(
    (key) =>
      typeof key !== 'string' ||
      (isPlaceholderFree(key) && holdsNoPlaceholder((value as Record<string, unknown>)[key], seen)),
  )
}

// Markup, script and links people paste into CRMs: one list with the mock's hostile fixture
// and the e2e XSS spec, which render the same strings in a real browser.
export { HOSTILE_TEXT, HOSTILE_URLS } from '../../mock-spott/hostile-corpus'

const EDGE_TEXT = [
  '',
  ' ',
  '   ',
  '\n',
  '\t \n ',
  'first line\nsecond line\n\nfourth',
  '0',
  '-0',
  '42',
  '1e3',
  '  7  ',
  'true',
  'false',
  '2026-03-01',
  '2026-03-01T09:30:00Z',
  'https://example.com/a?b=c#d',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil.exe\u202C',
  '\u200F\u200B\uFEFF',
  '👩🏽‍💻🚀🇪🇸',
  'e\u0301',
  '田中太郎',
  'María José García López',
  '\uD800',
]

/** Any text a person could type into Spott, edge cases and hostile strings included. */
export const textArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 3, arbitrary: fc.constantFrom(...EDGE_TEXT) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 50, max: 200 }))
        .map(([chunk, times]) => chunk.repeat(times)),
    },
  )
  .filter(isPlaceholderFree)

/** Multi-line prose, for descriptions and task content. */
const proseArb = fc.oneof(
  { weight: 3, arbitrary: textArb },
  {
    weight: 1,
    arbitrary: fc.array(textArb, { maxLength: 8 }).map((lines) => lines.join('\n')),
  },
)

const urlArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
    { weight: 1, arbitrary: fc.domain() },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.domain(), fc.webPath())
        .map(([host, path]) => `${host}${path.startsWith('/') ? path : `/${path}`}`),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'careers.example.com/jobs/42',
        'HTTPS://EXAMPLE.COM/UPPER',
        'http:example.com',
        'https://user:pass@example.com/',
        'http://',
        'https://[::1]/',
        'javascript.example.com',
        'localhost:3000',
        '/avatars/local.png',
        'mailto:someone@example.com',
        'tel:+442079460321',
        '   ',
        '',
      ),
    },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
    { weight: 1, arbitrary: textArb },
  )
  .filter(isPlaceholderFree)

const emailArb = fc
  .oneof(
    { weight: 3, arbitrary: fc.emailAddress() },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_URLS, ...HOSTILE_TEXT) },
    { weight: 1, arbitrary: textArb },
  )
  .filter(isPlaceholderFree)

const phoneArb = fc
  .oneof(
    { weight: 3, arbitrary: fc.stringMatching(/^\+?[\d ().-]{3,20}$/) },
    { weight: 1, arbitrary: fc.constantFrom('+44 (0)20 7946-0321', 'ext. 12', '12', '') },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_URLS, ...HOSTILE_TEXT) },
    { weight: 1, arbitrary: textArb },
  )
  .filter(isPlaceholderFree)

/** Where the strings of a generated record come from. */
export type StringSources = {
  text: fc.Arbitrary<string>
  prose: fc.Arbitrary<string>
  url: fc.Arbitrary<string>
  email: fc.Arbitrary<string>
  phone: fc.Arbitrary<string>
}

/** Realistic and edge-case strings, with hostile ones mixed in. */
export const anyStrings: StringSources = {
  text: textArb,
  prose: proseArb,
  url: urlArb,
  email: emailArb,
  phone: phoneArb,
}

/**
 * Only hostile strings, in every text, link, email and phone field. A plain web address is
 * left out: it is shown as its host, and the properties using this expect text verbatim.
 */
const hostileArb = fc.constantFrom(
  ...[...HOSTILE_TEXT, ...HOSTILE_URLS].filter((text) => !/^https?:\/\//i.test(text.trim())),
)
export const hostileStrings: StringSources = {
  text: hostileArb,
  prose: hostileArb,
  url: hostileArb,
  email: hostileArb,
  phone: hostileArb,
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates

/** Every double (NaN, ±Infinity, -0 included) plus the magnitudes formatting gets wrong. */
export const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    0,
    -0,
    0.1 + 0.2,
    -1234.5678,
    1e21,
    -1e21,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
)

/** Numbers as strings, including ones `Number()` reads surprisingly ("0x1F", " 42 "). */
const numericStringArb = fc
  .oneof(
    numberArb.map(String),
    fc.constantFrom(
      ' 42 ',
      '1e3',
      '-0',
      '0x1F',
      '0b101',
      '.5',
      '5.',
      '1_000',
      '١٢٣',
      '+7',
      '1e400',
    ),
  )
  .filter(isPlaceholderFree)

const dateFromYears = (minYear: number, maxYear: number) =>
  fc.date({
    min: new Date(Date.UTC(minYear, 0, 1)),
    max: new Date(Date.UTC(maxYear, 11, 31)),
    noInvalidDate: true,
  })

/** A date-time or day in a form Spott's schema accepts (ISO-8601, Z or an offset, or a day). */
export const isoDateArb: fc.Arbitrary<string> = fc
  .tuple(dateFromYears(1970, 2100), fc.constantFrom('ms', 'seconds', 'day', 'midnight', 'offset'))
  .map(([date, form]) => {
    const iso = date.toISOString()
    if (form === 'seconds') return iso.replace(/\.\d+Z$/, 'Z')
    if (form === 'day') return iso.slice(0, 10)
    if (form === 'midnight') return `${iso.slice(0, 10)}T00:00:00Z`
    if (form === 'offset') return iso.replace(/Z$/, '+05:30')
    return iso
  })

/** Date strings the custom-date reader and the fallback must survive. */
const anyDateStringArb = fc.oneof(
  { weight: 3, arbitrary: isoDateArb },
  { weight: 1, arbitrary: dateFromYears(0, 9999).map((date) => date.toISOString()) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-13-45',
      '2026-02-30',
      '2026-00-10',
      '2026-03-01T25:99',
      '2026-03-01T10:00+25:99',
      '2026/03/01',
      '12',
      'not a date',
      '',
      '   ',
      '+275760-09-13T00:00:00.000Z',
      '-000001-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '0000-01-01',
    ),
  },
)

/** Codes Intl knows, lowercase ones, well-formed unknown ones, and malformed ones. */
const currencyCodeArb = fc
  .oneof(
    fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'BHD', 'CLF', 'usd', 'eUr', 'XYZ', 'ZZZ', 'XXX'),
    fc.stringMatching(/^[A-Za-z]{3}$/),
    fc.constantFrom('US', 'USDT', '€', '$', '', ' usd', '123'),
  )
  .filter(isPlaceholderFree)

// ---------------------------------------------------------------------------------------------
// Custom-attribute values

/** Any JSON value whose strings and keys hold no placeholder word. */
export const jsonArb: fc.Arbitrary<Json> = fc
  .jsonValue({ maxDepth: 4 })
  .filter(holdsNoPlaceholder) as fc.Arbitrary<Json>

/** Any JavaScript value at all: boxed values, Maps, Dates, BigInts, null prototypes, holes. */
const anyValueArb: fc.Arbitrary<unknown> = fc
  .anything({
    maxDepth: 4,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
  })
  .filter((value) => holdsNoPlaceholder(value))

/** Mostly the payload a kind expects, sometimes anything else (then the fallback shows it). */
const mostly = <T>(expected: fc.Arbitrary<T>, strings: StringSources) =>
  fc.oneof(
    { weight: 9, arbitrary: expected as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: strings.text },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: jsonArb },
  )

/** For each known kind: the payload keys its reader accepts, and what those keys hold. */
function knownPayloads(strings: StringSources): {
  [K in Exclude<KnownCustomViewType, 'customCurrency'>]: {
    keys: [string, ...string[]]
    value: fc.Arbitrary<unknown>
  }
} {
  return {
    customText: { keys: ['text', 'value'], value: mostly(strings.prose, strings) },
    customNumber: {
      keys: ['number', 'value'],
      value: mostly(fc.oneof(numberArb, numericStringArb), strings),
    },
    customCheckbox: {
      keys: ['checked', 'checkbox', 'value', 'boolean'],
      value: mostly(fc.oneof(fc.boolean(), fc.constantFrom('true', 'no', 0, 1)), strings),
    },
    customSelect: {
      keys: ['selected', 'option', 'select', 'value'],
      value: mostly(strings.text, strings),
    },
    customMultiSelect: {
      keys: ['selected', 'options', 'multiSelect', 'values', 'value'],
      value: mostly(fc.array(strings.text, { maxLength: 6 }), strings),
    },
    customDate: { keys: ['date', 'value'], value: mostly(anyDateStringArb, strings) },
    customUrl: { keys: ['url', 'link', 'value'], value: mostly(strings.url, strings) },
  }
}

/** `{ amount, currency }` flat, or nested under `currency` or `value`, with either key name. */
const moneyArb = (strings: StringSources) =>
  fc
    .record({
      amountKey: fc.constantFrom('amount', 'value'),
      amount: mostly(fc.oneof(numberArb, numericStringArb), strings),
      codeKey: fc.constantFrom('currency', 'currencyCode'),
      code: mostly(currencyCodeArb, strings),
      nest: fc.constantFrom(undefined, 'currency', 'value'),
    })
    .map(({ amountKey, amount, codeKey, code, nest }) => {
      const money = { [amountKey]: amount, [codeKey]: code }
      return nest === undefined ? money : { [nest]: money }
    })

/** The tag: as documented, missing (untagged), or mis-cased (an unknown tag). */
const tagFor = (kind: KnownCustomViewType) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant<string | undefined>(kind) },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(kind.toLowerCase()) },
  )

const withTag = (viewType: string | undefined, payload: Record<string, unknown>) =>
  viewType === undefined ? payload : { viewType, ...payload }

/** A value of one of the eight known custom kinds, tagged or not, under any payload key. */
export function knownCustomValueArb(strings: StringSources = anyStrings) {
  const payloads = knownPayloads(strings)
  const kinds = Object.entries(payloads).map(([kind, { keys, value }]) =>
    fc
      .record({
        viewType: tagFor(kind as KnownCustomViewType),
        key: fc.constantFrom(...keys),
        value,
      })
      .map(({ viewType, key, value }) => withTag(viewType, { [key]: value })),
  )
  const currency = fc
    .record({ viewType: tagFor('customCurrency'), money: moneyArb(strings) })
    .map(({ viewType, money }) => withTag(viewType, money))
  return fc.oneof(...kinds, currency)
}

/** Tags that are not custom kinds, including names every object inherits. */
const unknownTagArb = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'customRating',
    'CustomText',
    'customText ',
    '',
  ),
  fc.string({ maxLength: 20 }).filter(isPlaceholderFree),
)

/** Payload keys, including ones that collide with Object.prototype and the known readers. */
const keyArb = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'valueOf',
    'text',
    'value',
    'amount',
    'currency',
    'url',
  ),
  fc.string({ maxLength: 12 }).filter(isPlaceholderFree),
)

/** An object with an unknown (or missing) tag and random own keys; `__proto__` stays a key. */
const unknownTaggedArb = (values: fc.Arbitrary<unknown>) =>
  fc
    .record({
      viewType: fc.option(unknownTagArb, { nil: undefined }),
      entries: fc.array(fc.tuple(keyArb, values), { maxLength: 5 }),
    })
    .map(({ viewType, entries }) => withTag(viewType, Object.fromEntries(entries)))

/** Custom values as JSON could carry them: known kinds, unknown tags, any JSON at all. */
export function jsonCustomValueArb(strings: StringSources = anyStrings): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: knownCustomValueArb(strings) },
    { weight: 2, arbitrary: unknownTaggedArb(jsonArb) },
    { weight: 1, arbitrary: jsonArb },
  )
}

/** Every custom value above, plus values no JSON could hold (Maps, BigInts, holes, …). */
export const anyCustomValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: jsonCustomValueArb() },
  { weight: 1, arbitrary: unknownTaggedArb(anyValueArb) },
  { weight: 1, arbitrary: anyValueArb },
)

// ---------------------------------------------------------------------------------------------
// Opportunities

/** How a field that "may be null" arrives when it is null. */
export type NullForm = 'field-null' | 'field-missing' | 'payload-null' | 'payload-missing'

type FieldCase = {
  /** The wrapper as sent; `undefined` leaves the key out of the record. */
  wrapper: Json | undefined
  /** What `opportunitySchema` should report as the field's viewType. */
  viewType: string
  /** The null form, when the field was sent as null. */
  nullForm: NullForm | undefined
}

/** A tag as Spott sends it, none (untagged), or an unfamiliar one. */
const fieldTagArb = (key: FieldKey) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant<string | undefined>(FIELD_VIEW_TYPES[key]) },
    { weight: 3, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('opportunityFutureThing', 'legacyField', 'toString', ''),
    },
  )

function wrap(key: FieldKey, viewType: string | undefined, payload?: Json): JsonObject {
  const wrapper: JsonObject = viewType === undefined ? {} : { viewType }
  if (payload !== undefined) wrapper[key] = payload
  return wrapper
}

function fieldArb(key: FieldKey, payload: fc.Arbitrary<Json>): fc.Arbitrary<FieldCase> {
  return fc.record({ tag: fieldTagArb(key), payload }).map(({ tag, payload }) => ({
    wrapper: wrap(key, tag, payload),
    viewType: tag ?? FIELD_VIEW_TYPES[key],
    nullForm: undefined,
  }))
}

/** A field that may be null: a value, or null in each of its four forms. */
function nullableFieldArb(key: FieldKey, payload: fc.Arbitrary<Json>): fc.Arbitrary<FieldCase> {
  const nulls = fc
    .record({
      tag: fieldTagArb(key),
      form: fc.constantFrom<NullForm>(
        'field-null',
        'field-missing',
        'payload-null',
        'payload-missing',
      ),
    })
    .map(({ tag, form }): FieldCase => {
      if (form === 'field-null' || form === 'field-missing') {
        const wrapper = form === 'field-null' ? null : undefined
        return { wrapper, viewType: FIELD_VIEW_TYPES[key], nullForm: form }
      }
      const wrapper = wrap(key, tag, form === 'payload-null' ? null : undefined)
      return { wrapper, viewType: tag ?? FIELD_VIEW_TYPES[key], nullForm: form }
    })
  return fc.oneof({ weight: 2, arbitrary: fieldArb(key, payload) }, { weight: 1, arbitrary: nulls })
}

/** A value or null; inside an fc.record without the key in `requiredKeys` it may also be left out. */
const orNull = <T extends Json>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 })

/** A whole record as Spott could send it, with what parsing it should give. */
export type GeneratedOpportunity = {
  raw: JsonObject
  viewTypes: Record<FieldKey, string>
  nullForms: Partial<Record<FieldKey, NullForm>>
}

const idArb = (strings: StringSources) => fc.oneof(fc.uuid(), strings.text)

/** At most one primary, as the README promises. */
const onePrimary = <T extends { isPrimary?: boolean | null }>(items: T[]) =>
  items.map((item, index) =>
    item.isPrimary && items.findIndex((other) => other.isPrimary) !== index
      ? { ...item, isPrimary: false }
      : item,
  )

/** Generated opportunities: every field tagged or not, every nullable field in every null form. */
export function opportunityArb(strings: StringSources = anyStrings) {
  const id = idArb(strings)
  const purpose = fc.constantFrom('personal', 'work', null)
  const stage = fc.record({
    id,
    name: fc.oneof(
      strings.text,
      fc.constantFrom('Lead', 'Offer', 'Closed won', 'Placed', 'Closed lost', 'Withdrawn'),
    ),
    order: fc.oneof(
      fc.integer({ min: -3, max: 20 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    ),
    isOpen: fc.boolean(),
  })
  const owner = fc.record({
    id,
    name: strings.text,
    avatarUrl: orNull(strings.url),
    deactivatedAt: orNull(isoDateArb),
  })
  const email = fc.record(
    { purpose, email: strings.email, isPrimary: orNull(fc.boolean()) },
    { requiredKeys: ['email'] },
  )
  const phone = fc.record(
    { purpose, phoneNumber: strings.phone, isPrimary: orNull(fc.boolean()) },
    { requiredKeys: ['phoneNumber'] },
  )
  const member = fc.record(
    {
      id,
      firstName: strings.text,
      lastName: strings.text,
      middleName: orNull(strings.text),
      secondLastName: orNull(strings.text),
      avatarUrl: orNull(strings.url),
      candidateId: orNull(id),
      companyId: orNull(id),
      companyName: orNull(strings.text),
      companyLogoUrl: orNull(strings.url),
      jobTitle: orNull(strings.text),
      department: orNull(strings.text),
      emails: orNull(fc.array(email, { maxLength: 3 }).map(onePrimary)),
      phoneNumbers: orNull(fc.array(phone, { maxLength: 3 }).map(onePrimary)),
    },
    { requiredKeys: ['id', 'firstName', 'lastName'] },
  )
  const nextTask = fc.record(
    { id, content: orNull(strings.prose), dueDate: orNull(isoDateArb) },
    { requiredKeys: ['id'] },
  )
  const attribute = fc.record(
    {
      attributeDefinitionId: id,
      label: orNull(strings.text),
      value: jsonCustomValueArb(strings).map(toJson),
      isFilledByAI: orNull(fc.boolean()),
      aiFillOngoing: orNull(fc.boolean()),
      aiOverridden: orNull(fc.boolean()),
      options: fc.oneof(
        fc.array(strings.text, { maxLength: 4 }),
        fc.constant<Json>([1, { not: 'a string' }]),
      ),
    },
    { requiredKeys: ['attributeDefinitionId', 'value'] },
  )

  return fc
    .record({
      id,
      fields: fc.record({
        name: fieldArb('name', strings.text),
        description: nullableFieldArb('description', strings.prose),
        stage: fieldArb('stage', stage),
        company: fieldArb('company', fc.record({ id, name: strings.text })),
        owner: nullableFieldArb('owner', owner),
        closeDate: nullableFieldArb('closeDate', fc.record({ target: isoDateArb })),
        createdAt: fieldArb('createdAt', isoDateArb),
        clientTeam: nullableFieldArb('clientTeam', fc.array(member, { maxLength: 3 })),
        nextTaskDue: nullableFieldArb('nextTaskDue', nextTask),
      } satisfies Record<FieldKey, fc.Arbitrary<FieldCase>>),
      customAttributes: fc.option(fc.array(attribute, { maxLength: 4 }), {
        nil: null,
        freq: 5,
      }),
      leaveOutAttributes: fc.boolean(),
    })
    .map(({ id, fields, customAttributes, leaveOutAttributes }): GeneratedOpportunity => {
      const raw: JsonObject = { id }
      const viewTypes = {} as Record<FieldKey, string>
      const nullForms: Partial<Record<FieldKey, NullForm>> = {}
      for (const [key, field] of Object.entries(fields) as [FieldKey, FieldCase][]) {
        if (field.wrapper !== undefined) raw[key] = field.wrapper
        viewTypes[key] = field.viewType
        if (field.nullForm) nullForms[key] = field.nullForm
      }
      if (customAttributes !== null || !leaveOutAttributes) {
        raw.customAttributes = customAttributes
      }
      return { raw, viewTypes, nullForms }
    })
}

/** The value as it would arrive over the wire: NaN becomes null, undefined keys vanish. */
export const toJson = (value: unknown): Json =>
  value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json)

// ---------------------------------------------------------------------------------------------
// Markup

const SAFE_LINK = /^(https?|mailto|tel):/i
const WEB_ONLY = /^https?:/i
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster']

/** What a browser makes of an attribute's scheme: control characters and spaces ignored. */
// eslint-disable-next-line no-control-regex
const schemeOf = (url: string) => url.replace(/[\u0000-\u0020]/g, '')

/**
 * Every element under `root`, in document order. Walks `children` rather than calling
 * `querySelectorAll`, whose happy-dom cache keeps each detached tree alive (about 0.3 MB per
 * render here), which adds up over hundreds of property runs.
 */
export function descendantsOf(root: Element): Element[] {
  return Array.from(root.children).flatMap((child) => [child, ...descendantsOf(child)])
}

/**
 * Fails on markup Spott data could turn into script: a `<script>`, `<iframe>`, `<object>` or
 * `<embed>`; an `on*` attribute; a link that is not http(s), mailto or tel; an image that is
 * not http(s).
 */
export function expectSafeMarkup(container: Element) {
  for (const element of descendantsOf(container)) {
    const tag = element.tagName.toLowerCase()
    expect(['script', 'iframe', 'object', 'embed'], 'element').not.toContain(tag)
    for (const { name, value } of Array.from(element.attributes)) {
      expect(name.toLowerCase(), `attribute of <${tag}>`).not.toMatch(/^on/)
      if (!URL_ATTRIBUTES.includes(name.toLowerCase())) continue
      const rule = tag === 'img' ? WEB_ONLY : SAFE_LINK
      expect(schemeOf(value), `${name} of <${tag}>`).toMatch(rule)
    }
  }
}

/** Replaces the value at a path picked by `picks` (each taken modulo the keys there). */
function replaceAt(value: Json, picks: number[], replacement: Json): Json {
  if (picks.length === 0 || value === null || typeof value !== 'object') return replacement
  const [pick, ...rest] = picks as [number, ...number[]]
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement]
    const index = pick % value.length
    return value.map((item, i) => (i === index ? replaceAt(item, rest, replacement) : item))
  }
  const keys = Object.keys(value)
  if (keys.length === 0) return { [String(pick)]: replacement }
  const key = keys[pick % keys.length]!
  return { ...value, [key]: replaceAt(value[key]!, rest, replacement) }
}

/** Anything a broken or changed API could send: any JSON, or a record with one part replaced. */
export const mangledOpportunityArb: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc
    .tuple(
      opportunityArb(),
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.jsonValue() as fc.Arbitrary<Json>,
    )
    .map(([{ raw }, picks, replacement]) => replaceAt(raw, picks, replacement)),
)

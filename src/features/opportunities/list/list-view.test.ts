import fc from 'fast-check'
import { HOSTILE_TEXT, HOSTILE_URLS } from '../../../test/arbitraries'
import {
  DEFAULT_DIRECTION,
  DEFAULT_LIST_VIEW,
  isFiltered,
  listViewSearch,
  readListView,
  SORT_KEYS,
  STATUS_FILTERS,
  UNASSIGNED,
  withoutFilters,
  type ListView,
  type SortDirection,
} from './list-view'

const read = (search: string) => readListView(new URLSearchParams(search))
const view = (parts: Partial<ListView>): ListView => ({ ...DEFAULT_LIST_VIEW, ...parts })
const roundTrip = (value: ListView) => read(listViewSearch(value))

describe('readListView', () => {
  test.each(['', '?', '?utm_source=mail', '?page=3&foo=bar'])(
    'reads %j as the default view',
    (search) => {
      expect(read(search)).toStrictEqual(DEFAULT_LIST_VIEW)
    },
  )

  test('the default view shows everything in Spott’s own order', () => {
    expect(DEFAULT_LIST_VIEW).toStrictEqual({
      q: '',
      stage: null,
      owner: null,
      status: 'all',
      overdue: false,
      sort: null,
      dir: 'asc',
    })
  })

  test('reads each part', () => {
    expect(read('?q=acme')).toStrictEqual(view({ q: 'acme' }))
    expect(read('?stage=stg_offer')).toStrictEqual(view({ stage: 'stg_offer' }))
    expect(read('?owner=usr_1')).toStrictEqual(view({ owner: 'usr_1' }))
    expect(read(`?owner=${UNASSIGNED}`)).toStrictEqual(view({ owner: 'none' }))
    expect(read('?status=open')).toStrictEqual(view({ status: 'open' }))
    expect(read('?status=closed')).toStrictEqual(view({ status: 'closed' }))
    expect(read('?overdue=1')).toStrictEqual(view({ overdue: true }))
    expect(read('?sort=name&dir=desc')).toStrictEqual(view({ sort: 'name', dir: 'desc' }))
  })

  test('reads every part at once, in any order', () => {
    expect(
      read('?dir=asc&sort=created&overdue=1&status=closed&owner=usr_2&stage=stg_lead&q=zoe'),
    ).toStrictEqual({
      q: 'zoe',
      stage: 'stg_lead',
      owner: 'usr_2',
      status: 'closed',
      overdue: true,
      sort: 'created',
      dir: 'asc',
    })
  })

  test.each(SORT_KEYS)('sort=%s without dir takes that sort’s natural direction', (sort) => {
    expect(read(`?sort=${sort}`)).toStrictEqual(view({ sort, dir: DEFAULT_DIRECTION[sort] }))
  })

  test('natural directions: soonest close, newest created, A to Z', () => {
    expect(DEFAULT_DIRECTION).toStrictEqual({ 'close-date': 'asc', created: 'desc', name: 'asc' })
  })

  test.each([
    ['an unknown sort', '?sort=bogus', {}],
    ['an unknown sort with a direction', '?sort=bogus&dir=desc', {}],
    ['a sort in the wrong case', '?sort=Name', {}],
    ['a direction without a sort', '?dir=desc', {}],
    ['an unknown direction', '?sort=created&dir=up', { sort: 'created', dir: 'desc' }],
    ['a direction in the wrong case', '?sort=name&dir=DESC', { sort: 'name', dir: 'asc' }],
    ['an unknown status', '?status=x', {}],
    ['a status in the wrong case', '?status=Open', {}],
    ['overdue=true (only 1 counts)', '?overdue=true', {}],
    ['overdue=yes', '?overdue=yes', {}],
    ['overdue=0', '?overdue=0', {}],
    ['an empty overdue', '?overdue=', {}],
    ['a padded overdue', '?overdue=%201', {}],
    ['an empty stage', '?stage=', {}],
    ['a blank stage', '?stage=%20%20', {}],
    ['a blank owner', '?owner=+', {}],
    ['a blank search', '?q=+++', {}],
  ] satisfies [string, string, Partial<ListView>][])(
    'falls back to the default for %s',
    (_label, search, parts) => {
      expect(read(search)).toStrictEqual(view(parts))
    },
  )

  test('the first of a repeated parameter wins', () => {
    expect(read('?status=closed&status=open&sort=name&sort=created')).toStrictEqual(
      view({ status: 'closed', sort: 'name', dir: 'asc' }),
    )
  })

  test('trims the search and ids', () => {
    expect(read('?q=%20%20acme%20corp%0A&stage=%09stg_1%20&owner=%20usr_1%20')).toStrictEqual(
      view({ q: 'acme corp', stage: 'stg_1', owner: 'usr_1' }),
    )
  })

  test('keeps the inside of a search as typed', () => {
    expect(read('?q=Acme%20%20Corp').q).toBe('Acme  Corp')
  })

  test('cuts the search and ids to 200 characters', () => {
    const long = 'x'.repeat(500)
    const result = read(`?q=${long}&stage=${long}&owner=${long}`)

    expect(result.q).toBe('x'.repeat(200))
    expect(result.stage).toBe('x'.repeat(200))
    expect(result.owner).toBe('x'.repeat(200))
  })

  test('a value of exactly 200 characters is kept whole', () => {
    const exact = 'y'.repeat(199) + 'z'
    expect(read(`?q=${exact}`).q).toBe(exact)
    expect(read(`?stage=${exact}`).stage).toBe(exact)
  })
})

describe('listViewSearch', () => {
  test('the default view is no query string at all', () => {
    expect(listViewSearch(DEFAULT_LIST_VIEW)).toBe('')
  })

  test('writes each part that differs from the default', () => {
    expect(listViewSearch(view({ q: 'acme' }))).toBe('?q=acme')
    expect(listViewSearch(view({ stage: 'stg_1' }))).toBe('?stage=stg_1')
    expect(listViewSearch(view({ owner: UNASSIGNED }))).toBe('?owner=none')
    expect(listViewSearch(view({ status: 'open' }))).toBe('?status=open')
    expect(listViewSearch(view({ status: 'closed' }))).toBe('?status=closed')
    expect(listViewSearch(view({ overdue: true }))).toBe('?overdue=1')
    expect(listViewSearch(view({ sort: 'created', dir: 'desc' }))).toBe('?sort=created')
  })

  test('writes the parts in a fixed order', () => {
    const everything: ListView = {
      dir: 'asc',
      sort: 'created',
      overdue: true,
      status: 'open',
      owner: 'usr_1',
      stage: 'stg_1',
      q: 'acme',
    }
    expect(listViewSearch(everything)).toBe(
      '?q=acme&stage=stg_1&owner=usr_1&status=open&overdue=1&sort=created&dir=asc',
    )
  })

  test.each(SORT_KEYS)('omits dir when it is the natural direction of sort=%s', (sort) => {
    const natural = DEFAULT_DIRECTION[sort]
    const other: SortDirection = natural === 'asc' ? 'desc' : 'asc'

    expect(listViewSearch(view({ sort, dir: natural }))).toBe(`?sort=${sort}`)
    expect(listViewSearch(view({ sort, dir: other }))).toBe(`?sort=${sort}&dir=${other}`)
  })

  test('never writes a direction without a sort', () => {
    expect(listViewSearch(view({ dir: 'desc' }))).toBe('')
    expect(listViewSearch(view({ q: 'a', dir: 'desc' }))).toBe('?q=a')
  })

  test('trims the search, and leaves out a blank one', () => {
    expect(listViewSearch(view({ q: '  acme  ' }))).toBe('?q=acme')
    expect(listViewSearch(view({ q: ' \n\t ' }))).toBe('')
  })

  test('leaves out an empty stage or owner', () => {
    expect(listViewSearch(view({ stage: '', owner: '' }))).toBe('')
  })

  test('escapes what would otherwise break the query string', () => {
    const search = listViewSearch(view({ q: 'a&b=c#d%e+f' }))
    expect(search).not.toContain('#')
    expect(search.split('&')).toHaveLength(1)
    expect(read(search).q).toBe('a&b=c#d%e+f')
  })
})

describe('isFiltered', () => {
  test('the default view hides nothing', () => {
    expect(isFiltered(DEFAULT_LIST_VIEW)).toBe(false)
  })

  test('sorting alone hides nothing', () => {
    for (const sort of SORT_KEYS) {
      expect(isFiltered(view({ sort, dir: 'desc' }))).toBe(false)
    }
  })

  test('a blank search hides nothing', () => {
    expect(isFiltered(view({ q: '   ' }))).toBe(false)
  })

  test.each([
    ['a search', { q: 'acme' }],
    ['a stage', { stage: 'stg_1' }],
    ['an owner', { owner: 'usr_1' }],
    ['"no owner"', { owner: UNASSIGNED }],
    ['open only', { status: 'open' }],
    ['closed only', { status: 'closed' }],
    ['overdue only', { overdue: true }],
  ] satisfies [string, Partial<ListView>][])('%s filters', (_label, parts) => {
    expect(isFiltered(view(parts))).toBe(true)
  })
})

describe('withoutFilters', () => {
  test('clears search and filters, keeps the sort and its direction', () => {
    const filtered: ListView = {
      q: 'acme',
      stage: 'stg_1',
      owner: 'usr_1',
      status: 'closed',
      overdue: true,
      sort: 'name',
      dir: 'desc',
    }
    const cleared = withoutFilters(filtered)

    expect(cleared).toStrictEqual(view({ sort: 'name', dir: 'desc' }))
    expect(isFiltered(cleared)).toBe(false)
    expect(filtered.q).toBe('acme')
  })

  test('of an unsorted view is the default view', () => {
    expect(withoutFilters(view({ q: 'x', overdue: true }))).toStrictEqual(DEFAULT_LIST_VIEW)
  })
})

// ---------------------------------------------------------------------------------------------
// Properties

const MAX = 200

const hostileTextArb = fc.constantFrom(
  ...HOSTILE_TEXT,
  ...HOSTILE_URLS,
  'a&b',
  'q=1&stage=x',
  '#fragment',
  '100% sure',
  '%41%42',
  '%',
  '%zz',
  '+plus+',
  'a+b c',
  '?q=nested',
  'Zoë Müller',
  'ａｃｍｅ',
  '田中太郎',
  'مرحبا',
  '👩🏽‍💻🚀🇪🇸',
  '\u202Eevil',
  'e\u0301',
)

/** Text a URL can carry unchanged: no lone surrogates (those become U+FFFD when encoded). */
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  hostileTextArb,
  fc
    .tuple(fc.constantFrom('a', 'é', '&', '%', ' ', '=', '#'), fc.integer({ min: 150, max: 260 }))
    .map(([chunk, times]) => chunk.repeat(times)),
)

/** A search as readListView gives it: trimmed and at most 200 characters. */
const qArb = textArb
  .map((text) => text.trim())
  .filter((text) => text.length <= MAX && text === text.trim())

/** An id as readListView gives it: non-empty, trimmed, at most 200 characters. */
const idArb = fc.oneof(
  fc.constantFrom('stg_lead', 'usr_1', UNASSIGNED, 'opp 1', '0'),
  qArb.filter((text) => text !== ''),
)

const sortedArb = fc
  .constantFrom(...SORT_KEYS)
  .chain((sort) =>
    fc.record({ sort: fc.constant(sort), dir: fc.constantFrom<SortDirection>('asc', 'desc') }),
  )

const listViewArb: fc.Arbitrary<ListView> = fc
  .record({
    q: qArb,
    stage: fc.option(idArb, { nil: null }),
    owner: fc.option(idArb, { nil: null }),
    status: fc.constantFrom(...STATUS_FILTERS),
    overdue: fc.boolean(),
    order: fc.option(sortedArb, { nil: null }),
  })
  .map(({ order, ...rest }) => ({
    ...rest,
    sort: order?.sort ?? null,
    dir: order?.dir ?? 'asc',
  }))

test('any view survives a round trip through its query string', () => {
  fc.assert(
    fc.property(listViewArb, (value) => {
      expect(roundTrip(value)).toStrictEqual(value)
    }),
    { numRuns: 500 },
  )
})

test('the query string of a view is canonical: writing what was read gives it back', () => {
  fc.assert(
    fc.property(listViewArb, (value) => {
      const search = listViewSearch(value)
      expect(listViewSearch(read(search))).toBe(search)
      expect(search === '').toBe(!isFiltered(value) && value.sort === null)
    }),
    { numRuns: 300 },
  )
})

test.each([...HOSTILE_TEXT, ...HOSTILE_URLS, 'a & b = c # d % e', '%E0%A4%A', '😀 Zoë 🇪🇸'])(
  'the search %j survives a round trip',
  (q) => {
    expect(roundTrip(view({ q }))).toStrictEqual(view({ q: q.trim() }))
  },
)

const paramNames = fc.constantFrom('q', 'stage', 'owner', 'status', 'overdue', 'sort', 'dir', 'x')
const paramValues = fc.oneof(
  fc.constantFrom(
    ...SORT_KEYS,
    ...STATUS_FILTERS,
    'asc',
    'desc',
    '1',
    '0',
    'true',
    '',
    ' ',
    UNASSIGNED,
  ),
  textArb,
)

/** Values around the 200-character cut, where it may land on a space or inside an emoji. */
const longValues = fc
  .array(fc.constantFrom('a', ' ', '😀', 'é', '\t', '字'), { minLength: 190, maxLength: 260 })
  .map((parts) => parts.join(''))

/** Query strings as links carry them: known names with any values, or raw garbage. */
const queryStringArb = fc.oneof(
  fc
    .array(fc.tuple(paramNames, longValues), { minLength: 1, maxLength: 3 })
    .map((entries) => `?${new URLSearchParams(entries)}`),
  fc
    .array(fc.tuple(paramNames, paramValues), { maxLength: 10 })
    .map((entries) => `?${new URLSearchParams(entries)}`),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(fc.tuple(paramNames, fc.string({ maxLength: 10 })), { maxLength: 8 })
    .map((entries) => entries.map(([key, value]) => `${key}=${value}`).join('&')),
)

test('reading any query string never throws and gives a valid view', () => {
  fc.assert(
    fc.property(queryStringArb, (search) => {
      const result = read(search)

      expect(result.q).toBe(result.q.trim())
      expect(Array.from(result.q).length).toBeLessThanOrEqual(MAX)
      for (const id of [result.stage, result.owner]) {
        if (id !== null) {
          expect(id).not.toBe('')
          expect(Array.from(id).length).toBeLessThanOrEqual(MAX)
          expect(id).toBe(id.trim())
        }
      }
      expect(STATUS_FILTERS).toContain(result.status)
      expect(typeof result.overdue).toBe('boolean')
      expect([null, ...SORT_KEYS]).toContain(result.sort)
      expect(['asc', 'desc']).toContain(result.dir)
      if (result.sort === null) expect(result.dir).toBe('asc')
    }),
    { numRuns: 500 },
  )
})

test('writing what was read is a fixed point: reading it again gives the same view', () => {
  fc.assert(
    fc.property(queryStringArb, (search) => {
      const first = read(search)
      const canonical = listViewSearch(first)

      expect(read(canonical)).toStrictEqual(first)
      expect(listViewSearch(read(canonical))).toBe(canonical)
    }),
    { numRuns: 500 },
  )
})

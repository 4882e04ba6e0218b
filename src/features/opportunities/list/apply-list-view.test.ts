import fc from 'fast-check'
import { createDemoOpportunities } from '../../../../mock-spott/data'
import { clientTeamMember, tag, type Contact, type Json } from '../../../../mock-spott/builders'
import { parseCalendarDay, parseSpottDate } from '../../../lib/dates'
import { opportunityArb, PROPERTY_TIMEOUT_MS } from '../../../test/arbitraries'
import { calendarDay } from '../../../test/time'
import { opportunitySchema, type Opportunity } from '../api/opportunity-schema'
import { displayName } from '../fields/name-field'
import {
  applyListView,
  foldForSearch,
  isOverdue,
  matchesSearch,
  ownerKey,
  searchTerms,
} from './apply-list-view'
import {
  DEFAULT_LIST_VIEW,
  SORT_KEYS,
  STATUS_FILTERS,
  UNASSIGNED,
  type ListView,
  type SortDirection,
  type SortKey,
} from './list-view'

/** Mid-morning local time: "today" has a past and a future in every time zone. */
const NOW = new Date(2026, 2, 15, 10, 30)
const day = (offset: number) => calendarDay(NOW, offset)

type Parts = {
  id?: string
  name?: string
  company?: string
  stage?: { id: string; isOpen: boolean }
  owner?: { id: string; name: string } | null
  closeDate?: string | null
  createdAt?: string
  contacts?: Contact[]
  taskDue?: string | null
}

const OPEN = { id: 'stg_open', isOpen: true }
const CLOSED = { id: 'stg_closed', isOpen: false }
const DANA = { id: 'usr_dana', name: 'Dana Reyes' }
const PRIYA = { id: 'usr_priya', name: 'Priya Natarajan' }

/** A record as Spott sends it, parsed as the app parses it. */
function opportunity(parts: Parts = {}): Opportunity {
  const company = { id: 'cmp_1', name: parts.company ?? 'Northwind Logistics', slug: null }
  const owner = parts.owner === undefined ? DANA : parts.owner
  const closeDate = parts.closeDate === undefined ? null : parts.closeDate
  const taskDue = parts.taskDue === undefined ? null : parts.taskDue
  const stage = parts.stage ?? OPEN
  return opportunitySchema.parse({
    id: parts.id ?? 'opp_1',
    name: tag('opportunityName', 'name', parts.name ?? 'Payroll Specialist'),
    stage: tag('opportunityStage', 'stage', { ...stage, name: stage.id, order: 1 }),
    company: tag('opportunityCompany', 'company', { id: company.id, name: company.name }),
    owner: tag(
      'opportunityOwner',
      'owner',
      owner && { ...owner, avatarUrl: null, deactivatedAt: null },
    ),
    closeDate: tag('opportunityCloseDate', 'closeDate', closeDate && { target: closeDate }),
    createdAt: tag('opportunityCreatedAt', 'createdAt', parts.createdAt ?? '2026-01-01T09:00:00Z'),
    clientTeam: tag(
      'opportunityClientTeam',
      'clientTeam',
      (parts.contacts ?? []).map((contact, index) =>
        clientTeamMember(`ctc_${index}`, company, contact),
      ),
    ),
    nextTaskDue: tag(
      'opportunityNextTaskDue',
      'nextTaskDue',
      taskDue && { id: 'tsk_1', content: 'Call back', dueDate: taskDue },
    ),
  } satisfies { [key: string]: Json })
}

/** Several records, each with its own id (opp_0, opp_1, …). */
const opportunities = (...parts: Parts[]) =>
  parts.map((part, index) => opportunity({ id: `opp_${index}`, ...part }))

const view = (parts: Partial<ListView>): ListView => ({ ...DEFAULT_LIST_VIEW, ...parts })
const ids = (items: readonly Opportunity[]) => items.map((item) => item.id)
const shown = (items: readonly Opportunity[], parts: Partial<ListView>) =>
  ids(applyListView(items, view(parts), NOW))

describe('foldForSearch and searchTerms', () => {
  test.each([
    ['Zoë', 'zoe'],
    ['ZOË', 'zoe'],
    ['Müller', 'muller'],
    ['García López', 'garcia lopez'],
    ['ＡＣＭＥ', 'acme'],
    ['ﬁnance', 'finance'],
    ['e\u0301', 'e'],
    ['田中太郎', '田中太郎'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded)
  })

  test('splits a search into folded words, ignoring extra whitespace', () => {
    expect(searchTerms('  Zoë \t MÜLLER\n')).toEqual(['zoe', 'muller'])
    expect(searchTerms('acme')).toEqual(['acme'])
  })

  test.each(['', ' ', '\n\t  '])('a blank search %j has no terms', (q) => {
    expect(searchTerms(q)).toEqual([])
  })
})

describe('search', () => {
  const items = opportunities(
    {
      name: 'Senior Backend Engineer',
      company: 'Acme Corp',
      contacts: [{ first: 'Zoë', last: 'Müller' }],
    },
    {
      name: 'Head of Finance',
      company: 'Helios Renewables GmbH',
      contacts: [
        { first: 'James', last: 'Okafor' },
        { first: 'María', middle: 'José', last: 'García', secondLast: 'López' },
      ],
    },
    { name: 'Deal 10', company: '株式会社さくらロボティクス', contacts: [] },
  )

  test.each([
    ['the name', 'backend', ['opp_0']],
    ['the company', 'helios', ['opp_1']],
    ['a contact’s first name', 'james', ['opp_1']],
    ['a contact’s last name', 'okafor', ['opp_1']],
    ['a contact’s middle name', 'jose', ['opp_1']],
    ['a contact’s second last name', 'lopez', ['opp_1']],
    ['part of a word', 'engin', ['opp_0']],
    ['non-Latin text', 'さくら', ['opp_2']],
  ])('finds %s', (_label, q, expected) => {
    expect(shown(items, { q })).toEqual(expected)
  })

  test('ignores case, accents and width: "zoe" finds "Zoë"', () => {
    for (const q of ['zoe', 'ZOE', 'Zoë', 'zoë', 'ｚｏｅ', 'muller']) {
      expect(shown(items, { q }), q).toEqual(['opp_0'])
    }
    expect(shown(items, { q: 'ａｃｍｅ' })).toEqual(['opp_0'])
    expect(shown(items, { q: 'GARCÍA' })).toEqual(['opp_1'])
  })

  test('every word must match, each in any of the fields', () => {
    expect(shown(items, { q: 'acme zoe' })).toEqual(['opp_0'])
    expect(shown(items, { q: 'finance  maria   lopez' })).toEqual(['opp_1'])
    expect(shown(items, { q: 'zoe maria' })).toEqual([])
    expect(shown(items, { q: 'backend helios' })).toEqual([])
  })

  test('word order does not matter', () => {
    expect(shown(items, { q: 'lopez maria' })).toEqual(['opp_1'])
  })

  test('finds nothing when nothing matches', () => {
    expect(shown(items, { q: 'nonexistent' })).toEqual([])
  })

  test('a term that matches several keeps them in their order', () => {
    expect(shown(items, { q: 'e' })).toEqual(['opp_0', 'opp_1', 'opp_2'])
  })

  test('a blank search keeps everything', () => {
    expect(shown(items, { q: '   ' })).toEqual(['opp_0', 'opp_1', 'opp_2'])
  })

  test('matchesSearch takes folded terms', () => {
    const [first] = items
    expect(matchesSearch(first!, searchTerms('Zoë ACME'))).toBe(true)
    expect(matchesSearch(first!, searchTerms('zoe helios'))).toBe(false)
    expect(matchesSearch(first!, [])).toBe(true)
  })
})

describe('filters', () => {
  const items = opportunities(
    { stage: OPEN, owner: DANA },
    { stage: CLOSED, owner: PRIYA },
    { stage: { id: 'stg_other_open', isOpen: true }, owner: null },
    { stage: CLOSED, owner: DANA },
  )

  test('by stage id', () => {
    expect(shown(items, { stage: 'stg_closed' })).toEqual(['opp_1', 'opp_3'])
    expect(shown(items, { stage: 'stg_open' })).toEqual(['opp_0'])
    expect(shown(items, { stage: 'stg_missing' })).toEqual([])
  })

  test('by owner id', () => {
    expect(shown(items, { owner: 'usr_dana' })).toEqual(['opp_0', 'opp_3'])
    expect(shown(items, { owner: 'usr_priya' })).toEqual(['opp_1'])
    expect(shown(items, { owner: 'usr_missing' })).toEqual([])
  })

  test('"no owner" keeps only deals without an owner', () => {
    expect(shown(items, { owner: UNASSIGNED })).toEqual(['opp_2'])
  })

  test('ownerKey is the owner’s id, or UNASSIGNED for nobody', () => {
    expect(items.map(ownerKey)).toEqual(['usr_dana', 'usr_priya', UNASSIGNED, 'usr_dana'])
  })

  test('open and closed follow the stage’s isOpen', () => {
    expect(shown(items, { status: 'open' })).toEqual(['opp_0', 'opp_2'])
    expect(shown(items, { status: 'closed' })).toEqual(['opp_1', 'opp_3'])
    expect(shown(items, { status: 'all' })).toEqual(['opp_0', 'opp_1', 'opp_2', 'opp_3'])
  })

  test('filters combine: every one must hold', () => {
    expect(shown(items, { owner: 'usr_dana', status: 'closed' })).toEqual(['opp_3'])
    expect(shown(items, { stage: 'stg_open', status: 'closed' })).toEqual([])
    expect(shown(items, { owner: UNASSIGNED, status: 'open' })).toEqual(['opp_2'])
  })

  test('no filters keep every item, in order', () => {
    expect(shown(items, {})).toEqual(['opp_0', 'opp_1', 'opp_2', 'opp_3'])
  })
})

describe('overdue', () => {
  test.each([
    ['an open deal whose close date was yesterday', { closeDate: day(-1) }, true],
    ['an open deal whose close date was long ago', { closeDate: day(-400) }, true],
    ['an open deal that closes today', { closeDate: day(0) }, false],
    ['an open deal that closes tomorrow', { closeDate: day(1) }, false],
    ['an open deal without a close date or task', {}, false],
    [
      'a closed deal past its close date, without a task',
      { stage: CLOSED, closeDate: day(-3) },
      false,
    ],
    ['a deal whose next task was due yesterday', { taskDue: day(-1) }, true],
    ['a closed deal whose next task was due yesterday', { stage: CLOSED, taskDue: day(-1) }, true],
    [
      'a closed deal with a future close date and a past-due task',
      { stage: CLOSED, closeDate: day(5), taskDue: day(-2) },
      true,
    ],
    ['a deal whose next task is due today', { taskDue: day(0) }, false],
    ['a deal whose next task is due tomorrow', { taskDue: day(1) }, false],
    [
      'a deal whose next task was due earlier today',
      { taskDue: new Date(NOW.getTime() - 60 * 60_000).toISOString() },
      false,
    ],
    [
      'a deal whose next task was due at this time yesterday',
      { taskDue: new Date(NOW.getTime() - 24 * 60 * 60_000).toISOString() },
      true,
    ],
  ] satisfies [string, Parts, boolean][])('%s', (_label, parts, expected) => {
    const item = opportunity(parts)
    expect(isOverdue(item, NOW)).toBe(expected)
    expect(shown([item], { overdue: true })).toEqual(expected ? ['opp_1'] : [])
  })

  test('a close date late in the UTC day still counts as its calendar day', () => {
    const today = day(0).replace('T00:00:00Z', 'T23:30:00Z')
    expect(isOverdue(opportunity({ closeDate: today }), NOW)).toBe(false)
  })

  test('depends on the day it is asked', () => {
    const item = opportunity({ closeDate: day(3) })
    expect(isOverdue(item, NOW)).toBe(false)
    expect(isOverdue(item, new Date(NOW.getTime() + 4 * 86_400_000))).toBe(true)
  })

  test('combines with the other filters', () => {
    const items = opportunities(
      { closeDate: day(-1), owner: DANA },
      { closeDate: day(-1), owner: PRIYA },
      { closeDate: day(1), owner: DANA },
    )
    expect(shown(items, { overdue: true, owner: 'usr_dana' })).toEqual(['opp_0'])
  })
})

describe('sort', () => {
  test('by close date: soonest first, or latest first; no date last in both', () => {
    const items = opportunities(
      { closeDate: day(3) },
      { closeDate: null },
      { closeDate: day(-1) },
      { closeDate: day(10) },
      { closeDate: null },
    )
    expect(shown(items, { sort: 'close-date', dir: 'asc' })).toEqual([
      'opp_2',
      'opp_0',
      'opp_3',
      'opp_1',
      'opp_4',
    ])
    expect(shown(items, { sort: 'close-date', dir: 'desc' })).toEqual([
      'opp_3',
      'opp_0',
      'opp_2',
      'opp_1',
      'opp_4',
    ])
  })

  test('by created: by instant, whatever form the date has', () => {
    const items = opportunities(
      { createdAt: '2026-02-01T12:00:00Z' },
      { createdAt: '2026-02-01T11:59:59.999Z' },
      { createdAt: '2026-02-01T14:00:00+05:30' },
      { createdAt: '2026-02-01' },
    )
    // 14:00+05:30 is 08:30Z; the bare day is midnight UTC.
    expect(shown(items, { sort: 'created', dir: 'asc' })).toEqual([
      'opp_3',
      'opp_2',
      'opp_1',
      'opp_0',
    ])
    expect(shown(items, { sort: 'created', dir: 'desc' })).toEqual([
      'opp_0',
      'opp_1',
      'opp_2',
      'opp_3',
    ])
  })

  test('by name: A to Z, numbers by value, case ignored', () => {
    const items = opportunities(
      { name: 'Deal 10' },
      { name: 'deal 9' },
      { name: 'Álvarez hire' },
      { name: 'Deal 1' },
      { name: 'Beta' },
    )
    expect(shown(items, { sort: 'name', dir: 'asc' })).toEqual([
      'opp_2',
      'opp_4',
      'opp_3',
      'opp_1',
      'opp_0',
    ])
    expect(shown(items, { sort: 'name', dir: 'desc' })).toEqual([
      'opp_0',
      'opp_1',
      'opp_3',
      'opp_4',
      'opp_2',
    ])
  })

  test('"Deal 9" sorts before "Deal 10"', () => {
    const items = opportunities({ name: 'Deal 10' }, { name: 'Deal 9' })
    expect(shown(items, { sort: 'name', dir: 'asc' })).toEqual(['opp_1', 'opp_0'])
  })

  test('a blank name sorts as "Untitled opportunity", as it is shown', () => {
    const items = opportunities({ name: 'Zeta' }, { name: '  ' }, { name: 'Alpha' })
    expect(shown(items, { sort: 'name', dir: 'asc' })).toEqual(['opp_2', 'opp_1', 'opp_0'])
  })

  test.each(['asc', 'desc'] satisfies SortDirection[])('ties keep the input order (%s)', (dir) => {
    const items = opportunities(
      { name: 'Same', closeDate: day(2), createdAt: '2026-01-01T00:00:00Z' },
      { name: 'same', closeDate: day(2), createdAt: '2026-01-01T00:00:00Z' },
      { name: 'SAME', closeDate: day(2), createdAt: '2026-01-01T00:00:00Z' },
    )
    for (const sort of SORT_KEYS) {
      expect(shown(items, { sort, dir }), sort).toEqual(['opp_0', 'opp_1', 'opp_2'])
    }
  })

  test('missing values keep their input order at the end, in either direction', () => {
    const items = opportunities(
      { closeDate: null, name: 'c' },
      { closeDate: day(1), name: 'x' },
      { closeDate: null, name: 'a' },
      { closeDate: day(2), name: 'y' },
      { closeDate: null, name: 'b' },
    )
    expect(shown(items, { sort: 'close-date', dir: 'asc' })).toEqual([
      'opp_1',
      'opp_3',
      'opp_0',
      'opp_2',
      'opp_4',
    ])
    expect(shown(items, { sort: 'close-date', dir: 'desc' })).toEqual([
      'opp_3',
      'opp_1',
      'opp_0',
      'opp_2',
      'opp_4',
    ])
  })

  test('sorts what the filters keep', () => {
    const items = opportunities(
      { name: 'Charlie', stage: OPEN },
      { name: 'Alpha', stage: CLOSED },
      { name: 'Bravo', stage: OPEN },
    )
    expect(shown(items, { status: 'open', sort: 'name', dir: 'asc' })).toEqual(['opp_2', 'opp_0'])
  })

  test('no sort keeps Spott’s order', () => {
    const items = opportunities({ name: 'b' }, { name: 'a' }, { name: 'c' })
    expect(shown(items, { sort: null })).toEqual(['opp_0', 'opp_1', 'opp_2'])
    expect(shown(items, { sort: null, dir: 'desc' })).toEqual(['opp_0', 'opp_1', 'opp_2'])
  })
})

test('never changes the array it is given', () => {
  const items = Object.freeze(
    opportunities(
      { name: 'b', closeDate: day(-1) },
      { name: 'a', closeDate: null },
      { name: 'c', closeDate: day(4) },
    ),
  )
  const before = [...items]

  for (const sort of SORT_KEYS) {
    for (const dir of ['asc', 'desc'] satisfies SortDirection[]) {
      const result = applyListView(items, view({ sort, dir, q: 'a' }), NOW)
      expect(result).not.toBe(items)
    }
  }
  const unfiltered = applyListView(items, DEFAULT_LIST_VIEW, NOW)
  expect(unfiltered).not.toBe(items)
  expect(items).toEqual(before)
  items.forEach((item, index) => expect(item).toBe(before[index]))
})

describe('on the demo pipeline', () => {
  const demo = createDemoOpportunities(NOW).map((raw) => opportunitySchema.parse(raw))

  test('open and closed split the pipeline', () => {
    const open = applyListView(demo, view({ status: 'open' }), NOW)
    const closed = applyListView(demo, view({ status: 'closed' }), NOW)
    expect(open.length).toBeGreaterThan(0)
    expect(closed.length).toBeGreaterThan(0)
    expect(open.length + closed.length).toBe(demo.length)
  })

  test('the owner filters, "no owner" included, split the pipeline', () => {
    const owners = new Set(demo.map(ownerKey))
    expect(owners).toContain(UNASSIGNED)
    const total = [...owners].reduce(
      (sum, owner) => sum + applyListView(demo, view({ owner }), NOW).length,
      0,
    )
    expect(total).toBe(demo.length)
  })

  test('has overdue deals, and every one of them is overdue', () => {
    const overdue = applyListView(demo, view({ overdue: true }), NOW)
    expect(overdue.length).toBeGreaterThan(0)
    expect(overdue.length).toBeLessThan(demo.length)
    expect(overdue.every((item) => isOverdue(item, NOW))).toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------
// Properties

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/** The value a sort orders by, worked out here from the record; undefined when missing. */
function sortKey(item: Opportunity, key: SortKey): number | string | undefined {
  const asTime = (date: ReturnType<typeof parseSpottDate>) =>
    date === undefined
      ? undefined
      : date.kind === 'instant'
        ? date.date.getTime()
        : Date.UTC(date.year, date.month - 1, date.day)
  if (key === 'close-date') return asTime(parseCalendarDay(item.closeDate.value?.target))
  if (key === 'created') return asTime(parseSpottDate(item.createdAt.value))
  return displayName(item.name.value)
}

const compareKeys = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))

const partsArb: fc.Arbitrary<Parts> = fc.record({
  name: fc.oneof(
    fc.constantFrom('Deal 9', 'Deal 10', 'deal 9', 'Zoë hire', 'Acme', 'ACME', 'b', '', '  '),
    fc.string({ maxLength: 8 }),
  ),
  company: fc.constantFrom('Acme Corp', 'Helios', 'Zoë & Co'),
  stage: fc.constantFrom(OPEN, CLOSED, { id: 'stg_b', isOpen: true }),
  owner: fc.constantFrom(null, DANA, PRIYA),
  closeDate: fc.option(
    fc.integer({ min: -4, max: 4 }).map((offset) => day(offset)),
    { nil: null },
  ),
  createdAt: fc.constantFrom(
    '2026-01-01T09:00:00Z',
    '2026-01-01T09:00:00.000Z',
    '2026-01-01',
    '2025-12-31T23:00:00-02:00',
    '2026-02-10T08:00:00Z',
  ),
  contacts: fc.constantFrom<Contact[]>([], [{ first: 'Zoë', last: 'Müller' }]),
  taskDue: fc.option(
    fc.integer({ min: -3, max: 3 }).map((offset) => day(offset)),
    { nil: null },
  ),
})

const itemsArb = fc.array(partsArb, { maxLength: 14 }).map((parts) => opportunities(...parts))

const sortArb = fc.option(fc.constantFrom(...SORT_KEYS), { nil: null })
const dirArb = fc.constantFrom<SortDirection>('asc', 'desc')

const viewArb: fc.Arbitrary<ListView> = fc.record({
  q: fc.constantFrom('', 'deal', 'ZOE', 'acme', 'a', '9', 'deal 9', 'müller acme', 'nothing'),
  stage: fc.constantFrom(null, 'stg_open', 'stg_closed', 'stg_b', 'stg_missing'),
  owner: fc.constantFrom(null, 'usr_dana', 'usr_priya', UNASSIGNED),
  status: fc.constantFrom(...STATUS_FILTERS),
  overdue: fc.boolean(),
  sort: sortArb,
  dir: dirArb,
})

test('the result is a subset of the input, without duplicates, that matches the view', () => {
  fc.assert(
    fc.property(itemsArb, viewArb, (items, listView) => {
      const result = applyListView(items, listView, NOW)

      expect(new Set(result).size).toBe(result.length)
      for (const item of result) {
        expect(items).toContain(item)
        if (listView.stage !== null) expect(item.stage.value.id).toBe(listView.stage)
        if (listView.owner !== null) expect(ownerKey(item)).toBe(listView.owner)
        if (listView.overdue) expect(isOverdue(item, NOW)).toBe(true)
        if (listView.status !== 'all') {
          expect(item.stage.value.isOpen).toBe(listView.status === 'open')
        }
        expect(matchesSearch(item, searchTerms(listView.q))).toBe(true)
      }
      // Nothing that matches is left out.
      const matching = items.filter(
        (item) =>
          (listView.stage === null || item.stage.value.id === listView.stage) &&
          (listView.owner === null || ownerKey(item) === listView.owner) &&
          (!listView.overdue || isOverdue(item, NOW)) &&
          (listView.status === 'all' || item.stage.value.isOpen === (listView.status === 'open')) &&
          matchesSearch(item, searchTerms(listView.q)),
      )
      expect(result).toHaveLength(matching.length)
    }),
    { numRuns: 300 },
  )
})

test('without a sort, the filtered items keep their input order', () => {
  fc.assert(
    fc.property(itemsArb, viewArb, (items, listView) => {
      const result = applyListView(items, { ...listView, sort: null }, NOW)
      const positions = result.map((item) => items.indexOf(item))
      expect(positions).toEqual([...positions].sort((a, b) => a - b))
    }),
    { numRuns: 200 },
  )
})

test('with no filters and no sort, the result is the input', () => {
  fc.assert(
    fc.property(itemsArb, dirArb, (items, dir) => {
      const result = applyListView(items, { ...DEFAULT_LIST_VIEW, dir }, NOW)
      expect(result).toHaveLength(items.length)
      result.forEach((item, index) => expect(item).toBe(items[index]))
    }),
    { numRuns: 100 },
  )
})

test('applying a view again to its own result changes nothing', () => {
  fc.assert(
    fc.property(itemsArb, viewArb, (items, listView) => {
      const once = applyListView(items, listView, NOW)
      const twice = applyListView(once, listView, NOW)
      expect(ids(twice)).toEqual(ids(once))
    }),
    { numRuns: 300 },
  )
})

test('a sort alone reorders: the result is a permutation of the input', () => {
  fc.assert(
    fc.property(itemsArb, fc.constantFrom(...SORT_KEYS), dirArb, (items, sort, dir) => {
      const result = applyListView(items, view({ sort, dir }), NOW)
      const positions = result.map((item) => items.indexOf(item))
      expect(positions.sort((a, b) => a - b)).toEqual(items.map((_item, index) => index))
    }),
    { numRuns: 200 },
  )
})

test('sorted: values in order, missing ones last, ties and missing ones in input order', () => {
  fc.assert(
    fc.property(itemsArb, fc.constantFrom(...SORT_KEYS), dirArb, (items, sort, dir) => {
      const result = applyListView(items, view({ sort, dir }), NOW)
      const keys = result.map((item) => sortKey(item, sort))
      const present = keys.filter((key) => key !== undefined)

      expect(keys.slice(0, present.length).every((key) => key !== undefined)).toBe(true)
      const sign = dir === 'asc' ? 1 : -1
      for (let i = 1; i < result.length; i += 1) {
        const [a, b] = [keys[i - 1], keys[i]]
        const tie = a === undefined ? b === undefined : b !== undefined && compareKeys(a, b) === 0
        if (a !== undefined && b !== undefined) {
          expect(sign * compareKeys(a, b)).toBeLessThanOrEqual(0)
        }
        if (tie) {
          expect(items.indexOf(result[i - 1]!)).toBeLessThan(items.indexOf(result[i]!))
        }
      }
    }),
    { numRuns: 300 },
  )
})

test('descending is ascending reversed, for the items that have a value', () => {
  fc.assert(
    fc.property(itemsArb, fc.constantFrom(...SORT_KEYS), (items, sort) => {
      const keysOf = (dir: SortDirection) =>
        applyListView(items, view({ sort, dir }), NOW).map((item) => sortKey(item, sort))
      const ascending = keysOf('asc').filter((key) => key !== undefined)
      const descending = keysOf('desc').filter((key) => key !== undefined)

      expect(descending).toHaveLength(ascending.length)
      const reversed = [...ascending].reverse()
      descending.forEach((key, index) => {
        expect(compareKeys(key, reversed[index]!)).toBe(0)
      })
    }),
    { numRuns: 300 },
  )
})

test(
  'any record Spott could send is searched, filtered and sorted without throwing',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    const recordsArb = fc
      .array(opportunityArb(), { maxLength: 5 })
      .map((generated) => generated.map(({ raw }) => opportunitySchema.parse(raw)))
    const anyViewArb = fc.record({
      q: fc.string({ maxLength: 6 }),
      stage: fc.constant(null),
      owner: fc.constantFrom(null, UNASSIGNED),
      status: fc.constantFrom(...STATUS_FILTERS),
      overdue: fc.boolean(),
      sort: sortArb,
      dir: dirArb,
    })
    fc.assert(
      fc.property(recordsArb, anyViewArb, (items, listView) => {
        const result = applyListView(items, listView, NOW)
        expect(result.length).toBeLessThanOrEqual(items.length)
        for (const item of result) expect(items).toContain(item)
      }),
      { numRuns: 100 },
    )
  },
)

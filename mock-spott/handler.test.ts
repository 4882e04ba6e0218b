import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { createDemoOpportunities, type MockOpportunity } from './data.ts'
import { startMockSpott, type RunningMockSpott } from './server.ts'

const KEY = 'mock-test-key'
/** Mid-morning UTC, so "today" has both a past (midnight) and a future. */
const NOW = new Date('2026-03-15T10:30:00Z')
const DATA = createDemoOpportunities(NOW)

describe('mock Spott API over HTTP', () => {
  let mock: RunningMockSpott

  beforeAll(async () => {
    mock = await startMockSpott({ apiKey: KEY, opportunities: DATA })
  })
  afterAll(() => mock.close())

  async function get(path: string, init: RequestInit = { headers: { 'x-api-key': KEY } }) {
    const response = await fetch(`${mock.url}${path}`, init)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    return { status: response.status, body: (await response.json()) as unknown }
  }

  const ListPage = z.object({
    items: z.array(z.looseObject({ id: z.string() })),
    pageInfo: z.strictObject({ nextCursor: z.string().nullable(), hasNextPage: z.boolean() }),
  })

  async function page(query: string) {
    const { status, body } = await get(`/opportunities${query}`)
    expect(status).toBe(200)
    return ListPage.parse(body)
  }

  /** Follows nextCursor to the end: the ids in the order they came, and the last page. */
  async function walk(limit?: number) {
    const ids: string[] = []
    let cursor: string | null = null
    for (let pages = 0; pages <= DATA.length; pages += 1) {
      const params = new URLSearchParams()
      if (limit !== undefined) params.set('limit', String(limit))
      if (cursor !== null) params.set('cursor', cursor)
      const last = await page(params.size ? `?${params}` : '')
      ids.push(...last.items.map((item) => item.id))
      if (!last.pageInfo.hasNextPage) return { ids, last }
      expect(last.items).toHaveLength(limit ?? 25)
      cursor = last.pageInfo.nextCursor
      expect(cursor).toEqual(expect.any(String))
    }
    throw new Error('paging never ended')
  }

  const spottError = (status: number) => ({
    status,
    message: expect.any(String),
    requestId: expect.any(String),
  })

  it.each([
    ['without a key', {}],
    ['with a wrong key', { headers: { 'x-api-key': 'wrong-key' } }],
    ['with the key in another header', { headers: { authorization: `Bearer ${KEY}` } }],
  ])('answers 401 %s, Spott-style', async (_label, init: RequestInit) => {
    for (const path of ['/opportunities', `/opportunities/${DATA[0]!.id}`]) {
      const { status, body } = await get(path, init)
      expect(status).toBe(401)
      expect(body).toStrictEqual(spottError(401))
    }
  })

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await get('/opportunities/opp_does_not_exist')
    expect(status).toBe(404)
    expect(body).toStrictEqual(spottError(404))
  })

  it('answers a detail request with the whole record', async () => {
    for (const record of [DATA[0]!, DATA[DATA.length - 1]!]) {
      const { status, body } = await get(`/opportunities/${record.id}`)
      expect(status).toBe(200)
      expect(body).toStrictEqual(record)
    }
  })

  it('pages 25 items by default, oldest first, with a cursor to the next page', async () => {
    const { items, pageInfo } = await page('')
    expect(items.map((item) => item.id)).toEqual(DATA.slice(0, 25).map((item) => item.id))
    expect(pageInfo.hasNextPage).toBe(true)
    expect(pageInfo.nextCursor).toEqual(expect.any(String))
  })

  it('lists items with the same wrappers as the detail', async () => {
    const { items } = await page('?limit=50')
    items.forEach((item, index) => {
      const { customAttributes: _maybeOmitted, ...detail } = DATA[index]!
      expect(item).toMatchObject(detail)
    })
  })

  it.each([1, 7, 50])('respects limit=%i', async (limit) => {
    expect((await page(`?limit=${limit}`)).items).toHaveLength(limit)
  })

  /** A limit that splits the pipeline into full pages only: no empty page at the end. */
  const EXACT_LIMIT = Array.from({ length: 49 }, (_, n) => 50 - n).find(
    (n) => DATA.length % n === 0,
  )!

  it.each([undefined, 7, 50, EXACT_LIMIT])(
    'following nextCursor (limit %s) visits every opportunity once, in a stable order',
    async (limit) => {
      const first = await walk(limit)
      expect(first.ids).toEqual(DATA.map((item) => item.id))
      expect(new Set(first.ids).size).toBe(DATA.length)
      expect((await walk(limit)).ids).toEqual(first.ids)

      const { items, pageInfo } = first.last
      expect(pageInfo).toStrictEqual({ nextCursor: null, hasNextPage: false })
      expect(items).toHaveLength(DATA.length % (limit ?? 25) || (limit ?? 25))
    },
  )

  it.each(['limit=0', 'limit=51', 'limit=abc', 'limit=1.5', 'limit='])(
    'answers 400 for ?%s',
    async (query) => {
      const { status, body } = await get(`/opportunities?${query}`)
      expect(status).toBe(400)
      expect(body).toMatchObject(spottError(400))
    },
  )

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a negative offset', Buffer.from('{"offset":-1}').toString('base64')],
    ['a fractional offset', Buffer.from('{"offset":1.5}').toString('base64')],
    ['no offset', Buffer.from('{}').toString('base64')],
  ])('answers 400 for a cursor with %s', async (_label, cursor) => {
    const { status, body } = await get(`/opportunities?cursor=${encodeURIComponent(cursor)}`)
    expect(status).toBe(400)
    expect(body).toMatchObject(spottError(400))
  })
})

/** Reads one record the way README describes Spott: wrappers, both null forms, tolerant tags. */
const IsoDateTime = z.iso.datetime()
const optionalText = z.string().nullable().optional()
const Purpose = z.enum(['personal', 'work']).nullable().optional()
const Stage = z.strictObject({
  id: z.string(),
  name: z.string(),
  order: z.number(),
  isOpen: z.boolean(),
})
const Owner = z.strictObject({
  id: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  deactivatedAt: IsoDateTime.nullable(),
})
const Member = z.strictObject({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  middleName: optionalText,
  secondLastName: optionalText,
  avatarUrl: optionalText,
  candidateId: optionalText,
  companyId: optionalText,
  companyName: optionalText,
  companyLogoUrl: optionalText,
  jobTitle: optionalText,
  department: optionalText,
  emails: z.array(z.strictObject({ purpose: Purpose, email: z.string(), isPrimary: z.boolean() })),
  phoneNumbers: z.array(
    z.strictObject({ purpose: Purpose, phoneNumber: z.string(), isPrimary: z.boolean() }),
  ),
})
const Attribute = z.strictObject({
  attributeDefinitionId: z.string(),
  label: z.string(),
  value: z.looseObject({ viewType: z.string().optional() }).nullable(),
  isFilledByAI: z.boolean(),
  aiFillOngoing: z.boolean(),
  aiOverridden: z.boolean(),
  options: z.array(z.string()).optional(),
})
const FIELDS = [
  'id',
  'name',
  'description',
  'stage',
  'company',
  'owner',
  'closeDate',
  'createdAt',
  'clientTeam',
  'nextTaskDue',
  'customAttributes',
]

/** Parses, and names the record and field in the error so a data bug is easy to find. */
function parseAt<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(`${where}: ${z.prettifyError(result.error)}`)
  return result.data
}

function field<T extends z.ZodType>(
  record: MockOpportunity,
  name: string,
  viewType: string,
  payload: T,
): z.output<T> | null {
  const where = `${record.id}.${name}`
  const wrapper = parseAt(
    z.looseObject({ viewType: z.literal(viewType).optional() }).nullish(),
    record[name],
    where,
  )
  if (!wrapper) return null
  expect(Object.keys(wrapper).filter((key) => key !== 'viewType')).toEqual([name])
  const value = wrapper[name]
  return value === null ? null : parseAt(payload, value, where)
}

function read(record: MockOpportunity) {
  expect(FIELDS).toEqual(expect.arrayContaining(Object.keys(record)))
  return {
    id: record.id,
    name: field(record, 'name', 'opportunityName', z.string()),
    description: field(record, 'description', 'opportunityDescription', z.string()),
    stage: field(record, 'stage', 'opportunityStage', Stage),
    company: field(
      record,
      'company',
      'opportunityCompany',
      z.strictObject({ id: z.string(), name: z.string() }),
    ),
    owner: field(record, 'owner', 'opportunityOwner', Owner),
    closeDate: field(
      record,
      'closeDate',
      'opportunityCloseDate',
      z.strictObject({ target: IsoDateTime }),
    ),
    createdAt: field(record, 'createdAt', 'opportunityCreatedAt', IsoDateTime),
    clientTeam: field(record, 'clientTeam', 'opportunityClientTeam', z.array(Member)) ?? [],
    nextTaskDue: field(
      record,
      'nextTaskDue',
      'opportunityNextTaskDue',
      z.strictObject({ id: z.string(), content: z.string(), dueDate: IsoDateTime }),
    ),
    customAttributes: parseAt(
      z.array(Attribute),
      record.customAttributes ?? [],
      `${record.id}.customAttributes`,
    ),
  }
}

describe('demo data', () => {
  let demo: ReturnType<typeof read>[]
  let people: z.output<typeof Member>[]

  beforeAll(() => {
    demo = DATA.map(read)
    people = demo.flatMap((opportunity) => opportunity.clientTeam)
  })

  const nonLatin = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u
  const before = (iso: string | undefined, when: Date) => Date.parse(iso ?? '') < when.getTime()
  const after = (iso: string | undefined, when: Date) => Date.parse(iso ?? '') > when.getTime()

  it('is deterministic for a given "now", with stable ids', () => {
    expect(createDemoOpportunities(new Date(NOW))).toStrictEqual(DATA)
    const later = createDemoOpportunities(new Date('2031-07-01T23:59:00Z'))
    expect(later.map((item) => item.id)).toEqual(DATA.map((item) => item.id))
  })

  it('has at least 120 records in the documented shapes, with ids the proxy accepts', () => {
    expect(demo.length).toBeGreaterThanOrEqual(120)
    expect(new Set(demo.map((item) => item.id)).size).toBe(demo.length)
    for (const item of demo) {
      expect(item.id).toMatch(/^[A-Za-z0-9_-]{1,128}$/)
      expect(item.name).toEqual(expect.any(String))
      expect(item.stage).not.toBeNull()
      expect(item.company).not.toBeNull()
      expect(item.createdAt).not.toBeNull()
    }
  })

  it('uses at least 6 stages, open and closed', () => {
    const stages = new Map(demo.map(({ stage }) => [stage?.id, stage]))
    expect(stages.size).toBeGreaterThanOrEqual(6)
    const used = [...stages.values()]
    expect(used.some((stage) => stage?.isOpen)).toBe(true)
    expect(used.some((stage) => stage?.isOpen === false)).toBe(true)
  })

  it('has close dates overdue on open stages, upcoming, and cleared', () => {
    const open = demo.filter((item) => item.stage?.isOpen)
    expect(open.some((item) => before(item.closeDate?.target, NOW))).toBe(true)
    expect(open.some((item) => after(item.closeDate?.target, NOW))).toBe(true)
    expect(demo.some((item) => item.closeDate === null)).toBe(true)
  })

  it('has owners with and without avatars, deactivated ones, and deals without an owner', () => {
    const owners = demo.map((item) => item.owner)
    expect(owners).toContain(null)
    expect(owners.some((owner) => owner?.avatarUrl)).toBe(true)
    expect(owners.some((owner) => owner && owner.avatarUrl === null)).toBe(true)
    expect(owners.some((owner) => owner?.deactivatedAt)).toBe(true)
    expect(owners.some((owner) => owner && owner.deactivatedAt === null)).toBe(true)
  })

  it('has client teams of 0 to 6 people, with Spanish-style full names somewhere', () => {
    const sizes = demo.map((item) => item.clientTeam.length)
    expect(Math.min(...sizes)).toBe(0)
    expect(Math.max(...sizes)).toBe(6)
    expect(people.some((person) => person.middleName)).toBe(true)
    expect(people.some((person) => person.secondLastName)).toBe(true)
    expect(people.some((person) => person.middleName && person.secondLastName)).toBe(true)
  })

  it('has people with several emails and phones, each with a purpose', () => {
    const withPurpose = (list: { purpose?: string | null }[]) =>
      list.length >= 2 && list.every((entry) => entry.purpose)
    expect(people.some((person) => withPurpose(person.emails))).toBe(true)
    expect(people.some((person) => withPurpose(person.phoneNumbers))).toBe(true)
    const purposes = people.flatMap((person) => [...person.emails, ...person.phoneNumbers])
    expect(purposes.some((entry) => !entry.purpose)).toBe(true)
  })

  it('has at most one primary email and one primary phone per person', () => {
    const primaries = (list: { isPrimary: boolean }[]) =>
      list.filter((entry) => entry.isPrimary).length
    for (const person of people) {
      expect(primaries(person.emails), person.id).toBeLessThanOrEqual(1)
      expect(primaries(person.phoneNumbers), person.id).toBeLessThanOrEqual(1)
    }
  })

  it('has next tasks overdue, upcoming and absent', () => {
    const tasks = demo.map((item) => item.nextTaskDue)
    expect(tasks).toContain(null)
    expect(tasks.some((task) => task && before(task.dueDate, NOW))).toBe(true)
    expect(tasks.some((task) => task && after(task.dueDate, NOW))).toBe(true)
  })

  it('has every custom attribute type, an unknown one, untagged and empty values', () => {
    const known = [
      'customText',
      'customNumber',
      'customCheckbox',
      'customSelect',
      'customMultiSelect',
      'customDate',
      'customCurrency',
      'customUrl',
    ]
    const attributes = demo.flatMap((item) => item.customAttributes)
    const viewTypes = new Set(attributes.map((attribute) => attribute.value?.viewType))
    expect([...viewTypes]).toEqual(expect.arrayContaining(known))
    expect([...viewTypes].some((type) => type !== undefined && !known.includes(type))).toBe(true)
    expect(attributes.some((attribute) => attribute.value && !attribute.value.viewType)).toBe(true)
    expect(attributes.some((attribute) => attribute.value === null)).toBe(true)
  })

  it('has multi-line descriptions and custom text', () => {
    expect(demo.some((item) => item.description?.includes('\n'))).toBe(true)
    const texts = demo.flatMap((item) =>
      item.customAttributes.map((attribute) => attribute.value?.text),
    )
    expect(texts.some((text) => typeof text === 'string' && text.includes('\n'))).toBe(true)
  })

  it('has non-Latin names for deals, people and owners', () => {
    expect(demo.some((item) => nonLatin.test(item.name ?? ''))).toBe(true)
    expect(people.some((person) => nonLatin.test(`${person.firstName} ${person.lastName}`))).toBe(
      true,
    )
    expect(demo.some((item) => nonLatin.test(item.owner?.name ?? ''))).toBe(true)
  })
})

describe('mock Spott API with a throttled key', () => {
  const THROTTLED_KEY = 'mock-throttled-key'
  const LIMIT = 3
  const WINDOW_MS = 60_000
  const START = new Date('2026-03-15T10:30:00Z')
  let mock: RunningMockSpott

  // Only Date is faked: the handler's window follows Date.now, the sockets run as usual.
  beforeEach(async () => {
    vi.useFakeTimers({ now: START, toFake: ['Date'] })
    mock = await startMockSpott({
      apiKey: KEY,
      opportunities: DATA,
      throttle: { apiKey: THROTTLED_KEY, limit: LIMIT, windowMs: WINDOW_MS },
    })
  })
  afterEach(async () => {
    await mock.close()
    vi.useRealTimers()
  })

  async function get(key: string, path = '/opportunities?limit=1') {
    const response = await fetch(`${mock.url}${path}`, { headers: { 'x-api-key': key } })
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as unknown,
    }
  }

  const okStatuses = async (key: string, times: number) => {
    const statuses: number[] = []
    for (let i = 0; i < times; i += 1) statuses.push((await get(key)).status)
    return statuses
  }

  it('accepts the throttled key like the normal one', async () => {
    const { status, body, retryAfter } = await get(THROTTLED_KEY, `/opportunities/${DATA[0]!.id}`)
    expect(status).toBe(200)
    expect(body).toStrictEqual(DATA[0])
    expect(retryAfter).toBeNull()
  })

  it('answers the first `limit` requests of a window, then 429 Spott-style with Retry-After', async () => {
    expect(await okStatuses(THROTTLED_KEY, LIMIT)).toEqual([200, 200, 200])

    const limited = await get(THROTTLED_KEY)
    expect(limited.status).toBe(429)
    expect(limited.body).toStrictEqual({
      status: 429,
      message: expect.any(String),
      requestId: expect.any(String),
    })
    expect(limited.retryAfter).toMatch(/^\d+$/)
    expect(Number(limited.retryAfter)).toBe(60)

    // Every further request in the window is refused too, whatever it asks for.
    for (const path of [`/opportunities/${DATA[0]!.id}`, '/opportunities/opp_missing', '/x']) {
      expect((await get(THROTTLED_KEY, path)).status).toBe(429)
    }
  })

  it('says how many whole seconds are left in the window, at least 1', async () => {
    await okStatuses(THROTTLED_KEY, LIMIT)

    vi.setSystemTime(START.getTime() + 30_500)
    expect((await get(THROTTLED_KEY)).retryAfter).toBe('30')
    vi.setSystemTime(START.getTime() + 59_001)
    expect((await get(THROTTLED_KEY)).retryAfter).toBe('1')
    vi.setSystemTime(START.getTime() + 59_999)
    expect((await get(THROTTLED_KEY)).retryAfter).toBe('1')
  })

  it('answers again once the window has passed, with a fresh limit', async () => {
    await okStatuses(THROTTLED_KEY, LIMIT)
    expect((await get(THROTTLED_KEY)).status).toBe(429)

    vi.setSystemTime(START.getTime() + WINDOW_MS)
    expect(await okStatuses(THROTTLED_KEY, LIMIT)).toEqual([200, 200, 200])
    expect((await get(THROTTLED_KEY)).status).toBe(429)
  })

  it('never throttles the normal key, even while the throttled one is refused', async () => {
    await okStatuses(THROTTLED_KEY, LIMIT + 1)
    expect((await get(THROTTLED_KEY)).status).toBe(429)

    expect(await okStatuses(KEY, LIMIT * 5)).toEqual(Array(LIMIT * 5).fill(200))
    const detail = await get(KEY, `/opportunities/${DATA[0]!.id}`)
    expect(detail.status).toBe(200)
    expect(detail.retryAfter).toBeNull()
  })

  it('normal-key requests do not use up the throttled key’s window', async () => {
    await okStatuses(KEY, LIMIT * 2)
    expect(await okStatuses(THROTTLED_KEY, LIMIT)).toEqual([200, 200, 200])
  })

  it('still answers 401 for a wrong or missing key, without counting it', async () => {
    for (const key of ['wrong-key', '', `${THROTTLED_KEY}x`]) {
      const { status, body, retryAfter } = await get(key)
      expect(status, key).toBe(401)
      expect(body).toStrictEqual({
        status: 401,
        message: expect.any(String),
        requestId: expect.any(String),
      })
      expect(retryAfter).toBeNull()
    }
    expect(await okStatuses(THROTTLED_KEY, LIMIT)).toEqual([200, 200, 200])
  })

  it('checks the key before the method: a throttled POST is 429, an allowed one 405', async () => {
    const post = (key: string) =>
      fetch(`${mock.url}/opportunities`, { method: 'POST', headers: { 'x-api-key': key } })

    expect((await post(THROTTLED_KEY)).status).toBe(405)
    await okStatuses(THROTTLED_KEY, LIMIT - 1)
    expect((await post(THROTTLED_KEY)).status).toBe(429)
  })
})

describe('mock Spott API with a throttled key, in real time', () => {
  it('answers again after a short window passes', async () => {
    const mock = await startMockSpott({
      apiKey: KEY,
      opportunities: DATA,
      throttle: { apiKey: 'fast-key', limit: 2, windowMs: 500 },
    })
    try {
      const status = async () =>
        (await fetch(`${mock.url}/opportunities?limit=1`, { headers: { 'x-api-key': 'fast-key' } }))
          .status
      const first = [await status(), await status(), await status()]
      expect(first).toEqual([200, 200, 429])

      await new Promise((resolve) => setTimeout(resolve, 550))
      expect(await status()).toBe(200)
    } finally {
      await mock.close()
    }
  })
})

import {
  referenceOpportunity,
  without,
  withoutViewTypes,
  wrapperOf,
  type JsonObject,
} from '../../../test/opportunity-json'
import { FIELD_VIEW_TYPES, opportunityListSchema, opportunitySchema } from './opportunity-schema'

/** Fields the API reference says may be null, as a whole or as their payload. */
const NULLABLE_FIELDS = ['description', 'owner', 'closeDate', 'nextTaskDue'] as const

const parse = (raw: unknown) => opportunitySchema.safeParse(raw)

function parsed(raw: unknown) {
  const result = parse(raw)
  if (!result.success) throw new Error(`expected to parse: ${result.error.message}`)
  return result.data
}

describe('the reference example', () => {
  test('parses, with every value where the components expect it', () => {
    const opportunity = parsed(referenceOpportunity())

    expect(opportunity.id).toBe('<string>')
    expect(opportunity.name).toEqual({ viewType: 'opportunityName', value: '<string>' })
    expect(opportunity.stage.value).toEqual({
      id: '<string>',
      name: '<string>',
      order: 123,
      isOpen: true,
    })
    expect(opportunity.owner.value?.deactivatedAt).toBe('2023-11-07T05:31:56Z')
    expect(opportunity.closeDate.value).toEqual({ target: '2023-11-07T05:31:56Z' })
    expect(opportunity.createdAt.value).toBe('2023-11-07T05:31:56Z')
    expect(opportunity.nextTaskDue.value?.dueDate).toBe('2023-11-07T05:31:56Z')

    const [member] = opportunity.clientTeam.value
    expect(member?.emails).toEqual([
      { purpose: 'personal', email: 'jsmith@example.com', isPrimary: true },
    ])
    expect(member?.phoneNumbers).toEqual([
      { purpose: 'personal', phoneNumber: '<string>', isPrimary: true },
    ])

    expect(opportunity.customAttributes).toEqual([
      {
        attributeDefinitionId: '<string>',
        label: '<string>',
        value: { kind: 'customText', text: '<string>' },
        isFilledByAI: true,
        aiFillOngoing: true,
        aiOverridden: true,
        options: undefined,
      },
    ])
  })

  test('keeps the viewType each wrapper was tagged with', () => {
    const opportunity = parsed(referenceOpportunity())
    for (const [field, viewType] of Object.entries(FIELD_VIEW_TYPES)) {
      expect(opportunity[field as keyof typeof FIELD_VIEW_TYPES].viewType, field).toBe(viewType)
    }
  })
})

test('an untagged response (no viewType anywhere) parses with the expected viewTypes', () => {
  const untagged = withoutViewTypes(referenceOpportunity())
  expect(JSON.stringify(untagged)).not.toContain('viewType')

  const opportunity = parsed(untagged)

  for (const [field, viewType] of Object.entries(FIELD_VIEW_TYPES)) {
    expect(opportunity[field as keyof typeof FIELD_VIEW_TYPES].viewType, field).toBe(viewType)
  }
  expect(opportunity.customAttributes[0]?.value).toEqual({ kind: 'customText', text: '<string>' })
})

describe.each(NULLABLE_FIELDS)('%s may be empty', (field) => {
  const expectEmpty = (raw: JsonObject) => {
    const opportunity = parsed(raw)
    expect(opportunity[field]).toEqual({ viewType: FIELD_VIEW_TYPES[field], value: null })
  }

  test('as a whole field: null', () => {
    expectEmpty({ ...referenceOpportunity(), [field]: null })
  })

  test('as its payload: { viewType, field: null }', () => {
    const raw = referenceOpportunity()
    wrapperOf(raw, field)[field] = null
    expectEmpty(raw)
  })

  test('as a payload left out of the wrapper', () => {
    const raw = referenceOpportunity()
    expectEmpty({ ...raw, [field]: without(wrapperOf(raw, field), field) })
  })

  test('as a missing field', () => {
    expectEmpty(without(referenceOpportunity(), field))
  })

  test('untagged, as its payload', () => {
    expectEmpty({ ...withoutViewTypes(referenceOpportunity()), [field]: { [field]: null } })
  })
})

describe('empty lists', () => {
  test('an empty client team and no custom attributes parse as empty lists', () => {
    const raw = referenceOpportunity()
    wrapperOf(raw, 'clientTeam').clientTeam = []
    raw.customAttributes = []

    const opportunity = parsed(raw)

    expect(opportunity.clientTeam).toEqual({ viewType: 'opportunityClientTeam', value: [] })
    expect(opportunity.customAttributes).toEqual([])
  })

  test('a null client team and null custom attributes parse as empty lists', () => {
    const raw = referenceOpportunity()
    wrapperOf(raw, 'clientTeam').clientTeam = null

    const opportunity = parsed({ ...raw, customAttributes: null })

    expect(opportunity.clientTeam.value).toEqual([])
    expect(opportunity.customAttributes).toEqual([])
  })

  test('a missing client team and missing custom attributes parse as empty lists', () => {
    const opportunity = parsed(
      without(without(referenceOpportunity(), 'clientTeam'), 'customAttributes'),
    )

    expect(opportunity.clientTeam).toEqual({ viewType: 'opportunityClientTeam', value: [] })
    expect(opportunity.customAttributes).toEqual([])
  })
})

test('emails and phone numbers without `purpose` parse with a null purpose', () => {
  const raw = referenceOpportunity()
  wrapperOf(raw, 'clientTeam').clientTeam = [
    {
      id: 'ctc_1',
      firstName: 'James',
      lastName: 'Whitfield',
      emails: [{ email: 'james@example.com', isPrimary: true }],
      phoneNumbers: [{ phoneNumber: '+44 7700 900123', isPrimary: false }],
    },
  ]

  const [member] = parsed(raw).clientTeam.value

  expect(member?.emails).toEqual([{ purpose: null, email: 'james@example.com', isPrimary: true }])
  expect(member?.phoneNumbers).toEqual([
    { purpose: null, phoneNumber: '+44 7700 900123', isPrimary: false },
  ])
  // Optional name parts and details left out read as null, not undefined.
  expect(member?.middleName).toBeNull()
  expect(member?.avatarUrl).toBeNull()
})

describe('custom attribute values', () => {
  test('an unknown shape is kept with its raw value, not rejected', () => {
    const rating = { viewType: 'customRating', rating: 4, outOf: 5 }
    const raw = referenceOpportunity()
    raw.customAttributes = [
      { attributeDefinitionId: 'attr_rating', label: 'Client rating', value: rating },
      { attributeDefinitionId: 'attr_odd', label: 'Odd', value: ['a', 1, true] },
    ]

    const [ratingAttribute, oddAttribute] = parsed(raw).customAttributes

    expect(ratingAttribute?.value).toEqual({
      kind: 'unknown',
      viewType: 'customRating',
      raw: rating,
    })
    expect(oddAttribute?.value).toEqual({
      kind: 'unknown',
      viewType: undefined,
      raw: ['a', 1, true],
    })
  })

  test('a null value, missing AI flags and malformed options do not fail the response', () => {
    const raw = referenceOpportunity()
    raw.customAttributes = [
      { attributeDefinitionId: 'attr_notes', label: null, value: null, options: [1, 2] },
    ]

    expect(parsed(raw).customAttributes).toEqual([
      {
        attributeDefinitionId: 'attr_notes',
        label: null,
        value: { kind: 'empty', viewType: undefined },
        isFilledByAI: false,
        aiFillOngoing: false,
        aiOverridden: false,
        options: undefined,
      },
    ])
  })
})

describe('a broken required field fails with an issue naming it', () => {
  test('stage.order sent as a string', () => {
    const raw = referenceOpportunity()
    wrapperOf(raw, 'stage').stage = { id: 'stg_1', name: 'Lead', order: '1', isOpen: true }

    const result = parse(raw)

    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['stage', 'stage', 'order']])
  })

  test.each(['id', 'stage', 'company', 'createdAt'])('%s missing', (field) => {
    const result = parse(without(referenceOpportunity(), field))

    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[field]])
  })

  test('a name wrapper without its name', () => {
    const raw = referenceOpportunity()

    const result = parse({ ...raw, name: without(wrapperOf(raw, 'name'), 'name') })

    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['name', 'name']])
  })

  test('a createdAt that is not a date', () => {
    const raw = referenceOpportunity()
    wrapperOf(raw, 'createdAt').createdAt = 'last Tuesday'

    expect(parse(raw).error?.issues[0]?.path).toEqual(['createdAt', 'createdAt'])
  })
})

test('the list response parses its items and a missing nextCursor as null', () => {
  const result = opportunityListSchema.parse({
    items: [referenceOpportunity(), withoutViewTypes(referenceOpportunity())],
    pageInfo: { hasNextPage: false },
  })

  expect(result.items).toHaveLength(2)
  expect(result.pageInfo).toEqual({ nextCursor: null, hasNextPage: false })
})

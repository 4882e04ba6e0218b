import fc from 'fast-check'
import { z } from 'zod/mini'
import {
  mangledOpportunityArb,
  opportunityArb,
  PROPERTY_TIMEOUT_MS,
} from '../../../test/arbitraries'
import { withoutViewTypes } from '../../../test/opportunity-json'
import { FIELD_VIEW_TYPES, opportunitySchema, type FieldKey } from './opportunity-schema'

const FIELDS = Object.keys(FIELD_VIEW_TYPES) as FieldKey[]
const NULLABLE: FieldKey[] = ['description', 'owner', 'closeDate', 'clientTeam', 'nextTaskDue']

function parsed(raw: unknown) {
  const result = opportunitySchema.safeParse(raw)
  if (!result.success) throw new Error(`expected to parse: ${result.error.message}`)
  return result.data
}

test(
  'valid records parse; each field has the tag sent, or its own viewType when untagged',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    fc.assert(
      fc.property(opportunityArb(), ({ raw, viewTypes, nullForms }) => {
        const opportunity = parsed(raw)

        expect(opportunity.id).toBe(raw.id)
        for (const field of FIELDS)
          expect(opportunity[field].viewType, field).toBe(viewTypes[field])
        for (const field of NULLABLE) {
          const form = nullForms[field]
          const { value } = opportunity[field]
          if (form === undefined) expect(value, field).not.toBeNull()
          else expect(value, `${field} sent as ${form}`).toEqual(field === 'clientTeam' ? [] : null)
        }
        const sentAttributes = Array.isArray(raw.customAttributes) ? raw.customAttributes : []
        expect(opportunity.customAttributes).toHaveLength(sentAttributes.length)
      }),
      { numRuns: 200 },
    )
  },
)

test(
  'the same record without any tags parses to the same field values, with default viewTypes',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    fc.assert(
      fc.property(opportunityArb(), ({ raw }) => {
        const tagged = parsed(raw)
        const untagged = parsed(withoutViewTypes(raw))

        for (const field of FIELDS) {
          expect(untagged[field], field).toEqual({
            viewType: FIELD_VIEW_TYPES[field],
            value: tagged[field].value,
          })
        }
      }),
      { numRuns: 100 },
    )
  },
)

test(
  'any JSON never throws: it parses to the shape components use, or fails with issue paths',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    fc.assert(
      fc.property(mangledOpportunityArb, (raw) => {
        const result = opportunitySchema.safeParse(raw)

        if (result.success) {
          for (const field of FIELDS) expect(typeof result.data[field].viewType).toBe('string')
          expect(Array.isArray(result.data.clientTeam.value)).toBe(true)
          for (const attribute of result.data.customAttributes) {
            expect(typeof attribute.value.kind).toBe('string')
          }
          return
        }
        expect(result.error).toBeInstanceOf(z.core.$ZodError)
        expect(result.error.issues.length).toBeGreaterThan(0)
        for (const issue of result.error.issues) {
          expect(Array.isArray(issue.path)).toBe(true)
          for (const part of issue.path) expect(['string', 'number']).toContain(typeof part)
        }
      }),
      { numRuns: 200 },
    )
  },
)

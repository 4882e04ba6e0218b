import { z } from 'zod/mini'
import { customValueSchema } from './custom-value'

/**
 * The response of GET /opportunities/{id}, parsed at the boundary. Each field arrives as a
 * wrapper `{ viewType?, <field>: payload }`; parsing turns it into `{ viewType, value }`
 * so components can be chosen by viewType. Tolerance follows shared/spott-api/README.md:
 * missing tags, both forms of null, and unknown custom values are accepted.
 */

/** Missing and null are the same to the app: both become null. */
function orNull<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<T> | null | undefined) => value ?? null),
  )
}

/** A list that may be missing or null: both become an empty list. */
function orEmpty<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.nullish(z.array(item)),
    z.transform((value: z.output<T>[] | null | undefined) => value ?? []),
  )
}

/** A flag that may be missing or null: both mean false. */
const flag = z.pipe(
  z.nullish(z.boolean()),
  z.transform((value: boolean | null | undefined) => Boolean(value)),
)

const text = z.string()
const optionalText = orNull(z.string())

const spottDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()])

export const stageSchema = z.object({
  id: text,
  name: text,
  order: z.number(),
  isOpen: z.boolean(),
})

export const companySchema = z.object({ id: text, name: text })

export const ownerSchema = z.object({
  id: text,
  name: text,
  avatarUrl: optionalText,
  deactivatedAt: orNull(spottDate),
})

export const closeDateSchema = z.object({ target: spottDate })

const purposeSchema = orNull(z.string())

export const emailSchema = z.object({
  purpose: purposeSchema,
  email: text,
  isPrimary: flag,
})

export const phoneSchema = z.object({
  purpose: purposeSchema,
  phoneNumber: text,
  isPrimary: flag,
})

export const clientTeamMemberSchema = z.object({
  id: text,
  firstName: optionalText,
  lastName: optionalText,
  middleName: optionalText,
  secondLastName: optionalText,
  avatarUrl: optionalText,
  candidateId: optionalText,
  companyId: optionalText,
  companyName: optionalText,
  companyLogoUrl: optionalText,
  jobTitle: optionalText,
  department: optionalText,
  emails: orEmpty(emailSchema),
  phoneNumbers: orEmpty(phoneSchema),
})

export const nextTaskSchema = z.object({
  id: text,
  content: optionalText,
  dueDate: orNull(spottDate),
})

export const customAttributeSchema = z.object({
  attributeDefinitionId: text,
  label: optionalText,
  value: customValueSchema,
  isFilledByAI: flag,
  aiFillOngoing: flag,
  aiOverridden: flag,
  // Only some responses carry options; a malformed list is dropped rather than fatal.
  options: z.catch(z.optional(z.array(z.string())), undefined),
})

/** The viewType each field carries when Spott tags it. */
export const FIELD_VIEW_TYPES = {
  name: 'opportunityName',
  description: 'opportunityDescription',
  stage: 'opportunityStage',
  company: 'opportunityCompany',
  owner: 'opportunityOwner',
  closeDate: 'opportunityCloseDate',
  createdAt: 'opportunityCreatedAt',
  clientTeam: 'opportunityClientTeam',
  nextTaskDue: 'opportunityNextTaskDue',
} as const

export type FieldKey = keyof typeof FIELD_VIEW_TYPES
export type FieldViewType = (typeof FIELD_VIEW_TYPES)[FieldKey]

/** A parsed wrapper. `viewType` is the tag as sent, or the expected one when untagged. */
export type Field<T> = { viewType: string; value: T }

function field<K extends FieldKey, T extends z.ZodMiniType>(key: K, payload: T) {
  const wrapper = z.object({ viewType: z.optional(z.string()), [key]: payload })
  return z.pipe(
    wrapper,
    z.transform((parsed: z.output<typeof wrapper>): Field<z.output<T>> => {
      const typed = parsed as { viewType?: string } & Record<K, z.output<T>>
      return { viewType: typed.viewType ?? FIELD_VIEW_TYPES[key], value: typed[key] }
    }),
  )
}

/** A field that may be null as a whole, as its payload, or be missing: all become null. */
function nullableField<K extends FieldKey, T extends z.ZodMiniType>(key: K, payload: T) {
  return z.pipe(
    z.nullish(field(key, z.nullish(payload))),
    z.transform(
      (
        parsed: Field<z.output<T> | null | undefined> | null | undefined,
      ): Field<z.output<T> | null> => ({
        viewType: parsed?.viewType ?? FIELD_VIEW_TYPES[key],
        value: parsed?.value ?? null,
      }),
    ),
  )
}

export const opportunitySchema = z.object({
  id: text,
  name: field('name', text),
  description: nullableField('description', text),
  stage: field('stage', stageSchema),
  company: field('company', companySchema),
  owner: nullableField('owner', ownerSchema),
  closeDate: nullableField('closeDate', closeDateSchema),
  createdAt: field('createdAt', spottDate),
  clientTeam: z.pipe(
    nullableField('clientTeam', z.array(clientTeamMemberSchema)),
    z.transform((parsed: Field<ClientTeamMember[] | null>): Field<ClientTeamMember[]> => ({
      ...parsed,
      value: parsed.value ?? [],
    })),
  ),
  nextTaskDue: nullableField('nextTaskDue', nextTaskSchema),
  customAttributes: orEmpty(customAttributeSchema),
})

export type Opportunity = z.output<typeof opportunitySchema>
export type Stage = z.output<typeof stageSchema>
export type Company = z.output<typeof companySchema>
export type Owner = z.output<typeof ownerSchema>
export type CloseDate = z.output<typeof closeDateSchema>
export type ClientTeamMember = z.output<typeof clientTeamMemberSchema>
export type EmailAddress = z.output<typeof emailSchema>
export type PhoneNumber = z.output<typeof phoneSchema>
export type NextTask = z.output<typeof nextTaskSchema>
export type CustomAttribute = z.output<typeof customAttributeSchema>

export const opportunityListSchema = z.object({
  items: z.array(opportunitySchema),
  pageInfo: z.object({
    nextCursor: orNull(z.string()),
    hasNextPage: z.boolean(),
  }),
})

export type OpportunityList = z.output<typeof opportunityListSchema>

import {
  clientTeamMember,
  customAttribute,
  tag,
  type Attribute,
  type Client,
  type Contact,
  type Json,
  type Stage,
} from '../../mock-spott/builders'
import { createStressOpportunities, LARGE_ACCOUNT_ID } from '../../mock-spott/stress-data'
import {
  clientTeamMemberSchema,
  customAttributeSchema,
  nextTaskSchema,
  opportunitySchema,
  ownerSchema,
  stageSchema,
  type ClientTeamMember,
  type CustomAttribute,
  type NextTask,
  type Opportunity,
  type Owner,
  type Stage as ParsedStage,
} from '../features/opportunities/api/opportunity-schema'
import { demoRecord, MINIMAL_ID } from './demo-opportunity'

/**
 * Single records for component tests: built with the mock's own builders, so they have the
 * JSON shape Spott sends, then parsed with the app's schemas, exactly as a response would be.
 * `raw` overrides keys of the built JSON, for shapes the builders do not produce.
 */

type RawOverrides = { [key: string]: Json }

export const TEST_CLIENT: Client = { id: 'cmp_test', name: 'Atlas Construction', slug: null }

export function parsedContact(
  contact: Contact,
  raw: RawOverrides = {},
  client: Client = TEST_CLIENT,
): ClientTeamMember {
  return clientTeamMemberSchema.parse({
    ...clientTeamMember('ctc_test', client, contact),
    ...raw,
  })
}

export function parsedAttribute(
  attribute: Partial<Attribute> = {},
  raw: RawOverrides = {},
): CustomAttribute {
  return customAttributeSchema.parse({
    ...customAttribute({ id: 'attr_test', label: 'Test attribute', value: null, ...attribute }),
    ...raw,
  })
}

const stageRecord = (stage: Partial<Stage>): Stage => ({
  id: 'stg_test',
  name: 'Proposal sent',
  order: 3,
  isOpen: true,
  ...stage,
})

export const parsedStage = (stage: Partial<Stage> = {}): ParsedStage =>
  stageSchema.parse(stageRecord(stage))

export const parsedOwner = (raw: RawOverrides = {}): Owner =>
  ownerSchema.parse({
    id: 'usr_test',
    name: 'Dana Reyes',
    avatarUrl: null,
    deactivatedAt: null,
    ...raw,
  })

export const parsedTask = (raw: RawOverrides = {}): NextTask =>
  nextTaskSchema.parse({
    id: 'tsk_test',
    content: 'Send the shortlist to María',
    dueDate: null,
    ...raw,
  })

/** The minimal demo record (every optional field empty) with some fields replaced. */
export function opportunityWith(fields: { stage?: Partial<Stage>; closeDate?: string | null }) {
  const record = demoRecord(MINIMAL_ID)
  return opportunitySchema.parse({
    ...record,
    ...(fields.stage && { stage: tag('opportunityStage', 'stage', stageRecord(fields.stage)) }),
    ...(fields.closeDate !== undefined && {
      closeDate: tag(
        'opportunityCloseDate',
        'closeDate',
        fields.closeDate === null ? null : { target: fields.closeDate },
      ),
    }),
  })
}

/** The stress fixture: ten client contacts and a hundred custom attributes. */
export function largeAccountOpportunity(now = new Date()): Opportunity {
  const record = createStressOpportunities(now).find((item) => item.id === LARGE_ACCOUNT_ID)
  if (!record) throw new Error(`The stress fixtures have no opportunity ${LARGE_ACCOUNT_ID}`)
  return opportunitySchema.parse(record)
}

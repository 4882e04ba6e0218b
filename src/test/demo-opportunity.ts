import {
  createDemoOpportunities,
  INTERNATIONAL_ID,
  LONG_CONTENT_ID,
  MINIMAL_ID,
  SHOWCASE_ID,
  type MockOpportunity,
} from '../../mock-spott/data'
import {
  opportunitySchema,
  type Opportunity,
} from '../features/opportunities/api/opportunity-schema'

export { INTERNATIONAL_ID, LONG_CONTENT_ID, MINIMAL_ID, SHOWCASE_ID }

/**
 * The mock dates everything as offsets from "now", so overdue and upcoming hold whenever the
 * tests run; one "now" per test file keeps the records it builds identical to each other.
 */
const NOW = new Date()

/** One of the built-in mock's records, as Spott would send it. */
export function demoRecord(id: string): MockOpportunity {
  const record = createDemoOpportunities(NOW).find((item) => item.id === id)
  if (!record) throw new Error(`The mock Spott data has no opportunity ${id}`)
  return record
}

/** A demo record parsed exactly as the app parses a response. */
export const demoOpportunity = (id: string): Opportunity => opportunitySchema.parse(demoRecord(id))

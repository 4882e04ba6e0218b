import {
  customAttribute,
  dayOffset,
  instantOffset,
  tag,
  type Attribute,
  type Json,
  type MockOpportunity,
} from './builders.ts'
import { HOSTILE_KEYS, HOSTILE_STRINGS, ORIGIN_ESCAPING_PATHS } from './hostile-corpus.ts'

/**
 * Opportunities whose every string is hostile (hostile-corpus.ts), for the e2e XSS spec:
 * the standalone mock serves them after the demo pipeline when MOCK_SPOTT_FIXTURES lists
 * `hostile`. Record k starts the corpus at position k and takes the next string for each
 * field, so over all records every field carries every payload once. Ids, dates, numbers
 * and flags stay valid: a record must parse, or the page would show an error instead of
 * the payloads.
 */

export const HOSTILE_ID_PREFIX = 'opp_xss_'

/** One record per path that only looks local (ORIGIN_ESCAPING_PATHS), in every string. */
export const ORIGIN_ESCAPE_IDS = ORIGIN_ESCAPING_PATHS.map(
  (_, index) => `${HOSTILE_ID_PREFIX}origin_escape_${index}`,
)

/** The ids of the records that cycle through the whole corpus. */
export const HOSTILE_CORPUS_IDS = HOSTILE_STRINGS.map(
  (_, index) => `${HOSTILE_ID_PREFIX}${String(index).padStart(2, '0')}`,
)

/** Every fourth record tags its fields with hostile viewTypes, which the page shows as data. */
const FOREIGN_VIEW_TYPES_EVERY = 4
/** Where the slots of those tags start: past the last of the fields'. */
const TAG_SLOTS = 1000

export function createHostileOpportunities(now: Date = new Date()): MockOpportunity[] {
  return [
    ...HOSTILE_CORPUS_IDS.map((id, index) =>
      hostileOpportunity(id, index, now, {
        payload: (slot) => HOSTILE_STRINGS[(index + slot) % HOSTILE_STRINGS.length]!,
        foreignViewTypes: index % FOREIGN_VIEW_TYPES_EVERY === FOREIGN_VIEW_TYPES_EVERY - 1,
      }),
    ),
    ...ORIGIN_ESCAPE_IDS.map((id, index) =>
      hostileOpportunity(id, index, now, {
        payload: (slot) => `${ORIGIN_ESCAPING_PATHS[index]!}${slot}`,
        foreignViewTypes: false,
      }),
    ),
  ]
}

/**
 * One record: `payload(slot)` is the string for the slot-th string field, in a fixed order.
 * `start` varies the dates, the stage's state and the unknown shapes' keys.
 */
function hostileOpportunity(
  id: string,
  start: number,
  now: Date,
  { payload, foreignViewTypes }: { payload: (slot: number) => string; foreignViewTypes: boolean },
): MockOpportunity {
  let slot = 0
  const next = () => payload(slot++)
  // Nested ids are never shown, but React keys and element ids need them unique per record.
  const nextId = () => `${next()}#${slot}`
  // Wrapper tags count on from their own slot, so that tagging a record's fields does not
  // shift which payload each of its fields gets.
  let tagSlot = TAG_SLOTS
  const field = (name: string, viewType: string, value: Json) =>
    tag(foreignViewTypes ? payload(tagSlot++) : viewType, name, value)
  const key = (offset: number) => HOSTILE_KEYS[(start + offset) % HOSTILE_KEYS.length]!
  const isOpen = start % 3 !== 2

  const member = () => ({
    id: nextId(),
    firstName: next(),
    middleName: next(),
    lastName: next(),
    secondLastName: next(),
    avatarUrl: next(),
    candidateId: nextId(),
    companyId: nextId(),
    companyName: next(),
    companyLogoUrl: next(),
    jobTitle: next(),
    department: next(),
    // Purposes are free text in Spott's schema; anything but work or personal is shown as sent.
    emails: [
      { purpose: next(), email: next(), isPrimary: true },
      { purpose: next(), email: next(), isPrimary: false },
    ],
    phoneNumbers: [{ purpose: next(), phoneNumber: next(), isPrimary: true }],
  })

  const attribute = (value: Json, extra: Partial<Attribute> = {}) =>
    customAttribute({ id: nextId(), label: next(), value, ...extra })

  return {
    id,
    name: field('name', 'opportunityName', next()),
    description: field('description', 'opportunityDescription', next()),
    stage: field('stage', 'opportunityStage', { id: nextId(), name: next(), order: 3, isOpen }),
    company: field('company', 'opportunityCompany', { id: nextId(), name: next() }),
    owner: field('owner', 'opportunityOwner', {
      id: nextId(),
      name: next(),
      avatarUrl: next(),
      deactivatedAt: start % 2 === 0 ? null : instantOffset(now, -30),
    }),
    closeDate: field('closeDate', 'opportunityCloseDate', { target: dayOffset(now, 20 + start) }),
    createdAt: field('createdAt', 'opportunityCreatedAt', instantOffset(now, -60 - start)),
    clientTeam: field('clientTeam', 'opportunityClientTeam', [member(), member()]),
    nextTaskDue: field('nextTaskDue', 'opportunityNextTaskDue', {
      id: nextId(),
      content: next(),
      dueDate: dayOffset(now, 5 - (start % 10)),
    }),
    customAttributes: [
      attribute(tag('customText', 'text', next()), { ai: 'filled' }),
      // Untagged `{ text }` is the documented form.
      attribute({ text: next() }),
      attribute(tag('customSelect', 'selected', next()), { options: [next(), next()] }),
      attribute(tag('customMultiSelect', 'selected', [next(), next()]), { ai: 'overridden' }),
      attribute(tag('customUrl', 'url', next())),
      attribute(tag('customUrl', 'link', next())),
      // Kinds whose payload is not of their type: shown by the fallback, as text.
      attribute(tag('customNumber', 'number', next())),
      attribute(tag('customCheckbox', 'checked', next())),
      attribute(tag('customDate', 'date', next())),
      attribute({ viewType: 'customCurrency', amount: 1200, currency: next() }),
      // Unknown shapes: the fallback shows their keys as labels and their values as text.
      attribute({ viewType: next(), [key(0)]: next(), nested: { [key(1)]: [next()] } }),
      attribute({ [key(2)]: next(), rating: next() }, { ai: 'ongoing' }),
      attribute(next()),
      attribute([next(), next()]),
    ],
  }
}

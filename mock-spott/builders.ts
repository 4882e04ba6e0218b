/**
 * Builders for mock Spott records: each returns the JSON shape Spott sends, so data files
 * read as data. Shared by the demo pipeline (data.ts) and the stress fixtures.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export type MockOpportunity = { id: string; [field: string]: Json }

export type Stage = { id: string; name: string; order: number; isOpen: boolean }
export type Owner = { id: string; name: string; avatarUrl: string | null; deactivated?: true }

export const avatar = (n: number) => `/demo/avatars/person-${String(n).padStart(2, '0')}.svg`
export const logo = (slug: string) => `/demo/logos/${slug}.svg`

const DAY = 86_400_000

/** Calendar-day values (close dates, task due dates) arrive as midnight UTC. */
export function dayOffset(now: Date, days: number): string {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY
  return new Date(day).toISOString().replace('.000Z', 'Z')
}

export function instantOffset(now: Date, days: number, minutes = 0): string {
  return new Date(now.getTime() + days * DAY + minutes * 60_000).toISOString()
}

export type Client = { id: string; name: string; slug: string | null }

export type Contact = {
  first: string
  middle?: string | null
  last: string
  secondLast?: string | null
  title?: string | null
  department?: string | null
  avatar?: number | null
  emails?: { purpose?: 'personal' | 'work' | null; email: string; isPrimary: boolean }[]
  phones?: { purpose?: 'personal' | 'work' | null; phoneNumber: string; isPrimary: boolean }[]
}

export function clientTeamMember(
  id: string,
  company: Client,
  contact: Contact,
): { [key: string]: Json } {
  return {
    id,
    firstName: contact.first,
    lastName: contact.last,
    middleName: contact.middle ?? null,
    secondLastName: contact.secondLast ?? null,
    avatarUrl: contact.avatar ? avatar(contact.avatar) : null,
    candidateId: null,
    companyId: company.id,
    companyName: company.name,
    companyLogoUrl: company.slug ? logo(company.slug) : null,
    jobTitle: contact.title ?? null,
    department: contact.department ?? null,
    emails: contact.emails ?? [],
    phoneNumbers: contact.phones ?? [],
  }
}

export const tag = <K extends string>(viewType: string, key: K, value: Json) => ({
  viewType,
  [key]: value,
})

export type Attribute = {
  id: string
  label: string
  value: Json
  ai?: 'filled' | 'ongoing' | 'overridden'
  options?: string[]
}

export function customAttribute(attribute: Attribute): { [key: string]: Json } {
  return {
    attributeDefinitionId: attribute.id,
    label: attribute.label,
    value: attribute.value,
    isFilledByAI: attribute.ai === 'filled' || attribute.ai === 'overridden',
    aiFillOngoing: attribute.ai === 'ongoing',
    aiOverridden: attribute.ai === 'overridden',
    ...(attribute.options ? { options: attribute.options } : {}),
  }
}

export function ownerRecord(owner: Owner, now: Date): { [key: string]: Json } {
  return {
    id: owner.id,
    name: owner.name,
    avatarUrl: owner.avatarUrl,
    deactivatedAt: owner.deactivated ? instantOffset(now, -45) : null,
  }
}

import reference from './fixtures/reference-opportunity.json'

/** A JSON value as Spott sends it, before parsing. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

/** A fresh copy of the example on Spott's reference page, free to modify. */
export const referenceOpportunity = (): JsonObject => structuredClone(reference) as JsonObject

/** The same value with every `viewType` tag removed, at any depth (Spott's untagged examples). */
export function withoutViewTypes<T extends Json>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutViewTypes) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'viewType')
      .map(([key, item]) => [key, withoutViewTypes(item)]),
  ) as T
}

/** A wrapper object of a raw opportunity, for tests that change one of its keys. */
export function wrapperOf(raw: JsonObject, field: string): JsonObject {
  const wrapper = raw[field]
  if (wrapper === null || typeof wrapper !== 'object' || Array.isArray(wrapper)) {
    throw new Error(`${field} is not a wrapper object`)
  }
  return wrapper
}

/** A copy of `object` without `key`, as when Spott leaves a field out. */
export const without = (object: JsonObject, key: string): JsonObject =>
  Object.fromEntries(Object.entries(object).filter(([name]) => name !== key))

import { z } from 'zod/mini'
import { looksLikeIsoDate } from '../../../lib/dates'

/**
 * Custom-attribute values. Spott documents only `{ viewType: 'customText', text }`; the
 * other types its product offers have undocumented tags, so each known kind below accepts
 * the payload keys it is most likely to use. Anything unreadable is kept as `unknown`
 * with the raw value, for the fallback renderer: a new shape never fails the page.
 */
export type CustomValue =
  | { kind: 'customText'; text: string }
  | { kind: 'customNumber'; number: number }
  | { kind: 'customCheckbox'; checked: boolean }
  | { kind: 'customSelect'; selected: string }
  | { kind: 'customMultiSelect'; selected: string[] }
  | { kind: 'customDate'; date: string }
  | { kind: 'customCurrency'; amount: number; currency: string }
  | { kind: 'customUrl'; url: string }
  | { kind: 'empty'; viewType: string | undefined }
  | { kind: 'unknown'; viewType: string | undefined; raw: unknown }

export type KnownCustomViewType = Exclude<CustomValue['kind'], 'empty' | 'unknown'>

type Payload = Record<string, unknown>

const firstOf = <T>(payload: Payload, keys: string[], guard: (value: unknown) => value is T) =>
  keys.map((key) => payload[key]).find(guard)

const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString)
const isNumeric = (value: unknown): value is number | string =>
  isNumber(value) || (isString(value) && value.trim() !== '' && Number.isFinite(Number(value)))

/** How each known tag's payload is read; undefined means "not readable as this kind". */
const readers: {
  [K in KnownCustomViewType]: (p: Payload) => Extract<CustomValue, { kind: K }> | undefined
} = {
  customText: (p) => {
    const text = firstOf(p, ['text', 'value'], isString)
    return text === undefined ? undefined : { kind: 'customText', text }
  },
  customNumber: (p) => {
    const number = firstOf(p, ['number', 'value'], isNumeric)
    return number === undefined ? undefined : { kind: 'customNumber', number: Number(number) }
  },
  customCheckbox: (p) => {
    const checked = firstOf(p, ['checked', 'checkbox', 'value', 'boolean'], isBoolean)
    return checked === undefined ? undefined : { kind: 'customCheckbox', checked }
  },
  customSelect: (p) => {
    const selected = firstOf(p, ['selected', 'option', 'select', 'value'], isString)
    return selected === undefined ? undefined : { kind: 'customSelect', selected }
  },
  customMultiSelect: (p) => {
    const selected = firstOf(
      p,
      ['selected', 'options', 'multiSelect', 'values', 'value'],
      isStringArray,
    )
    return selected === undefined ? undefined : { kind: 'customMultiSelect', selected }
  },
  customDate: (p) => {
    const date = firstOf(p, ['date', 'value'], isString)
    return date === undefined || !looksLikeIsoDate(date) ? undefined : { kind: 'customDate', date }
  },
  customCurrency: (p) => {
    const money = isObject(p.currency) ? p.currency : isObject(p.value) ? p.value : p
    const found = moneyOf({
      amount: firstOf(money, ['amount', 'value'], isNumeric),
      currency: firstOf(money, ['currency', 'currencyCode'], isString),
    })
    return found && { kind: 'customCurrency', ...found }
  },
  customUrl: (p) => {
    const url = firstOf(p, ['url', 'link', 'value'], isString)
    return url === undefined ? undefined : { kind: 'customUrl', url }
  },
}

/** `{ amount, currency }` with a numeric amount and a three-letter code, or undefined. */
export function moneyOf(record: Payload): { amount: number; currency: string } | undefined {
  const { amount, currency } = record
  if (!isNumeric(amount) || !isString(currency) || !/^[A-Za-z]{3}$/.test(currency)) return undefined
  return { amount: Number(amount), currency: currency.toUpperCase() }
}

const isObject = (value: unknown): value is Payload =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isKnownViewType = (viewType: string): viewType is KnownCustomViewType =>
  Object.hasOwn(readers, viewType)

/** Payload keys other than the tag: a tagged value whose payload keys are all null is empty. */
const payloadValues = (payload: Payload) =>
  Object.entries(payload)
    .filter(([key]) => key !== 'viewType')
    .map(([, value]) => value)

export function normalizeCustomValue(raw: unknown): CustomValue {
  if (raw === null || raw === undefined) return { kind: 'empty', viewType: undefined }
  if (!isObject(raw)) return { kind: 'unknown', viewType: undefined, raw }
  const viewType = isString(raw.viewType) ? raw.viewType : undefined
  const values = payloadValues(raw)
  if (values.every((value) => value === null || value === undefined)) {
    return { kind: 'empty', viewType }
  }
  if (viewType !== undefined && isKnownViewType(viewType)) {
    return readers[viewType](raw) ?? { kind: 'unknown', viewType, raw }
  }
  // Untagged `{ text }` is documented; other untagged shapes go to the fallback.
  if (viewType === undefined && isString(raw.text) && values.length === 1) {
    return { kind: 'customText', text: raw.text }
  }
  return { kind: 'unknown', viewType, raw }
}

export const customValueSchema = z.pipe(z.unknown(), z.transform(normalizeCustomValue))

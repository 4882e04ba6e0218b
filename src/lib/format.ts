import { dayAsUtcDate, daysFromToday, type SpottDate } from './dates'
import { onFirstUse } from './on-first-use'

/**
 * All formatting goes through Intl with the browser's locale (undefined = default). Each
 * formatter is made on first use, so a page never makes the ones it does not need.
 */
const dateFormat = onFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }),
)
const localDateFormat = onFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
)
const dateTimeFormat = onFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
)
const fullDateTimeFormat = onFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' }),
)
const clockFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }))
const fullDateFormat = onFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' }),
)
const relativeFormat = onFirstUse(() => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }))
const dayCountFormat = onFirstUse(
  () => new Intl.RelativeTimeFormat(undefined, { numeric: 'always' }),
)
const numberFormat = onFirstUse(
  () => new Intl.NumberFormat(undefined, { maximumFractionDigits: 20 }),
)
/** One per currency code, made when an amount in it is first shown. */
const moneyFormats = new Map<string, Intl.NumberFormat>()

/** A day as a date; an instant as a local date and time, or just the local date. */
export function formatSpottDate(value: SpottDate, { withTime = true } = {}): string {
  if (value.kind === 'day') return dateFormat().format(dayAsUtcDate(value))
  return (withTime ? dateTimeFormat() : localDateFormat()).format(value.date)
}

/** The exact value, for a tooltip: the full day, or the instant with its time zone. */
export function formatSpottDateExact(value: SpottDate): string {
  return value.kind === 'day'
    ? fullDateFormat().format(dayAsUtcDate(value))
    : fullDateTimeFormat().format(value.date)
}

/** Rounds half away from zero, so -2.5 weeks and 2.5 weeks read alike. */
const nearest = (value: number) => Math.sign(value) * Math.round(Math.abs(value))

/** "today", "in 3 days", "2 months ago": calendar-based, so it never disagrees with the date. */
export function formatRelativeDays(days: number): string {
  const magnitude = Math.abs(days)
  if (magnitude < 14) return relativeFormat().format(days, 'day')
  if (magnitude < 60) return relativeFormat().format(nearest(days / 7), 'week')
  if (magnitude < 730) return relativeFormat().format(nearest(days / 30.44), 'month')
  return relativeFormat().format(nearest(days / 365.25), 'year')
}

/** Always in days ("in 40 days"): for countdowns, where the exact number matters. */
export const formatDayCount = (days: number) => dayCountFormat().format(days, 'day')

export const formatRelative = (value: SpottDate, now?: Date) =>
  formatRelativeDays(daysFromToday(value, now))

/** "14:05" today; "Nov 27, 2026, 14:05" on another day: when data was fetched. */
export function formatClockTime(date: Date, now: Date = new Date()): string {
  return date.toDateString() === now.toDateString()
    ? clockFormat().format(date)
    : dateTimeFormat().format(date)
}

/** Full figures with locale grouping: 1,250,000, never "1.2M". */
export const formatNumber = (value: number) => numberFormat().format(value)

export function formatMoney(amount: number, currency: string): string {
  try {
    let format = moneyFormats.get(currency)
    if (!format) {
      format = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency,
        maximumFractionDigits: 2,
      })
      moneyFormats.set(currency, format)
    }
    return format.format(amount)
  } catch {
    // An unknown currency code still shows the full amount and the code as sent.
    return `${formatNumber(amount)} ${currency}`
  }
}

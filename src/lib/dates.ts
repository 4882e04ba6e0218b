/**
 * Spott sends ISO-8601 UTC strings. A value at exactly midnight UTC (or a bare date) is a
 * calendar day, such as a close date: it is shown from its UTC parts so that it reads as
 * the same day in every time zone. Anything else is an instant, shown in local time.
 */
export type SpottDate =
  | { kind: 'day'; year: number; month: number; day: number; iso: string }
  | { kind: 'instant'; date: Date; iso: string }

const DAY_MS = 86_400_000

/** "2026-03-01" or "2026-03-01T09:30:00Z": not whatever Date.parse would guess from "12". */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

export const looksLikeIsoDate = (text: string) =>
  ISO_DATE.test(text) && !Number.isNaN(Date.parse(text))
const MIDNIGHT_UTC = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/

/** Midnight UTC of a calendar day; unlike Date.UTC, years 0–99 stay years 0–99. */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date
}

/** "2026-02-30" is not a day, though Date would quietly read it as 2 March. */
function hasRealCalendarDay(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return true
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = utcMidnight(year, month, day)
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The calendar day a value names, read from its UTC parts. */
const utcDay = (date: Date, iso: string): SpottDate => ({
  kind: 'day',
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
  iso,
})

export function parseSpottDate(iso: string | null | undefined): SpottDate | undefined {
  if (typeof iso !== 'string' || !hasRealCalendarDay(iso)) return undefined
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return undefined
  if (MIDNIGHT_UTC.test(iso)) return utcDay(date, iso)
  return { kind: 'instant', date, iso }
}

/** Parses a value that is a calendar day by meaning (a close date), whatever its time part. */
export function parseCalendarDay(iso: string | null | undefined): SpottDate | undefined {
  const parsed = parseSpottDate(iso)
  if (parsed?.kind !== 'instant') return parsed
  return utcDay(parsed.date, parsed.iso)
}

const dayNumber = (year: number, month: number, day: number) =>
  Math.round(utcMidnight(year, month, day).getTime() / DAY_MS)

/** Whole calendar days from the viewer's today to the value (negative: in the past). */
export function daysFromToday(value: SpottDate, now: Date = new Date()): number {
  const today = dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate())
  if (value.kind === 'day') return dayNumber(value.year, value.month, value.day) - today
  const { date } = value
  return dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate()) - today
}

/** A Date that formats to the right calendar day when formatted with timeZone UTC. */
export const dayAsUtcDate = (value: Extract<SpottDate, { kind: 'day' }>) =>
  utcMidnight(value.year, value.month, value.day)

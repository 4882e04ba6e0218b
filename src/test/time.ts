import { afterEach, beforeEach, vi } from 'vitest'

/**
 * Freezes `new Date()` at `now` for every test of the enclosing describe (or file). Only Date
 * is faked: timers and promises run as usual, so React and Testing Library are unaffected.
 */
export function freezeDateAt(now: Date) {
  beforeEach(() => {
    vi.useFakeTimers({ now, toFake: ['Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })
}

/**
 * The calendar day `offset` days from `now`'s local day, as Spott sends a day (midnight UTC):
 * what the viewer's "today", "tomorrow" and "yesterday" are, in whatever zone tests run.
 */
export function calendarDay(now: Date, offset: number): string {
  const day = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + offset)
  return new Date(day).toISOString().replace('.000Z', 'Z')
}

/** Runs `run` with process.env.TZ set to `timeZone` (Node applies it at once), then restores it. */
export function inTimeZone<T>(timeZone: string, run: () => T): T {
  const before = process.env.TZ
  process.env.TZ = timeZone
  try {
    return run()
  } finally {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  }
}

/** Zones at the extremes (UTC+14, UTC-11) and in between, where a UTC midnight changes day. */
export const TIME_ZONES = [
  'UTC',
  'Pacific/Kiritimati',
  'Asia/Tokyo',
  'Europe/Madrid',
  'America/Los_Angeles',
  'Pacific/Pago_Pago',
]

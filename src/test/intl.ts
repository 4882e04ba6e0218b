/** The locale Intl formats in when the app passes none: the machine's default (en-US here). */
export const DEFAULT_LOCALE = new Intl.NumberFormat().resolvedOptions().locale

/**
 * The exact en-US text where the default locale is en-US, else a locale-neutral pattern, so
 * formatting tests read naturally here and still check something on a machine set up otherwise.
 */
export const enUsOr = (enUs: string, elsewhere: RegExp): string | RegExp =>
  DEFAULT_LOCALE === 'en-US' ? enUs : elsewhere

/** Only the digits of a formatted number: the same in every locale that uses Latin digits. */
export const digitsOf = (text: string) => text.replace(/\D/g, '')

/** The zone dates are shown in when the app passes none: the machine's (UTC here). */
export const DEFAULT_TIME_ZONE = new Intl.DateTimeFormat().resolvedOptions().timeZone

/** Like `enUsOr`, for text that also depends on the time zone (a time of day). */
export const enUsUtcOr = (enUs: string, elsewhere: RegExp): string | RegExp =>
  DEFAULT_LOCALE === 'en-US' && DEFAULT_TIME_ZONE === 'UTC' ? enUs : elsewhere

/** A time of day as most locales write it ("9:15", "09:15"); a dotted date never matches. */
export const TIME_OF_DAY = /\d:\d\d/

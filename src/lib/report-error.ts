import { isApiError } from './api-client'

const reported = new WeakSet<object>()

/**
 * Logs errors that are bugs. A failed request the page already explains (ApiError) is an
 * answer, not a bug. React and React Router both see a caught render error: log it once.
 */
export function reportError(error: unknown) {
  if (isApiError(error)) return
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return
    reported.add(error)
  }
  console.error(error)
}

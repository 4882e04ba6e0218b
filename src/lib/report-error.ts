import { isApiError } from './api-client'
import { isChunkLoadError } from './chunk-load-error'

const reported = new WeakSet<object>()

/**
 * Logs errors that are bugs. A failed request or a route's code that did not download, both
 * explained on the page, are answers, not bugs. React and React Router both see a caught render error: log it once.
 */
export function reportError(error: unknown) {
  if (isApiError(error) || isChunkLoadError(error)) return
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return
    reported.add(error)
  }
  console.error(error)
}

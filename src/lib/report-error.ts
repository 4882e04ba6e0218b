import { isApiError } from './api-client'
import { isChunkLoadError } from './chunk-load-error'

/**
 * Logs errors that are bugs (React calls it for each error a boundary catches). A failed
 * request or a route's code that did not download, both explained on the page, are answers,
 * not bugs.
 */
export function reportError(error: unknown) {
  if (isApiError(error) || isChunkLoadError(error)) return
  console.error(error)
}

import { formatNumber } from '../../../lib/format'

type Coverage = {
  /** Rows the view shows. */
  shown: number
  /** Opportunities loaded from Spott so far. */
  loaded: number
  /** Whether Spott has no further pages. */
  complete: boolean
  filtered: boolean
  sorted: boolean
}

const opportunities = (count: number) =>
  `${formatNumber(count)} ${count === 1 ? 'opportunity' : 'opportunities'}`

/**
 * The one line that says what the list shows and what it was worked out over. Spott has no
 * server-side search or sort, so while pages are missing it says the result is partial.
 */
export function describeCoverage({ shown, loaded, complete, filtered, sorted }: Coverage): string {
  if (!filtered) {
    if (complete) return `${opportunities(loaded)}, all loaded.`
    return `${opportunities(loaded)} loaded; more in Spott.${sorted ? ' Sorted among the loaded ones only.' : ''}`
  }
  if (complete) return `${formatNumber(shown)} of ${opportunities(loaded)} match.`
  return `${formatNumber(shown)} of the ${opportunities(loaded)} loaded match; more in Spott may match too.`
}

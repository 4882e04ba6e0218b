import { Button } from '../../../components/button'
import { formatNumber } from '../../../lib/format'
import { describeCoverage } from './describe-coverage'
import type { useLoadAll } from './use-load-all'

type ListCoverageProps = {
  shown: number
  loaded: number
  complete: boolean
  filtered: boolean
  sorted: boolean
  loadAll: ReturnType<typeof useLoadAll>
}

/**
 * What the list shows and over what; while pages are missing, the way to load them all.
 * One live region, so a screen reader hears the new count after each change.
 */
export function ListCoverage({ loadAll, ...coverage }: ListCoverageProps) {
  const partial = !coverage.complete && (coverage.filtered || coverage.sorted)
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
      <div className="space-y-0.5 text-sm">
        <p role="status" className="text-ink">
          {loadAll.running
            ? `Loading all opportunities… ${formatNumber(coverage.loaded)} loaded so far.`
            : describeCoverage(coverage)}
        </p>
        {partial && !loadAll.running && (
          <p className="text-ink-muted">
            Spott cannot search or sort on its side, so this covers only the pages loaded so far.
          </p>
        )}
      </div>
      {!coverage.complete &&
        (loadAll.running ? (
          <Button variant="secondary" className="px-3 py-1" onClick={loadAll.stop}>
            Stop loading
          </Button>
        ) : (
          <Button variant="secondary" className="px-3 py-1" onClick={loadAll.start}>
            Load all
          </Button>
        ))}
    </div>
  )
}

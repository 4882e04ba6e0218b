import { Button } from '../../../components/button'
import { withoutFilters, type ListView } from './list-view'
import type { SetListView } from './use-list-view'

type ListEmptyProps =
  | { kind: 'no-opportunities' }
  | {
      kind: 'no-matches'
      view: ListView
      setView: SetListView
      complete: boolean
      onLoadAll: () => void
      loadingAll: boolean
    }

/** An empty list always says why, and offers the way out. */
export function ListEmpty(props: ListEmptyProps) {
  return (
    <div className="space-y-3 rounded-xl bg-surface p-6 text-center shadow-sm ring-1 ring-surface-line">
      {props.kind === 'no-opportunities' ? (
        <>
          <h2 className="text-base font-semibold text-ink">No opportunities yet</h2>
          <p className="text-ink-muted">Spott has no opportunities for this account.</p>
        </>
      ) : (
        <>
          <h2 className="text-base font-semibold text-ink">No opportunities match</h2>
          <p className="text-ink-muted">
            {props.complete
              ? 'None of the opportunities in Spott match this search and these filters.'
              : 'None of the opportunities loaded so far match. Some of those not loaded yet may.'}
          </p>
          <div className="flex flex-wrap justify-center gap-3">
            <Button variant="secondary" onClick={() => props.setView(withoutFilters(props.view))}>
              Clear filters
            </Button>
            {!props.complete && (
              <Button onClick={props.onLoadAll} disabled={props.loadingAll}>
                {props.loadingAll ? 'Loading all…' : 'Load all and search again'}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  )
}

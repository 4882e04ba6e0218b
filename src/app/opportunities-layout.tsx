import { usePrefetchQuery } from '@tanstack/react-query'
import { startTransition, Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react'
import { Outlet, useParams } from 'react-router'
import { opportunityQueries } from '../features/opportunities/api/opportunity-queries'
import { DetailPage } from '../features/opportunities/detail/load-detail-page'
import { PrepareDetailContext } from '../features/opportunities/detail/prepare-detail'
import { StandbyBoundary } from './standby-boundary'

/**
 * Parent of the list and of a deal's page. The deal's page is drawn here rather than by its own
 * route, in one place whichever page is open. So the deal a reader is about to open (pointer
 * resting on its row, data and code in) can be drawn in advance, out of sight; the click then
 * only reveals it, with nothing left to render, style or lay out.
 */
export function OpportunitiesLayout() {
  // The deal route's id: a parent route sees its child's params.
  const { id } = useParams()
  const [prepared, setPrepared] = useState<string>()
  // Back on the list, the deal just read stays ready to open again, and nothing new is drawn.
  if (id !== undefined && id !== prepared) setPrepared(id)
  // A transition: getting a page ready never holds up what the reader is doing.
  const prepare = useCallback((next: string) => startTransition(() => setPrepared(next)), [])
  const shown = id ?? prepared
  return (
    <PrepareDetailContext value={prepare}>
      {shown !== undefined && <DetailSlot id={shown} open={id !== undefined} />}
      <Outlet />
    </PrepareDetailContext>
  )
}

function DetailSlot({ id, open }: { id: string; open: boolean }) {
  usePrefetchQuery(opportunityQueries.detail(id))
  const slot = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const element = slot.current
    if (!element) return
    element.style.contentVisibility = ''
    if (open) return
    // Styled and laid out now, then set aside as it is: opening it only lifts this, about 1 ms
    // of restyling here where inert or visibility: hidden cost 3 to 8 (they restyle every
    // element in it). Set aside, it cannot be focused, found in the page or read out, and it is
    // never on screen before: this runs in the same task as the commit that drew it.
    void element.offsetHeight
    element.style.contentVisibility = 'hidden'
  }, [id, open])
  return (
    // Out of sight it is laid out at its real width, so opening it is not a new layout, and
    // takes no room.
    <div
      ref={slot}
      aria-hidden={open ? undefined : true}
      className={open ? undefined : 'h-0 overflow-hidden'}
    >
      <StandbyBoundary id={id} open={open}>
        <Suspense>
          <DetailPage id={id} standby={!open} />
        </Suspense>
      </StandbyBoundary>
    </div>
  )
}

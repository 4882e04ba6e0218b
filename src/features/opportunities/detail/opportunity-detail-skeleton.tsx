import { cn } from '../../../lib/cn'
import { COLUMNS, FACT_CELL, FACTS_GRID, MAIN_COLUMN, SIDE_COLUMN } from './detail-layout'

const Block = ({ className }: { className: string }) => (
  <div
    className={cn('animate-pulse rounded-md bg-surface-line motion-reduce:animate-none', className)}
  />
)

/** Mirrors the loaded page's boxes and heights so nothing jumps when the data arrives. */
export function OpportunityDetailSkeleton() {
  return (
    <div aria-busy="true" className="space-y-5">
      <h1 className="sr-only">Loading opportunity…</h1>
      <p role="status" className="sr-only">
        Loading opportunity…
      </p>
      <Block className="h-8 w-3/4 sm:h-9" />
      <div className={FACTS_GRID}>
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className={cn(FACT_CELL, 'space-y-2')}>
            <Block className="h-3 w-16" />
            <Block className="h-5 w-28 max-w-full" />
          </div>
        ))}
      </div>
      <div className={COLUMNS}>
        <div className={MAIN_COLUMN}>
          <Block className="h-32 w-full rounded-xl" />
          <Block className="h-56 w-full rounded-xl" />
        </div>
        <div className={SIDE_COLUMN}>
          <Block className="h-32 w-full rounded-xl" />
        </div>
      </div>
    </div>
  )
}

import { cn } from '../../../lib/cn'

const Block = ({ className }: { className: string }) => (
  <div
    className={cn('animate-pulse rounded-md bg-surface-line motion-reduce:animate-none', className)}
  />
)

/** Mirrors the loaded page's boxes and heights so nothing jumps when the data arrives. */
export function OpportunityDetailSkeleton() {
  return (
    <div aria-busy="true" className="space-y-5">
      <p role="status" className="sr-only">
        Loading opportunity…
      </p>
      <Block className="h-8 w-3/4 sm:h-9" />
      <div className="grid grid-cols-1 gap-px overflow-hidden rounded-xl bg-surface-line ring-1 ring-surface-line sm:grid-cols-2 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="space-y-2 bg-surface px-4 py-3">
            <Block className="h-3 w-16" />
            <Block className="h-5 w-28" />
          </div>
        ))}
      </div>
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Block className="h-32 w-full rounded-xl" />
          <Block className="h-56 w-full rounded-xl" />
        </div>
        <Block className="order-first h-32 w-full rounded-xl lg:order-none" />
      </div>
    </div>
  )
}

const ROWS = 8

/** The list's shape while its first page loads, so nothing jumps when the rows arrive. */
export function ListSkeleton() {
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-ink-muted">
        Loading opportunities…
      </p>
      <div
        aria-hidden="true"
        className="divide-y divide-surface-line rounded-xl bg-surface shadow-sm ring-1 ring-surface-line"
      >
        {Array.from({ length: ROWS }, (_, row) => (
          <div key={row} className="flex items-center gap-4 px-4 py-4">
            <span className="h-4 w-1/4 animate-pulse rounded bg-surface-sunken" />
            <span className="hidden h-4 w-1/6 animate-pulse rounded bg-surface-sunken md:block" />
            <span className="h-5 w-20 animate-pulse rounded-full bg-surface-sunken" />
            <span className="hidden h-4 flex-1 animate-pulse rounded bg-surface-sunken md:block" />
          </div>
        ))}
      </div>
    </div>
  )
}

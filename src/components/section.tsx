import { useId, type ReactNode } from 'react'
import { cn } from '../lib/cn'

type SectionProps = {
  title: string
  /** Fragment target, so links like #client-team land here. */
  id?: string
  aside?: ReactNode
  className?: string
  children: ReactNode
}

/** A card with an <h2>: the landmarks a reader scans the page by. */
export function Section({ title, id, aside, className, children }: SectionProps) {
  const headingId = useId()
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={cn(
        'min-w-0 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-surface-line sm:p-5',
        className,
      )}
    >
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-ink">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  )
}

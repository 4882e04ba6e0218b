import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'

export function Chip({ className, ...props }: ComponentProps<'span'>) {
  return (
    <span
      className={cn(
        'inline-flex max-w-full items-center rounded-full bg-surface-sunken px-2.5 py-0.5 text-sm break-words text-ink ring-1 ring-surface-line ring-inset',
        className,
      )}
      {...props}
    />
  )
}

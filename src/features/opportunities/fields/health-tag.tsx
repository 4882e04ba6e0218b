import type { ReactNode } from 'react'
import { cn } from '../../../lib/cn'

const TONES = {
  danger: 'bg-danger-soft text-danger ring-danger/25',
  warning: 'bg-warning-soft text-warning ring-warning/25',
  neutral: 'bg-surface-sunken text-ink-muted ring-surface-line',
}

/** A short status word next to a date: "Overdue", "Due today". */
export function HealthTag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-md px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset',
        TONES[tone],
      )}
    >
      {children}
    </span>
  )
}

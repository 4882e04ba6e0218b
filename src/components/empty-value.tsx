import type { ReactNode } from 'react'

/** The quiet placeholder for a value Spott left empty. */
export function EmptyValue({ children = 'Not set' }: { children?: ReactNode }) {
  return <span className="text-ink-faint italic">{children}</span>
}

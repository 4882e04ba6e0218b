import type { ComponentProps, ReactNode } from 'react'
import { Link } from 'react-router'

type MessagePanelProps = {
  title: string
  children: ReactNode
  /** Buttons to offer besides the way back to the list. */
  actions?: ReactNode
} & Pick<ComponentProps<'div'>, 'role'>

/** A full-page message (not found, failed) that always leaves a way back to the pipeline. */
export function MessagePanel({ title, children, actions, role }: MessagePanelProps) {
  return (
    <div
      role={role}
      className="mx-auto max-w-xl space-y-4 rounded-xl bg-surface p-6 shadow-sm ring-1 ring-surface-line"
    >
      <h1 className="text-2xl font-semibold text-ink">{title}</h1>
      <div className="break-words text-ink-muted">{children}</div>
      <div className="flex flex-wrap items-center gap-3">
        {actions}
        <Link
          to="/opportunities"
          className="text-sm font-medium text-link underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-link"
        >
          Browse all opportunities
        </Link>
      </div>
    </div>
  )
}

import { useEffect, useState } from 'react'
import { copyText } from '../lib/clipboard'
import { cn } from '../lib/cn'
import { Icon } from './icon'

/** `at` makes a second click a new state, so the confirmation's timer starts again. */
type CopyState = { status: 'idle' | 'copied' | 'failed'; at: number }

const CONFIRMATION_MS = 2000

type CopyButtonProps = {
  /** The text to copy, or a function that makes it at the moment of the click. */
  text: string | (() => string)
  /** What is being copied, for the accessible name: "email maria@example.com". */
  what: string
  /** A visible label ("Copy link") makes it a labelled button instead of an icon. */
  label?: string
  /** The chain icon says "a link to this", the sheets icon "this value". */
  icon?: 'copy' | 'link'
  className?: string
}

const ICON_BUTTON =
  'inline-flex size-6 items-center justify-center rounded text-ink-faint hover:bg-surface-sunken hover:text-ink focus-visible:outline-2 focus-visible:outline-link'
const LABELLED_BUTTON =
  'inline-flex items-center gap-1.5 rounded-lg bg-surface px-3 py-1.5 text-sm font-medium text-ink ring-1 ring-surface-line ring-inset hover:bg-surface-sunken focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-link'

/** A "copy" button that confirms visibly, and to screen readers, that it worked. */
export function CopyButton({ text, what, label, icon = 'copy', className }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>({ status: 'idle', at: 0 })

  useEffect(() => {
    if (state.status === 'idle') return
    const timer = setTimeout(() => setState({ status: 'idle', at: 0 }), CONFIRMATION_MS)
    return () => clearTimeout(timer)
  }, [state])

  return (
    <span className={cn('inline-flex items-center gap-1', className)}>
      <button
        type="button"
        aria-label={label ? undefined : `Copy ${what}`}
        title={`Copy ${what}`}
        onClick={async () => {
          let copied = false
          try {
            copied = await copyText(typeof text === 'function' ? text() : text)
          } catch {
            // Making the text failed (a malformed id, say): the reader hears the copy failed.
          }
          setState({ status: copied ? 'copied' : 'failed', at: Date.now() })
        }}
        className={label ? LABELLED_BUTTON : ICON_BUTTON}
      >
        <Icon name={icon} className="size-3.5" />
        {label}
      </button>
      <span role="status" className="text-xs font-medium">
        {state.status === 'copied' && <span className="text-stage-won">Copied</span>}
        {state.status === 'failed' && <span className="text-danger">Copy failed</span>}
      </span>
    </span>
  )
}

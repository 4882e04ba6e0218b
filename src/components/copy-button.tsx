import { useEffect, useState } from 'react'
import { copyText } from '../lib/clipboard'
import { cn } from '../lib/cn'

/** `at` makes a second click a new state, so the confirmation's timer starts again. */
type CopyState = { status: 'idle' | 'copied' | 'failed'; at: number }

const CONFIRMATION_MS = 2000

type CopyButtonProps = {
  text: string
  /** What is being copied, for the accessible name: "email maria@example.com". */
  what: string
  className?: string
}

/** A small "copy" button that confirms visibly, and to screen readers, that it worked. */
export function CopyButton({ text, what, className }: CopyButtonProps) {
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
        aria-label={`Copy ${what}`}
        title={`Copy ${what}`}
        onClick={async () =>
          setState({ status: (await copyText(text)) ? 'copied' : 'failed', at: Date.now() })
        }
        className="inline-flex size-6 items-center justify-center rounded text-ink-faint hover:bg-surface-sunken hover:text-ink focus-visible:outline-2 focus-visible:outline-link"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-3.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
          <path d="M10.5 5.5v-2a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
        </svg>
      </button>
      <span role="status" className="text-xs font-medium">
        {state.status === 'copied' && <span className="text-stage-won">Copied</span>}
        {state.status === 'failed' && <span className="text-danger">Copy failed</span>}
      </span>
    </span>
  )
}

import { useDataSource } from '../lib/data-source'

/**
 * Says plainly that what is on screen is not anyone's real pipeline. It is pinned to the
 * bottom of the window: we only learn the mode from the first API answer, and a banner
 * appearing above the page at that moment would push everything down.
 */
export function DemoBanner() {
  if (useDataSource() !== 'demo') return null
  return (
    <aside aria-label="Demo mode">
      <p
        role="note"
        className="fixed inset-x-0 bottom-0 z-20 bg-warning-soft px-4 py-2 text-center text-sm text-warning shadow-[0_-1px_0] shadow-warning/20"
      >
        <strong className="font-semibold">Demo data:</strong> a built-in sample pipeline, because no
        Spott API key is set.
        <span className="hidden sm:inline">
          {' '}
          Set <code>SPOTT_API_KEY</code> to see your own.
        </span>
      </p>
      {/* Room at the end of the page, so the pinned banner never covers the last lines. */}
      <div aria-hidden="true" className="h-16" />
    </aside>
  )
}

import { useDataSource } from '../lib/data-source'

/** Says plainly that what is on screen is not anyone's real pipeline. */
export function DemoBanner() {
  if (useDataSource() !== 'demo') return null
  return (
    <p
      role="note"
      className="bg-warning-soft px-4 py-2 text-center text-sm text-warning ring-1 ring-warning/20"
    >
      <strong className="font-semibold">Demo data.</strong> No Spott API key is set, so the
      dashboard shows a built-in sample pipeline. Set <code>SPOTT_API_KEY</code> to see your own.
    </p>
  )
}

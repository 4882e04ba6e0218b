import { Link } from 'react-router'

export function OpportunityNotFound({ id }: { id: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl bg-surface p-6 text-center shadow-sm ring-1 ring-surface-line">
      <h1 className="text-2xl font-semibold text-ink">Opportunity not found</h1>
      <p className="text-ink-muted">
        Spott has no opportunity with the id{' '}
        <code className="rounded bg-surface-sunken px-1 break-all">{id}</code>. It may have been
        deleted, or the link may be incomplete.
      </p>
      <Link
        to="/opportunities"
        className="inline-block font-medium text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand"
      >
        Browse all opportunities
      </Link>
    </div>
  )
}

import { Link } from 'react-router'
import { useDocumentTitle } from '../lib/use-document-title'

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl bg-surface p-6 text-center shadow-sm ring-1 ring-surface-line">
      <h1 className="text-2xl font-semibold text-ink">Page not found</h1>
      <p className="text-ink-muted">There is nothing at this address in the dashboard.</p>
      <Link
        to="/opportunities"
        className="inline-block font-medium text-brand underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand"
      >
        Browse all opportunities
      </Link>
    </div>
  )
}

import { CopyButton } from '../../../components/copy-button'
import type { Opportunity } from '../api/opportunity-schema'
import { canonicalUrl, opportunitySummary } from './opportunity-summary'

/** The two ways to pass a deal on in chat: its link, or a short summary with the link. */
export function ShareActions({ opportunity }: { opportunity: Opportunity }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <CopyButton
        label="Copy link"
        what="link"
        icon="link"
        text={() => canonicalUrl(opportunity.id)}
      />
      <CopyButton
        label="Copy summary"
        what="summary"
        text={() => opportunitySummary(opportunity, canonicalUrl(opportunity.id))}
      />
    </div>
  )
}

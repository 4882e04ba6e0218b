import { Icon } from '../../../components/icon'
import type { CustomAttribute } from '../api/opportunity-schema'

type Provenance = 'ongoing' | 'overridden' | 'filled' | null

/** An ongoing fill says most about the value on screen, then a person's override. */
export function aiProvenance(attribute: CustomAttribute): Provenance {
  if (attribute.aiFillOngoing) return 'ongoing'
  if (attribute.aiOverridden) return 'overridden'
  if (attribute.isFilledByAI) return 'filled'
  return null
}

const BADGE =
  'inline-flex items-center gap-1 rounded-md bg-ai-soft px-1.5 py-0.5 text-xs font-semibold text-ai ring-1 ring-ai/20 ring-inset'

export function AiProvenance({ attribute }: { attribute: CustomAttribute }) {
  const provenance = aiProvenance(attribute)
  if (provenance === 'ongoing') {
    return (
      <span role="status" aria-live="polite" className={BADGE} title="AI is filling in this value">
        <span
          aria-hidden="true"
          className="size-2 animate-pulse rounded-full bg-ai motion-reduce:animate-none"
        />
        AI filling…
      </span>
    )
  }
  if (provenance === 'overridden') {
    return (
      <span className={BADGE} title="AI value overridden by a person">
        <Icon name="pencil" className="size-3" />
        AI · edited
        <span className="sr-only"> (AI value overridden by a person)</span>
      </span>
    )
  }
  if (provenance === 'filled') {
    return (
      <span className={BADGE} title="Filled by AI">
        <Icon name="sparkle" className="size-3" />
        AI
        <span className="sr-only"> (filled by AI)</span>
      </span>
    )
  }
  return null
}

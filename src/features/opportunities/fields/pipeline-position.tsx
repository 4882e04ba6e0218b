import { cn } from '../../../lib/cn'
import type { Stage } from '../api/opportunity-schema'
import { stageOutcome, stageStep } from './stage-badge'

/** Spott does not say how many stages a pipeline has; beyond this the steps are not drawn. */
const MAX_STEPS = 12

/**
 * A compact "how far along" mark: one segment per step up to this stage's order, and for an
 * open stage one hollow segment for the steps still ahead.
 */
export function PipelinePosition({ stage }: { stage: Stage }) {
  const step = stageStep(stage)
  if (step === undefined) return null
  const outcome = stageOutcome(stage)
  const filled = Math.min(step, MAX_STEPS)
  const label =
    outcome === 'open' ? `Step ${step} of the pipeline, still open` : `Closed at step ${step}`
  return (
    <span role="img" aria-label={label} title={label} className="inline-flex items-center gap-0.5">
      {Array.from({ length: filled }, (_, index) => (
        <span
          key={index}
          className={cn(
            'h-1.5 w-3 rounded-full',
            outcome === 'won' && 'bg-stage-won',
            outcome === 'lost' && 'bg-stage-lost',
            outcome === 'closed' && 'bg-stage-closed',
            outcome === 'open' && 'bg-link',
          )}
        />
      ))}
      {outcome === 'open' && (
        <span className="h-1.5 w-3 rounded-full ring-1 ring-ink-faint ring-inset" />
      )}
    </span>
  )
}

import { cn } from '../../../lib/cn'
import type { Stage } from '../api/opportunity-schema'

const OPEN_TONES = [
  'bg-stage-1-soft text-stage-1-strong ring-stage-1-strong/20',
  'bg-stage-2-soft text-stage-2-strong ring-stage-2-strong/20',
  'bg-stage-3-soft text-stage-3-strong ring-stage-3-strong/20',
  'bg-stage-4-soft text-stage-4-strong ring-stage-4-strong/20',
  'bg-stage-5-soft text-stage-5-strong ring-stage-5-strong/20',
  'bg-stage-6-soft text-stage-6-strong ring-stage-6-strong/20',
]

export type StageOutcome = 'open' | 'won' | 'lost' | 'closed'

const LOST = /\b(lost|lose|dead|declined|cancel+ed|rejected|withdrawn|not\s+\w+|no\s+hire)\b/i
const WON = /\b(won|win|signed|placed|hired|filled)\b/i

/**
 * Spott has no won/lost flag: only a closed stage's own name can say which it was. Lost is
 * checked first, so "Not placed" or "Lost – filled internally" never read as won.
 */
export function stageOutcome(stage: Stage): StageOutcome {
  if (stage.isOpen) return 'open'
  if (LOST.test(stage.name)) return 'lost'
  if (WON.test(stage.name)) return 'won'
  return 'closed'
}

/** The stage's 1-based step in the pipeline, if its order is a usable number. */
export const stageStep = (stage: Stage) =>
  Number.isFinite(stage.order) ? Math.max(1, Math.round(stage.order)) : undefined

/** A stage's name as shown, even if Spott sends it blank. */
export const stageLabel = (stage: Stage) => stage.name.trim() || 'Unnamed stage'

function toneFor(stage: Stage): string {
  const outcome = stageOutcome(stage)
  if (outcome === 'won') return 'bg-stage-won text-on-fill ring-transparent'
  if (outcome === 'lost') return 'bg-stage-lost text-on-fill ring-transparent'
  if (outcome === 'closed') return 'bg-stage-closed text-on-fill ring-transparent'
  const position = (stageStep(stage) ?? 1) - 1
  return OPEN_TONES[Math.min(position, OPEN_TONES.length - 1)]!
}

export function StageBadge({ value: stage }: { value: Stage }) {
  const outcome = stageOutcome(stage)
  return (
    <span
      className={cn(
        'inline-flex max-w-full items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-medium break-words ring-1 ring-inset',
        toneFor(stage),
      )}
      data-stage-outcome={outcome}
    >
      <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-current" />
      {stageLabel(stage)}
      {outcome !== 'open' && <span className="sr-only"> (closed)</span>}
    </span>
  )
}

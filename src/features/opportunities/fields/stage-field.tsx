import type { Stage } from '../api/opportunity-schema'
import { PipelinePosition } from './pipeline-position'
import { StageBadge } from './stage-badge'

export function StageField({ value }: { value: Stage }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <StageBadge value={value} />
      <PipelinePosition stage={value} />
    </span>
  )
}

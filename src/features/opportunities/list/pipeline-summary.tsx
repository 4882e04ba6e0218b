import { Section } from '../../../components/section'
import type { Opportunity } from '../api/opportunity-schema'
import { StageBadge } from '../fields/stage-badge'
import { countByStage } from './stage-counts'

/**
 * Opportunities per stage as a small bar chart (plain CSS: a chart library would weigh more
 * than the whole list). Spott has no server-side counts, so it says what it was counted over.
 */
export function PipelineSummary({ items, complete }: { items: Opportunity[]; complete: boolean }) {
  const counts = countByStage(items)
  const largest = Math.max(1, ...counts.map((entry) => entry.count))
  return (
    <Section
      title="Pipeline"
      aside={
        <span className="text-sm text-ink-faint">
          {complete ? `All ${items.length}` : `The ${items.length} loaded so far`}
        </span>
      }
    >
      <ul className="space-y-1.5">
        {counts.map(({ stage, count }) => (
          <li
            key={stage.id}
            className="grid grid-cols-[minmax(0,11rem)_1fr_auto] items-center gap-3"
          >
            <span className="min-w-0 justify-self-start">
              <StageBadge value={stage} />
            </span>
            <span aria-hidden="true" className="h-2 rounded-full bg-surface-line">
              <span
                className="block h-2 rounded-full bg-link"
                style={{ width: `${(count / largest) * 100}%` }}
              />
            </span>
            <span className="text-sm text-ink tabular-nums">{count}</span>
          </li>
        ))}
      </ul>
    </Section>
  )
}

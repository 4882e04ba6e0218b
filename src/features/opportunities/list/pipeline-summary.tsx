import { Link } from 'react-router'
import { Section } from '../../../components/section'
import { StageBadge, stageLabel } from '../fields/stage-badge'
import type { StageCount } from './facet-counts'
import { listViewSearch, type ListView } from './list-view'

type PipelineSummaryProps = {
  /** Loaded opportunities per stage, in pipeline order. */
  counts: StageCount[]
  /** How many opportunities are loaded. */
  loaded: number
  complete: boolean
  /** The list's view: each stage links to it filtered to that stage (or back, if it is). */
  view: ListView
}

/**
 * Opportunities per stage as a small bar chart (plain CSS: a chart library would weigh more
 * than the whole list). Spott has no server-side counts, so it says what it was counted over.
 */
export function PipelineSummary({ counts, loaded, complete, view }: PipelineSummaryProps) {
  const largest = Math.max(1, ...counts.map((entry) => entry.count))
  return (
    <Section
      title="Pipeline"
      aside={
        <span className="text-sm text-ink-faint">
          {complete ? `All ${loaded}` : `The ${loaded} loaded so far`}
        </span>
      }
    >
      <ul className="flex flex-wrap gap-2 md:block md:space-y-0.5">
        {counts.map(({ stage, count }) => {
          const active = view.stage === stage.id
          const target = { ...view, stage: active ? null : stage.id }
          return (
            <li key={stage.id}>
              <Link
                to={{ search: listViewSearch(target) }}
                aria-current={active ? 'true' : undefined}
                title={active ? 'Show every stage' : `Show only ${stageLabel(stage)}`}
                className="inline-flex items-center gap-1.5 rounded-lg p-1 hover:bg-surface-sunken aria-[current]:bg-surface-sunken aria-[current]:ring-1 aria-[current]:ring-link md:-mx-2 md:grid md:grid-cols-[minmax(0,11rem)_1fr_auto] md:gap-3 md:px-2"
              >
                <span className="min-w-0 justify-self-start">
                  <StageBadge value={stage} />
                </span>
                <span
                  aria-hidden="true"
                  className="hidden h-2 rounded-full bg-surface-line md:block"
                >
                  <span
                    className="block h-2 rounded-full bg-link"
                    style={{ width: `${(count / largest) * 100}%` }}
                  />
                </span>
                <span className="text-sm text-ink tabular-nums">{count}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </Section>
  )
}

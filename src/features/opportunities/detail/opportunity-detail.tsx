import type { ReactNode } from 'react'
import { memo, useId } from 'react'
import { Section } from '../../../components/section'
import type { FieldKey, Opportunity } from '../api/opportunity-schema'
import { CustomAttributesTable } from '../fields/custom-attributes-table'
import { FieldView } from '../fields/field-registry'
import { COLUMNS, FACT_CELL, FACTS_GRID, MAIN_COLUMN, SIDE_COLUMN } from './detail-layout'

const FACTS: { label: string; field: FieldKey }[] = [
  { label: 'Stage', field: 'stage' },
  { label: 'Company', field: 'company' },
  { label: 'Owner', field: 'owner' },
  { label: 'Close date', field: 'closeDate' },
  { label: 'Created', field: 'createdAt' },
]

/**
 * The whole record, laid out so the facts a salesperson scans for come first. Drawn again only
 * when its props change: opening a page prepared ahead does not redraw the record.
 */
export const OpportunityDetail = memo(function OpportunityDetail({
  opportunity,
  actions,
}: {
  opportunity: Opportunity
  /** Sharing and freshness, right under the name. */
  actions?: ReactNode
}) {
  return (
    <article className="space-y-5">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight break-words text-ink sm:text-3xl">
          <FieldView opportunity={opportunity} field="name" />
        </h1>
        {actions}
      </div>

      <dl className={FACTS_GRID}>
        {FACTS.map(({ label, field }) => (
          <Fact key={field} label={label}>
            <FieldView opportunity={opportunity} field={field} />
          </Fact>
        ))}
      </dl>

      <div className={COLUMNS}>
        <div className={MAIN_COLUMN}>
          <Section title="Description">
            <FieldView opportunity={opportunity} field="description" />
          </Section>
          <Section
            title="Client team"
            id="client-team"
            aside={
              <span className="text-sm text-ink-faint">
                {countOf(opportunity.clientTeam.value.length, 'person', 'people')}
              </span>
            }
          >
            <FieldView opportunity={opportunity} field="clientTeam" />
          </Section>
          <Section title="Custom attributes" id="custom-attributes">
            <CustomAttributesTable attributes={opportunity.customAttributes} />
          </Section>
        </div>
        <div className={SIDE_COLUMN}>
          <Section title="Next task" id="next-task">
            <FieldView opportunity={opportunity} field="nextTaskDue" />
          </Section>
        </div>
      </div>
    </article>
  )
})

const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const labelId = useId()
  return (
    <div className={FACT_CELL}>
      <dt id={labelId} className="text-xs font-medium tracking-wide text-ink-faint uppercase">
        {label}
      </dt>
      <dd aria-labelledby={labelId} className="mt-1 min-w-0 text-sm break-words text-ink">
        {children}
      </dd>
    </div>
  )
}

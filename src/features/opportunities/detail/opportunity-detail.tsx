import type { ReactNode } from 'react'
import { useId } from 'react'
import { Section } from '../../../components/section'
import type { FieldKey, Opportunity } from '../api/opportunity-schema'
import { CustomAttributesTable } from '../fields/custom-attributes-table'
import { FieldView } from '../fields/field-registry'

const FACTS: { label: string; field: FieldKey }[] = [
  { label: 'Stage', field: 'stage' },
  { label: 'Company', field: 'company' },
  { label: 'Owner', field: 'owner' },
  { label: 'Close date', field: 'closeDate' },
  { label: 'Created', field: 'createdAt' },
]

/** The whole record, laid out so the facts a salesperson scans for come first. */
export function OpportunityDetail({ opportunity }: { opportunity: Opportunity }) {
  return (
    <article className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight break-words text-ink sm:text-3xl">
        <FieldView opportunity={opportunity} field="name" />
      </h1>

      <dl className="grid grid-cols-1 gap-px overflow-hidden rounded-xl bg-surface-line shadow-sm ring-1 ring-surface-line sm:grid-cols-2 lg:grid-cols-5">
        {FACTS.map(({ label, field }) => (
          <Fact key={field} label={label}>
            <FieldView opportunity={opportunity} field={field} />
          </Fact>
        ))}
      </dl>

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
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
        <div className="order-first min-w-0 space-y-5 lg:order-none">
          <Section title="Next task" id="next-task">
            <FieldView opportunity={opportunity} field="nextTaskDue" />
          </Section>
        </div>
      </div>
    </article>
  )
}

const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const labelId = useId()
  return (
    <div className="min-w-0 bg-surface px-4 py-3">
      <dt id={labelId} className="text-xs font-medium tracking-wide text-ink-faint uppercase">
        {label}
      </dt>
      <dd aria-labelledby={labelId} className="mt-1 min-w-0 text-sm break-words text-ink">
        {children}
      </dd>
    </div>
  )
}

import type { ComponentType } from 'react'
import {
  FIELD_VIEW_TYPES,
  type FieldKey,
  type FieldViewType,
  type Opportunity,
} from '../api/opportunity-schema'
import { ClientTeamField } from './client-team-field'
import { CompanyField } from './company-field'
import { CloseDateField, CreatedAtField } from './date-fields'
import { DescriptionField } from './description-field'
import { FallbackValue } from './fallback-value'
import { NameField } from './name-field'
import { NextTaskField } from './next-task-field'
import { OwnerField } from './owner-field'
import { StageField } from './stage-field'

type ValueOfViewType<V extends FieldViewType> = {
  [K in FieldKey]: (typeof FIELD_VIEW_TYPES)[K] extends V ? Opportunity[K]['value'] : never
}[FieldKey]

type FieldRendererProps<V extends FieldViewType> = {
  value: ValueOfViewType<V>
  opportunity: Opportunity
}

/**
 * One component per opportunity viewType. `satisfies` makes a viewType without a renderer
 * a compile error; a tag this map does not know goes to FallbackValue at run time.
 */
export const fieldRenderers = {
  opportunityName: NameField,
  opportunityDescription: DescriptionField,
  opportunityStage: StageField,
  opportunityCompany: CompanyField,
  opportunityOwner: OwnerField,
  opportunityCloseDate: CloseDateField,
  opportunityCreatedAt: CreatedAtField,
  opportunityClientTeam: ClientTeamField,
  opportunityNextTaskDue: NextTaskField,
} satisfies { [V in FieldViewType]: ComponentType<FieldRendererProps<V>> }

/** Renders one field of an opportunity with the component its viewType names. */
export function FieldView({ opportunity, field }: { opportunity: Opportunity; field: FieldKey }) {
  const { viewType, value } = opportunity[field]
  if (viewType !== FIELD_VIEW_TYPES[field]) {
    return (
      <span title={`Shown as plain data: Spott sent the unfamiliar view type "${viewType}"`}>
        <FallbackValue value={value} />
      </span>
    )
  }
  const Renderer = fieldRenderers[FIELD_VIEW_TYPES[field]] as ComponentType<{
    value: unknown
    opportunity: Opportunity
  }>
  return <Renderer value={value} opportunity={opportunity} />
}

import { render, screen, within } from '@testing-library/react'
import {
  demoOpportunity,
  demoRecord,
  INTERNATIONAL_ID,
  SHOWCASE_ID,
} from '../../../test/demo-opportunity'
import { wrapperOf } from '../../../test/opportunity-json'
import { expectReadableText } from '../../../test/readable-text'
import {
  FIELD_VIEW_TYPES,
  opportunitySchema,
  type FieldKey,
  type Opportunity,
} from '../api/opportunity-schema'
import { FieldView, fieldRenderers } from './field-registry'

const showcase = demoOpportunity(SHOWCASE_ID)

function renderField(opportunity: Opportunity, field: FieldKey) {
  const view = render(<FieldView opportunity={opportunity} field={field} />)
  expectReadableText(view.container)
  return view.container
}

/** The demo record with one wrapper re-tagged, parsed as the app would. */
function retagged(field: FieldKey, viewType: string, id = SHOWCASE_ID): Opportunity {
  const record = demoRecord(id)
  return opportunitySchema.parse({ ...record, [field]: { ...wrapperOf(record, field), viewType } })
}

/** What only each field's own component shows: the fallback or another renderer would fail. */
const OWN_COMPONENT: Record<FieldKey, (container: HTMLElement) => void> = {
  name: (container) => {
    expect(container.textContent).toBe(showcase.name.value)
  },
  description: (container) => {
    const paragraph = container.querySelector('p')
    expect(paragraph?.textContent).toBe(showcase.description.value)
    expect(paragraph).toHaveClass('whitespace-pre-line')
  },
  stage: (container) => {
    const badge = container.querySelector('[data-stage-outcome]')
    expect(badge).toHaveAttribute('data-stage-outcome', 'open')
    expect(badge).toHaveTextContent(showcase.stage.value.name)
  },
  company: (container) => {
    expect(container.textContent).toBe(showcase.company.value.name)
  },
  owner: () => {
    expect(screen.getByText(showcase.owner.value!.name)).toBeInTheDocument()
    expect(screen.getByTestId('avatar')).toBeInTheDocument()
    expect(screen.queryByRole('term')).not.toBeInTheDocument()
  },
  closeDate: (container) => {
    expect(container.querySelector('time')).toHaveAttribute(
      'datetime',
      showcase.closeDate.value!.target,
    )
    expect(screen.getByText('Overdue')).toBeInTheDocument()
  },
  createdAt: (container) => {
    expect(container.querySelector('time')).toHaveAttribute('datetime', showcase.createdAt.value)
    expect(container.textContent).toContain(' · ')
  },
  clientTeam: () => {
    const cards = screen.getAllByRole('article')
    expect(cards).toHaveLength(showcase.clientTeam.value.length)
    expect(within(cards[0]!).getByRole('heading', { level: 3 })).toHaveTextContent(
      'María José García López',
    )
  },
  nextTaskDue: (container) => {
    expect(container).toHaveTextContent(showcase.nextTaskDue.value!.content!)
    expect(screen.getByText('Overdue')).toBeInTheDocument()
  },
}

test('every field viewType has a renderer', () => {
  expect(Object.keys(fieldRenderers).sort()).toEqual(Object.values(FIELD_VIEW_TYPES).sort())
})

test.each(Object.keys(FIELD_VIEW_TYPES) as FieldKey[])(
  '%s is rendered by its own component',
  (field) => {
    const container = renderField(showcase, field)
    expect(container.querySelector('[title^="Shown as plain data"]')).not.toBeInTheDocument()
    OWN_COMPONENT[field](container)
  },
)

test('an untagged field is rendered by the component of its expected viewType', () => {
  const record = demoRecord(SHOWCASE_ID)
  const opportunity = opportunitySchema.parse({
    ...record,
    stage: { stage: showcase.stage.value },
  })

  const container = renderField(opportunity, 'stage')

  expect(container.querySelector('[data-stage-outcome="open"]')).toBeInTheDocument()
})

describe('an unknown viewType on a wrapper falls back to showing the value as data', () => {
  const fallbackOf = (container: HTMLElement, viewType: string) => {
    const wrapper = container.querySelector('[title^="Shown as plain data"]')
    expect(wrapper).toHaveAttribute('title', expect.stringContaining(`"${viewType}"`))
    return wrapper as HTMLElement
  }

  test('an object (owner) as labelled fields, without the owner component', () => {
    const container = renderField(retagged('owner', 'opportunityOwnerV2'), 'owner')

    const fallback = fallbackOf(container, 'opportunityOwnerV2')
    const terms = within(fallback)
      .getAllByRole('term')
      .map((term) => term.textContent)
    expect(terms).toEqual(['Id', 'Name', 'Avatar url', 'Deactivated at'])
    expect(within(fallback).getByText(showcase.owner.value!.name)).toBeInTheDocument()
    expect(within(fallback).getByText('Not set')).toBeInTheDocument()
    expect(screen.queryByTestId('avatar')).not.toBeInTheDocument()
  })

  test('a date (createdAt) as a date', () => {
    const container = renderField(retagged('createdAt', 'timestamp'), 'createdAt')

    const time = fallbackOf(container, 'timestamp').querySelector('time')
    expect(time).toHaveAttribute('datetime', showcase.createdAt.value)
  })

  test('a closed stage as its fields, with the flag as Yes/No', () => {
    const opportunity = retagged('stage', 'pipelineStage', INTERNATIONAL_ID)
    const container = renderField(opportunity, 'stage')

    const fallback = fallbackOf(container, 'pipelineStage')
    expect(fallback).toHaveTextContent(opportunity.stage.value.name)
    expect(fallback).toHaveTextContent(/Is open\s*No/)
  })

  test('a list of people (clientTeam) as chips, readable all the way down', () => {
    const container = renderField(retagged('clientTeam', 'people'), 'clientTeam')

    const fallback = fallbackOf(container, 'people')
    expect(within(fallback).getAllByRole('listitem').length).toBeGreaterThanOrEqual(
      showcase.clientTeam.value.length,
    )
    expect(fallback).toHaveTextContent('maria.garcia@northwind.example')
  })

  test('an empty value (no next task) as the placeholder', () => {
    const container = renderField(retagged('nextTaskDue', 'task', INTERNATIONAL_ID), 'nextTaskDue')
    expect(fallbackOf(container, 'task')).toHaveTextContent('Not set')
  })

  test('text (name) as text', () => {
    const container = renderField(retagged('name', 'title'), 'name')
    expect(fallbackOf(container, 'title')).toHaveTextContent(showcase.name.value)
  })
})

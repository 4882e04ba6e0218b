import { fireEvent, render, screen, within } from '@testing-library/react'
import {
  demoOpportunity,
  INTERNATIONAL_ID,
  LONG_CONTENT_ID,
  MINIMAL_ID,
  SHOWCASE_ID,
} from '../../../test/demo-opportunity'
import { expectReadableText } from '../../../test/readable-text'
import { OpportunityDetail } from './opportunity-detail'

const FACTS = ['Stage', 'Company', 'Owner', 'Close date', 'Created']
const SECTIONS = ['Description', 'Client team', 'Next task', 'Custom attributes']

/** Renders a demo record parsed as the app parses it; every render must read cleanly. */
function renderDetail(id: string) {
  const opportunity = demoOpportunity(id)
  const { container } = render(<OpportunityDetail opportunity={opportunity} />)
  expectReadableText(container)
  return opportunity
}

const fact = (label: string) => screen.getByRole('definition', { name: label })
const section = (name: string) => screen.getByRole('region', { name })

describe('landmarks', () => {
  test('the h1 is the opportunity name', () => {
    const opportunity = renderDetail(SHOWCASE_ID)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(opportunity.name.value)
  })

  test('the facts are labelled: Stage, Company, Owner, Close date, Created', () => {
    const opportunity = renderDetail(SHOWCASE_ID)

    for (const label of FACTS) expect(fact(label)).toBeInTheDocument()
    expect(fact('Stage')).toHaveTextContent(opportunity.stage.value.name)
    expect(fact('Company')).toHaveTextContent(opportunity.company.value.name)
    expect(fact('Owner')).toHaveTextContent('Dana Reyes')
    expect(within(fact('Close date')).getByText(/\d/, { selector: 'time' })).toBeInTheDocument()
    expect(fact('Created').querySelector('time')).toHaveAttribute(
      'datetime',
      opportunity.createdAt.value,
    )
  })

  test('the sections are h2 headings naming their regions', () => {
    renderDetail(SHOWCASE_ID)

    for (const name of SECTIONS) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument()
      expect(section(name)).toBeInTheDocument()
    }
  })
})

describe('client team', () => {
  test('emails are mailto: links and phone numbers tel: links', () => {
    renderDetail(SHOWCASE_ID)
    const team = section('Client team')

    const emails = within(team).getAllByRole('list', { name: 'Emails' })
    const emailLinks = emails.flatMap((list) => within(list).getAllByRole('link'))
    expect(emailLinks.length).toBeGreaterThanOrEqual(4)
    for (const link of emailLinks) {
      expect(link).toHaveAttribute('href', `mailto:${link.textContent}`)
    }

    const phones = within(team).getAllByRole('list', { name: 'Phone numbers' })
    const phoneLinks = phones.flatMap((list) => within(list).getAllByRole('link'))
    expect(phoneLinks.length).toBeGreaterThanOrEqual(3)
    for (const link of phoneLinks) {
      expect(link.getAttribute('href')).toMatch(/^tel:\+?\d+$/)
    }
    expect(within(team).getByRole('link', { name: '+44 20 7946 0321' })).toHaveAttribute(
      'href',
      'tel:+442079460321',
    )
  })

  test('the primary email and phone are marked and listed first', () => {
    renderDetail(SHOWCASE_ID)
    const maria = screen.getByRole('article', { name: 'María José García López' })

    const [firstEmail, secondEmail] = within(
      within(maria).getByRole('list', { name: 'Emails' }),
    ).getAllByRole('listitem')
    expect(firstEmail).toHaveTextContent('maria.garcia@northwind.example')
    expect(firstEmail).toHaveTextContent('Primary')
    expect(secondEmail).toHaveTextContent('mjgarcia.lopez@example.com')
    expect(secondEmail).not.toHaveTextContent('Primary')

    const [firstPhone] = within(
      within(maria).getByRole('list', { name: 'Phone numbers' }),
    ).getAllByRole('listitem')
    expect(firstPhone).toHaveTextContent('+44 20 7946 0321')
    expect(firstPhone).toHaveTextContent('Primary')
  })

  test('full names follow Spott order and a contact without an avatar shows initials', () => {
    renderDetail(SHOWCASE_ID)

    const james = screen.getByRole('article', { name: 'James Whitfield' })
    expect(within(james).getByRole('heading', { level: 3 })).toHaveTextContent('James Whitfield')
    expect(within(james).getByText('JW')).toBeInTheDocument()
  })
})

describe('owner', () => {
  test('a deactivated owner is marked "Deactivated"', () => {
    renderDetail(INTERNATIONAL_ID)
    expect(fact('Owner')).toHaveTextContent('Deactivated')
  })

  test('an active owner is not', () => {
    renderDetail(SHOWCASE_ID)
    expect(fact('Owner')).not.toHaveTextContent('Deactivated')
  })

  test('an owner without an avatar shows initials', () => {
    renderDetail(LONG_CONTENT_ID)

    const owner = fact('Owner')
    expect(owner).toHaveTextContent('Priya Natarajan')
    expect(within(owner).getByText('PN')).toBeInTheDocument()
    expect(owner.querySelector('img')).not.toBeInTheDocument()
  })

  test('an avatar image that fails to load is replaced by initials', () => {
    renderDetail(SHOWCASE_ID)
    const owner = fact('Owner')
    const image = owner.querySelector('img')
    expect(image).toHaveAttribute('src', expect.stringMatching(/^http.*person-01\.svg$/))
    expect(within(owner).queryByText('DR')).not.toBeInTheDocument()

    fireEvent.error(image!)

    expect(owner.querySelector('img')).not.toBeInTheDocument()
    expect(within(owner).getByText('DR')).toBeInTheDocument()
  })
})

describe('"Overdue"', () => {
  test('a past close date on an open stage and a past next task are overdue', () => {
    renderDetail(SHOWCASE_ID)

    expect(fact('Close date')).toHaveTextContent('Overdue')
    expect(section('Next task')).toHaveTextContent('Overdue')
  })

  test('a past close date on a closed stage is not', () => {
    const opportunity = renderDetail(INTERNATIONAL_ID)

    expect(opportunity.stage.value.isOpen).toBe(false)
    expect(fact('Close date')).not.toHaveTextContent('Overdue')
  })

  test('future dates are not', () => {
    renderDetail(LONG_CONTENT_ID)

    expect(fact('Close date')).not.toHaveTextContent('Overdue')
    expect(fact('Close date')).toHaveTextContent(/Closes in/)
    expect(section('Next task')).not.toHaveTextContent('Overdue')
  })
})

describe('custom attributes and AI provenance', () => {
  const attributes = demoOpportunity(SHOWCASE_ID).customAttributes
  const aiFlagged = attributes
    .filter((item) => item.isFilledByAI || item.aiFillOngoing || item.aiOverridden)
    .map((item) => item.label)

  function attributeRows() {
    return within(section('Custom attributes'))
      .getAllByRole('row')
      .filter((row) => within(row).queryByRole('rowheader'))
  }

  test('an AI badge, whose accessible text says "AI", appears exactly on AI-flagged attributes', () => {
    renderDetail(SHOWCASE_ID)
    const rows = attributeRows()
    expect(rows).toHaveLength(attributes.length)
    expect(aiFlagged.length).toBeGreaterThanOrEqual(3)

    for (const row of rows) {
      const label = within(row).getByRole('rowheader').textContent ?? ''
      const value = within(row).getByRole('cell')
      if (aiFlagged.includes(label)) expect(value, label).toHaveTextContent(/AI/)
      else expect(value, label).not.toHaveTextContent(/AI/)
    }
  })

  test('an AI fill in progress is a status', () => {
    renderDetail(SHOWCASE_ID)

    const filling = attributeRows().find(
      (row) => within(row).getByRole('rowheader').textContent === 'AI culture-fit notes',
    )!
    // Besides each row's (empty) copy confirmation, only fills in progress are live regions.
    const aiStatuses = (scope: HTMLElement) =>
      within(scope)
        .getAllByRole('status')
        .filter((status) => status.textContent !== '')
    expect(aiStatuses(filling)).toHaveLength(1)
    expect(aiStatuses(filling)[0]).toHaveTextContent(/AI/)
    const section = screen.getByRole('region', { name: 'Custom attributes' })
    expect(aiStatuses(section)).toHaveLength(attributes.filter((item) => item.aiFillOngoing).length)
  })
})

test('the description keeps its line breaks', () => {
  const opportunity = renderDetail(SHOWCASE_ID)

  const description = within(section('Description')).getByText(/Northwind is replacing/)
  expect(description.textContent).toBe(opportunity.description.value)
  expect(description.textContent).toContain('\n')
  expect(description).toHaveClass('whitespace-pre-line')
})

test('the minimal record (nulls, no viewType tags) shows placeholders', () => {
  const opportunity = renderDetail(MINIMAL_ID)

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(opportunity.name.value)
  expect(fact('Stage')).toHaveTextContent(opportunity.stage.value.name)
  expect(fact('Company')).toHaveTextContent(opportunity.company.value.name)
  expect(fact('Owner')).toHaveTextContent('No owner')
  expect(fact('Close date')).toHaveTextContent('No close date')
  expect(fact('Created').querySelector('time')).toBeInTheDocument()
  expect(section('Description')).toHaveTextContent('No description')
  expect(section('Client team')).toHaveTextContent('No client contacts on this opportunity')
  expect(section('Next task')).toHaveTextContent('No open task')
  expect(section('Custom attributes')).toHaveTextContent('No custom attributes')
})

test.each([INTERNATIONAL_ID, LONG_CONTENT_ID])('%s renders without broken text', (id) => {
  const opportunity = renderDetail(id)
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(opportunity.name.value)
})

import { render, screen, within } from '@testing-library/react'
import { tag } from '../../../../mock-spott/builders'
import { expectReadableText } from '../../../test/readable-text'
import { largeAccountOpportunity, parsedAttribute } from '../../../test/records'
import type { CustomAttribute } from '../api/opportunity-schema'
import { CustomAttributesTable } from './custom-attributes-table'

function renderTable(attributes: CustomAttribute[]) {
  const { container } = render(<CustomAttributesTable attributes={attributes} />)
  expectReadableText(container)
  return container
}

/** Body rows: each labelled by a row header (the header row has column headers instead). */
const attributeRows = () =>
  screen.getAllByRole('row').filter((row) => within(row).queryByRole('rowheader'))

test('a table with column headers Attribute and Value', () => {
  renderTable([
    parsedAttribute({ label: 'Seniority', value: tag('customSelect', 'selected', 'Lead') }),
  ])

  expect(screen.getByRole('table')).toBeInTheDocument()
  expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
    'Attribute',
    'Value',
  ])
  const [row] = attributeRows()
  expect(within(row!).getByRole('rowheader')).toHaveTextContent('Seniority')
  expect(within(row!).getByRole('cell')).toHaveTextContent('Lead')
})

test('100 custom attributes are 100 rows, each with a row header naming it', () => {
  const attributes = largeAccountOpportunity().customAttributes
  expect(attributes).toHaveLength(100)
  renderTable(attributes)

  const rows = attributeRows()
  expect(rows).toHaveLength(100)
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
    attributes.map((attribute) => attribute.label),
  )
  for (const row of rows) expect(within(row).getByRole('cell')).not.toBeEmptyDOMElement()
})

test('every AI flag shows its badge on its own row', () => {
  const attributes = largeAccountOpportunity().customAttributes
  renderTable(attributes)

  const rows = attributeRows()
  attributes.forEach((attribute, index) => {
    const cell = within(rows[index]!).getByRole('cell')
    // The row's copy-link confirmation is an empty live region until used; AI fills are not.
    const filling = within(cell)
      .queryAllByRole('status')
      .filter((status) => status.textContent !== '')
    expect(filling.length === 1, attribute.label ?? '').toBe(attribute.aiFillOngoing)
    const badged = attribute.aiFillOngoing || attribute.aiOverridden || attribute.isFilledByAI
    expect(cell.textContent?.includes('AI'), attribute.label ?? '').toBe(badged)
  })
})

describe('options', () => {
  test('are listed under the value when Spott sends them', () => {
    renderTable([
      parsedAttribute({
        label: 'Seniority',
        value: tag('customSelect', 'selected', 'Executive'),
        options: ['Mid-level', 'Senior', 'Executive'],
      }),
    ])

    expect(screen.getByText('Options: Mid-level · Senior · Executive')).toHaveClass('break-words')
  })

  test.each([
    ['missing', {}],
    ['empty', { options: [] }],
    ['malformed', { options: 'Senior, Executive' }],
  ])('are not mentioned when %s', (_case, raw) => {
    const container = renderTable([
      parsedAttribute({ label: 'Seniority', value: tag('customSelect', 'selected', 'Lead') }, raw),
    ])
    expect(container).not.toHaveTextContent('Options')
  })
})

test('an empty value is "Not set", an AI fill in progress beside it', () => {
  renderTable([parsedAttribute({ label: 'AI culture-fit notes', value: null, ai: 'ongoing' })])

  const cell = within(attributeRows()[0]!).getByRole('cell')
  expect(within(cell).getByText('Not set')).toHaveClass('italic')
  expect(within(cell).getByText('AI filling…').closest('[role="status"]')).not.toBeNull()
})

test.each([null, '', '   '])('a label %j reads "Unnamed attribute"', (label) => {
  renderTable([parsedAttribute({ value: tag('customText', 'text', 'x') }, { label })])
  expect(within(attributeRows()[0]!).getByRole('rowheader')).toHaveTextContent('Unnamed attribute')
})

test('no attributes is a quiet placeholder, not an empty table', () => {
  const container = renderTable([])

  expect(container.textContent).toBe('No custom attributes')
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
})

test('long labels and values wrap', () => {
  const word = 'y'.repeat(300)
  renderTable([parsedAttribute({ label: word, value: tag('customText', 'text', word) })])

  const [row] = attributeRows()
  expect(within(row!).getByRole('rowheader')).toHaveClass('break-words')
  expect(within(row!).getByText(word, { selector: 'span' })).toHaveClass('break-words')
})

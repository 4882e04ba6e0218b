import { render, screen } from '@testing-library/react'
import { expectReadableText } from '../../../test/readable-text'
import { DescriptionField } from './description-field'

function renderDescription(value: string | null) {
  const { container } = render(<DescriptionField value={value} />)
  expectReadableText(container)
  return container
}

test('2,000 characters are shown in full, wrapping, with their line breaks', () => {
  const sentence = 'Supervisors who have run night shifts in high-volume fulfilment. '
  const text = `${'A'.repeat(300)}\n\n${sentence.repeat(40)}`.slice(0, 2_000)
  expect(text).toHaveLength(2_000)

  const container = renderDescription(text)

  const paragraph = container.querySelector('p')
  expect(paragraph?.textContent).toBe(text)
  expect(paragraph).toHaveClass('break-words', 'whitespace-pre-line')
})

test('a 300-character unbroken word wraps', () => {
  renderDescription(`See ${'x'.repeat(300)}`)
  expect(screen.getByText(/^See x+$/)).toHaveClass('break-words')
})

test.each([null, '', '  \n '])('%j is the "No description" placeholder', (value) => {
  const container = renderDescription(value)

  expect(container.textContent).toBe('No description')
  expect(screen.getByText('No description')).toHaveClass('italic')
})

import { render, screen } from '@testing-library/react'
import { expectReadableText } from '../../../test/readable-text'
import { parsedStage } from '../../../test/records'
import { StageField } from './stage-field'

test('an open stage shows its badge and where it stands in the pipeline', () => {
  const { container } = render(
    <StageField value={parsedStage({ name: 'Terms negotiation', order: 4, isOpen: true })} />,
  )
  expectReadableText(container)

  const badge = screen.getByText('Terms negotiation')
  expect(badge).toHaveAttribute('data-stage-outcome', 'open')
  expect(badge).toHaveClass('bg-stage-4-soft')
  expect(
    screen.getByRole('img', { name: 'Step 4 of the pipeline, still open' }),
  ).toBeInTheDocument()
})

test('a closed-won stage shows the won badge and where it closed', () => {
  const { container } = render(
    <StageField value={parsedStage({ name: 'Closed won', order: 6, isOpen: false })} />,
  )
  expectReadableText(container)

  const badge = container.querySelector('[data-stage-outcome]')
  expect(badge).toHaveAttribute('data-stage-outcome', 'won')
  expect(badge).toHaveClass('bg-stage-won')
  expect(screen.getByRole('img', { name: 'Closed at step 6' })).toBeInTheDocument()
})

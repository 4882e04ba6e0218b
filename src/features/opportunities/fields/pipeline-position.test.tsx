import { render, screen } from '@testing-library/react'
import { expectReadableText } from '../../../test/readable-text'
import { parsedStage } from '../../../test/records'
import type { Stage } from '../api/opportunity-schema'
import { PipelinePosition } from './pipeline-position'

function renderPosition(stage: Partial<Stage>) {
  const { container } = render(<PipelinePosition stage={parsedStage(stage)} />)
  expectReadableText(container)
  return container
}

test.each([1, 3, 6])(
  'an open stage at order %i is "Step %i of the pipeline, still open"',
  (order) => {
    renderPosition({ order, isOpen: true })

    const indicator = screen.getByRole('img', { name: `Step ${order} of the pipeline, still open` })
    expect(indicator).toHaveAttribute('title', `Step ${order} of the pipeline, still open`)
  },
)

test.each([
  ['Closed won', 6],
  ['Closed lost', 7],
  ['Archived', 4],
])('a closed stage "%s" at order %i is "Closed at step %i"', (name, order) => {
  renderPosition({ name, order, isOpen: false })
  expect(screen.getByRole('img', { name: `Closed at step ${order}` })).toBeInTheDocument()
})

test('an open stage draws one segment per step so far, plus one hollow segment ahead', () => {
  renderPosition({ order: 4, isOpen: true })

  const segments = Array.from(screen.getByRole('img').children)
  expect(segments).toHaveLength(5)
  expect(segments.slice(0, 4).every((segment) => segment.classList.contains('bg-link'))).toBe(true)
  expect(segments[4]).toHaveClass('ring-1')
  expect(segments[4]).not.toHaveClass('bg-link')
})

test.each([
  ['Closed won', 'bg-stage-won'],
  ['Closed lost', 'bg-stage-lost'],
  ['Archived', 'bg-stage-closed'],
])('a closed stage "%s" fills every segment with %s and has none ahead', (name, tone) => {
  renderPosition({ name, order: 3, isOpen: false })

  const segments = Array.from(screen.getByRole('img').children)
  expect(segments).toHaveLength(3)
  for (const segment of segments) expect(segment).toHaveClass(tone)
})

test('a very late stage keeps its number in the label but draws a bounded number of segments', () => {
  renderPosition({ order: 40, isOpen: true })

  const indicator = screen.getByRole('img', { name: 'Step 40 of the pipeline, still open' })
  expect(indicator.children.length).toBeLessThanOrEqual(13)
})

test.each([0, -3])('order %i counts as the first step', (order) => {
  renderPosition({ order, isOpen: true })
  expect(
    screen.getByRole('img', { name: 'Step 1 of the pipeline, still open' }),
  ).toBeInTheDocument()
})

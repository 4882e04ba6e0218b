import { cleanup, render } from '@testing-library/react'
import { expectReadableText, spokenText } from '../../../test/readable-text'
import { parsedStage } from '../../../test/records'
import type { Stage } from '../api/opportunity-schema'
import { StageBadge, stageOutcome } from './stage-badge'

function renderBadge(stage: Partial<Stage>) {
  const { container } = render(<StageBadge value={parsedStage(stage)} />)
  expectReadableText(container)
  const badge = container.querySelector<HTMLElement>('[data-stage-outcome]')
  expect(badge).toBeInTheDocument()
  return badge!
}

const OUTCOME_TONES = ['bg-stage-won', 'bg-stage-lost', 'bg-stage-closed']
const openTones = (badge: HTMLElement) =>
  Array.from(badge.classList).filter((name) => /^bg-stage-\d+-soft$/.test(name))

describe('an open stage takes its tone from its order', () => {
  test.each([1, 2, 3, 4, 5, 6])('order %i has its own tone', (order) => {
    const badge = renderBadge({ order, isOpen: true })

    expect(badge).toHaveAttribute('data-stage-outcome', 'open')
    expect(openTones(badge)).toEqual([`bg-stage-${order}-soft`])
    expect(badge).toHaveClass(`text-stage-${order}-strong`)
  })

  test.each([7, 8, 12, 100])('order %i clamps to the last tone, bg-stage-6-soft', (order) => {
    expect(openTones(renderBadge({ order, isOpen: true }))).toEqual(['bg-stage-6-soft'])
  })

  test.each([0, -2])('order %i uses the first tone', (order) => {
    expect(openTones(renderBadge({ order, isOpen: true }))).toEqual(['bg-stage-1-soft'])
  })

  test('an open stage is never coloured as an outcome, whatever its name', () => {
    for (const name of ['Closed won', 'Lost', 'Placed', 'Cancelled', 'Archived']) {
      const badge = renderBadge({ name, isOpen: true, order: 2 })
      expect(badge, name).toHaveAttribute('data-stage-outcome', 'open')
      for (const tone of OUTCOME_TONES) expect(badge, name).not.toHaveClass(tone)
      expect(spokenText(badge), name).toBe(name)
      cleanup()
    }
  })
})

describe('a closed stage is won, lost or just closed, by its name only', () => {
  test.each([
    ['Closed won', 'won', 'bg-stage-won'],
    ['Placed', 'won', 'bg-stage-won'],
    ['Won', 'won', 'bg-stage-won'],
    ['Candidate hired', 'won', 'bg-stage-won'],
    ['Lost', 'lost', 'bg-stage-lost'],
    ['Closed lost', 'lost', 'bg-stage-lost'],
    ['Cancelled', 'lost', 'bg-stage-lost'],
    ['Canceled', 'lost', 'bg-stage-lost'],
    ['Withdrawn by client', 'lost', 'bg-stage-lost'],
    ['Archived', 'closed', 'bg-stage-closed'],
    ['Closed', 'closed', 'bg-stage-closed'],
    ['Wonderful', 'closed', 'bg-stage-closed'],
  ])('"%s" is %s (%s)', (name, outcome, tone) => {
    const badge = renderBadge({ name, order: 6, isOpen: false })

    expect(badge).toHaveAttribute('data-stage-outcome', outcome)
    expect(badge).toHaveClass(tone)
    for (const other of OUTCOME_TONES.filter((item) => item !== tone)) {
      expect(badge).not.toHaveClass(other)
    }
    expect(openTones(badge)).toEqual([])
  })

  test('says "(closed)" to screen readers after the name', () => {
    const badge = renderBadge({ name: 'Archived', isOpen: false })
    expect(spokenText(badge)).toBe('Archived (closed)')
    expect(badge.querySelector('.sr-only')).toHaveTextContent('(closed)')
  })

  test('the order does not change a closed stage’s colour', () => {
    for (const order of [1, 3, 9]) {
      const badge = renderBadge({ name: 'Closed won', order, isOpen: false })
      expect(badge).toHaveClass('bg-stage-won')
      expect(openTones(badge)).toEqual([])
      cleanup()
    }
  })

  // A negated outcome is not that outcome: recruitment pipelines close deals as "Not placed".
  test.each(['Not placed', 'Not hired', 'Lost – filled internally'])(
    '"%s" is never shown as won',
    (name) => {
      expect(stageOutcome(parsedStage({ name, isOpen: false }))).not.toBe('won')
    },
  )
})

test('a blank name reads "Unnamed stage"', () => {
  expect(spokenText(renderBadge({ name: '' }))).toBe('Unnamed stage')
})

import { render, screen } from '@testing-library/react'
import { parsedAttribute } from '../../../test/records'
import { expectReadableText, spokenText } from '../../../test/readable-text'
import { AiProvenance, aiProvenance } from './ai-provenance'

type Flags = { isFilledByAI?: boolean; aiFillOngoing?: boolean; aiOverridden?: boolean }

function renderProvenance(flags: Flags) {
  const { container } = render(<AiProvenance attribute={parsedAttribute({}, flags)} />)
  expectReadableText(container)
  return container
}

describe('filled by AI', () => {
  test('shows "AI", explains it in a tooltip and says "filled by AI" to screen readers', () => {
    const container = renderProvenance({ isFilledByAI: true })

    const badge = screen.getByTitle('Filled by AI')
    expect(spokenText(badge)).toMatch(/^AI\b/)
    expect(spokenText(badge)).toContain('filled by AI')
    expect(badge.querySelector('.sr-only')).toHaveTextContent('filled by AI')
    expect(container.querySelector('svg[aria-hidden="true"]')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})

describe('AI fill in progress', () => {
  test('is a polite live status reading "AI filling…", with a pulsing dot', () => {
    renderProvenance({ aiFillOngoing: true })

    const status = screen.getByRole('status')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(spokenText(status)).toBe('AI filling…')
    const dot = status.querySelector('[aria-hidden="true"]')
    expect(dot).toHaveClass('animate-pulse', 'motion-reduce:animate-none')
  })
})

describe('AI value overridden by a person', () => {
  test('explains it in a tooltip and its accessible text mentions AI', () => {
    renderProvenance({ isFilledByAI: true, aiOverridden: true })

    const badge = screen.getByTitle('AI value overridden by a person')
    expect(spokenText(badge)).toMatch(/\bAI\b/)
    expect(spokenText(badge)).toContain('AI value overridden by a person')
    expect(screen.queryByTitle('Filled by AI')).not.toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})

test('no flag, no badge', () => {
  expect(renderProvenance({}).childElementCount).toBe(0)
})

describe('precedence: in progress > overridden > filled', () => {
  test.each<[Flags, ReturnType<typeof aiProvenance>]>([
    [{ isFilledByAI: true, aiFillOngoing: true, aiOverridden: true }, 'ongoing'],
    [{ aiFillOngoing: true, aiOverridden: true }, 'ongoing'],
    [{ isFilledByAI: true, aiFillOngoing: true }, 'ongoing'],
    [{ isFilledByAI: true, aiOverridden: true }, 'overridden'],
    [{ aiOverridden: true }, 'overridden'],
    [{ isFilledByAI: true }, 'filled'],
    [{}, null],
  ])('%j is %s', (flags, expected) => {
    expect(aiProvenance(parsedAttribute({}, flags))).toBe(expected)
  })

  test('all three flags render only the in-progress status', () => {
    renderProvenance({ isFilledByAI: true, aiFillOngoing: true, aiOverridden: true })

    expect(screen.getByRole('status')).toHaveTextContent('AI filling…')
    expect(screen.queryByTitle('Filled by AI')).not.toBeInTheDocument()
    expect(screen.queryByTitle('AI value overridden by a person')).not.toBeInTheDocument()
  })

  test('null flags (as some responses send them) are no flag', () => {
    const attribute = parsedAttribute(
      {},
      { isFilledByAI: null, aiFillOngoing: null, aiOverridden: null },
    )
    expect(aiProvenance(attribute)).toBeNull()
  })
})

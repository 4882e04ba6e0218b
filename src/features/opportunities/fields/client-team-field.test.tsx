import { render, screen, within } from '@testing-library/react'
import { fullName } from '../../../lib/person-name'
import { expectReadableText } from '../../../test/readable-text'
import { largeAccountOpportunity } from '../../../test/records'
import { ClientTeamField } from './client-team-field'

test('ten contacts are ten cards, each an article named by the full name', () => {
  const team = largeAccountOpportunity().clientTeam.value
  expect(team).toHaveLength(10)
  const { container } = render(<ClientTeamField value={team} />)
  expectReadableText(container)

  const cards = screen.getAllByRole('article')
  expect(cards).toHaveLength(10)
  expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual(team.map(fullName))
  for (const member of team) {
    const card = screen.getByRole('article', { name: fullName(member) })
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(fullName(member))
    expect(within(card).getAllByRole('button', { name: /^Copy (email|phone) / })).toHaveLength(3)
  }
})

test('no contacts is a quiet placeholder', () => {
  const { container } = render(<ClientTeamField value={[]} />)

  expect(container.textContent).toBe('No client contacts on this opportunity')
  expect(screen.queryByRole('article')).not.toBeInTheDocument()
})

import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { Contact } from '../../../../mock-spott/builders'
import { useSecureContext } from '../../../test/clipboard'
import { expectReadableText } from '../../../test/readable-text'
import { parsedContact } from '../../../test/records'
import type { ClientTeamMember } from '../api/opportunity-schema'
import { ContactCard } from './contact-card'

const MARIA: Contact = {
  first: 'María',
  middle: 'José',
  last: 'García',
  secondLast: 'López',
  title: 'Chief People Officer',
  department: 'People & Culture',
  emails: [
    { purpose: 'personal', email: 'mjgarcia.lopez@example.com', isPrimary: false },
    { purpose: 'work', email: 'maria.garcia@northwind.example', isPrimary: true },
  ],
  phones: [
    { purpose: 'personal', phoneNumber: '+34 612 345 678', isPrimary: false },
    { purpose: 'work', phoneNumber: '+44 20 7946 0321', isPrimary: true },
  ],
}

function renderCard(member: ClientTeamMember) {
  const { container } = render(<ContactCard member={member} />)
  expectReadableText(container)
  return container
}

const card = (name: string) => screen.getByRole('article', { name })
const items = (name: 'Emails' | 'Phone numbers') =>
  within(screen.getByRole('list', { name })).getAllByRole('listitem')

describe('the card', () => {
  test('is an article named by the full name in Spott order, with job title and department', () => {
    renderCard(parsedContact(MARIA))

    const article = card('María José García López')
    expect(within(article).getByRole('heading', { level: 3 })).toHaveTextContent(
      'María José García López',
    )
    expect(article).toHaveTextContent('Chief People Officer · People & Culture')
  })

  test('a contact without any name is "Unnamed contact"', () => {
    renderCard(parsedContact({ first: '', last: '' }, { firstName: null, lastName: null }))
    expect(card('Unnamed contact')).toBeInTheDocument()
  })

  test('without emails or phones it says so', () => {
    renderCard(parsedContact({ first: 'Olu', last: 'Adeyemi' }))

    expect(card('Olu Adeyemi')).toHaveTextContent('No email or phone on record')
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
    // Only the card's own "copy link" remains: nothing to call or write to.
    expect(
      screen.getAllByRole('button').map((button) => button.getAttribute('aria-label')),
    ).toEqual([expect.stringMatching(/^Copy link to /)])
  })
})

describe('company', () => {
  test('without a logo shows square initials on a colour next to the name', () => {
    renderCard(parsedContact(MARIA))

    const [person, company] = screen.getAllByTestId('avatar')
    expect(person).toHaveClass('rounded-full')
    expect(company).toHaveClass('rounded-md')
    expect(company!.querySelector('img')).not.toBeInTheDocument()
    expect(within(company!).getByText('AC')).toBeInTheDocument()
    expect(company!.className).toMatch(/\bbg-avatar-\d+-soft\b/)
    expect(company!.parentElement).toHaveTextContent('Atlas Construction')
  })

  test('with a logo shows it', () => {
    const client = { id: 'cmp_northwind', name: 'Northwind Logistics', slug: 'northwind' }
    const container = renderCard(parsedContact(MARIA, {}, client))

    const [, company] = screen.getAllByTestId('avatar')
    expect(company!.querySelector('img')?.getAttribute('src')).toMatch(
      /\/demo\/logos\/northwind\.svg$/,
    )
    expect(container).toHaveTextContent('Northwind Logistics')
  })

  test('with an unsafe logo URL falls back to the initials', () => {
    renderCard(parsedContact(MARIA, { companyLogoUrl: 'javascript:alert(1)' }))

    const [, company] = screen.getAllByTestId('avatar')
    expect(company!.querySelector('img')).not.toBeInTheDocument()
    expect(within(company!).getByText('AC')).toBeInTheDocument()
  })
})

describe('emails and phones', () => {
  test('the primary comes first and is marked; purposes are labelled Work / Personal', () => {
    renderCard(parsedContact(MARIA))

    const [primaryEmail, otherEmail] = items('Emails')
    expect(primaryEmail).toHaveTextContent('maria.garcia@northwind.example')
    expect(within(primaryEmail!).getByText('Primary')).toBeInTheDocument()
    expect(within(primaryEmail!).getByText('Work')).toBeInTheDocument()
    expect(otherEmail).toHaveTextContent('mjgarcia.lopez@example.com')
    expect(within(otherEmail!).queryByText('Primary')).not.toBeInTheDocument()
    expect(within(otherEmail!).getByText('Personal')).toBeInTheDocument()

    const [primaryPhone, otherPhone] = items('Phone numbers')
    expect(primaryPhone).toHaveTextContent('+44 20 7946 0321')
    expect(within(primaryPhone!).getByText('Primary')).toBeInTheDocument()
    expect(within(primaryPhone!).getByText('Work')).toBeInTheDocument()
    expect(within(otherPhone!).getByText('Personal')).toBeInTheDocument()
  })

  test('without a primary, the order is the order Spott sent', () => {
    renderCard(
      parsedContact({
        first: 'Chen',
        last: 'Wei',
        emails: [
          { email: 'b@example.com', isPrimary: false },
          { email: 'a@example.com', isPrimary: false },
        ],
      }),
    )
    expect(items('Emails').map((item) => within(item).getByRole('link').textContent)).toEqual([
      'b@example.com',
      'a@example.com',
    ])
  })

  test('an unknown purpose is shown as sent; a null or missing one has no label', () => {
    renderCard(
      parsedContact(
        { first: 'Aisha', last: 'Rahman' },
        {
          emails: [
            { purpose: 'assistant', email: 'pa@northwind.example', isPrimary: false },
            { purpose: null, email: 'recruiting@northwind.example', isPrimary: false },
            { email: 'aisha@northwind.example', isPrimary: false },
          ],
        },
      ),
    )

    const [assistant, noPurpose, missing] = items('Emails')
    expect(within(assistant!).getByText('assistant')).toBeInTheDocument()
    for (const item of [noPurpose!, missing!]) {
      expect(item.textContent).toBe(within(item).getByRole('link').textContent)
    }
  })

  test('each address and number is a link with a copy button named after it', () => {
    renderCard(parsedContact(MARIA))

    const email = screen.getByRole('link', { name: 'maria.garcia@northwind.example' })
    expect(email).toHaveAttribute('href', 'mailto:maria.garcia@northwind.example')
    expect(
      screen.getByRole('button', { name: 'Copy email maria.garcia@northwind.example' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '+44 20 7946 0321' })).toHaveAttribute(
      'href',
      'tel:+442079460321',
    )
    expect(screen.getByRole('button', { name: 'Copy phone +44 20 7946 0321' })).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /^Copy (email|phone) / })).toHaveLength(4)
    expect(screen.getByRole('button', { name: /^Copy link to / })).toBeInTheDocument()
  })

  test('clicking "Copy email …" puts the address on the clipboard and says "Copied"', async () => {
    useSecureContext()
    renderCard(parsedContact(MARIA))

    const button = screen.getByRole('button', { name: 'Copy email mjgarcia.lopez@example.com' })
    await act(async () => {
      fireEvent.click(button)
    })

    expect(await navigator.clipboard.readText()).toBe('mjgarcia.lopez@example.com')
    expect(within(button.parentElement!).getByRole('status')).toHaveTextContent('Copied')
  })

  test('a phone number with too few digits to dial is text, still copyable', () => {
    renderCard(
      parsedContact({
        first: 'Lukas',
        last: 'Brandt',
        phones: [{ phoneNumber: 'ext. 12', isPrimary: true }],
      }),
    )

    expect(screen.queryByRole('link', { name: 'ext. 12' })).not.toBeInTheDocument()
    expect(screen.getByText('ext. 12')).toHaveClass('break-all')
    expect(screen.getByRole('button', { name: 'Copy phone ext. 12' })).toBeInTheDocument()
  })
})

describe('long content wraps instead of overflowing', () => {
  const WORD = 'x'.repeat(300)

  test('a 300-character unbroken word in every text of the card', () => {
    const email = `${WORD}@example.com`
    const container = renderCard(
      parsedContact(
        {
          first: 'Ana',
          last: WORD,
          title: WORD,
          department: WORD,
          emails: [{ purpose: 'work', email, isPrimary: true }],
          phones: [{ phoneNumber: `+1 ${'5'.repeat(300)}`, isPrimary: true }],
        },
        { companyName: WORD },
      ),
    )

    const article = card(`Ana ${WORD}`)
    expect(article).toHaveClass('min-w-0')
    expect(within(article).getByRole('heading', { level: 3 })).toHaveClass('break-words')
    expect(screen.getByText(`${WORD} · ${WORD}`)).toHaveClass('break-words')
    expect(screen.getByText(WORD)).toHaveClass('break-words')
    expect(screen.getByRole('link', { name: email })).toHaveClass('break-all', 'min-w-0')
    expect(screen.getByRole('link', { name: `+1 ${'5'.repeat(300)}` })).toHaveClass('break-all')
    expect(container.textContent).toContain(WORD)
  })
})

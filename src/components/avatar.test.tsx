import { fireEvent, render, screen } from '@testing-library/react'
import { expectReadableText } from '../test/readable-text'
import { Avatar, avatarColour } from './avatar'

type AvatarProps = Parameters<typeof Avatar>[0]

function renderAvatar(props: AvatarProps) {
  const view = render(<Avatar {...props} />)
  expectReadableText(view.container)
  return { ...view, avatar: screen.getByTestId('avatar') }
}

const colourOf = (avatar: HTMLElement) =>
  Array.from(avatar.classList).filter((name) => /^bg-avatar-\d+-soft$/.test(name))

describe('initials on a colour', () => {
  test('without a picture: decorative initials on the colour derived from the name', () => {
    const { avatar } = renderAvatar({ name: 'Dana Reyes', src: null })

    expect(avatar.querySelector('img')).not.toBeInTheDocument()
    const initials = screen.getByText('DR')
    expect(initials).toHaveAttribute('aria-hidden', 'true')
    expect(colourOf(avatar)).toEqual([avatarColour('Dana Reyes').split(' ')[0]])
  })

  test('the same name always gets the same colour', () => {
    render(
      <>
        <Avatar name="Priya Natarajan" src={null} />
        <Avatar name="Priya Natarajan" src={undefined} size="xs" />
      </>,
    )

    const [first, second] = screen.getAllByTestId('avatar')
    expect(colourOf(first!)).toHaveLength(1)
    expect(colourOf(second!)).toEqual(colourOf(first!))
  })

  test('different names can get different colours', () => {
    const names = ['Dana Reyes', 'Priya Natarajan', 'James Whitfield', 'Aisha Rahman', '渡辺 健二']
    const colours = new Set(names.map(avatarColour))
    expect(colours.size).toBeGreaterThan(1)
    for (const colour of colours)
      expect(colour).toMatch(/^bg-avatar-\d+-soft text-avatar-\d+-strong$/)
  })

  test.each([
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'mailto:dana@example.com',
    'tel:+442079460321',
    '  ',
    'avatars/relative.png',
  ])('an unsafe or unusable src %j shows initials, never an <img>', (src) => {
    const { avatar, container } = renderAvatar({ name: 'Dana Reyes', src })

    expect(container.querySelector('img')).not.toBeInTheDocument()
    expect(container.querySelector('[src]')).not.toBeInTheDocument()
    expect(screen.getByText('DR')).toBeInTheDocument()
    expect(colourOf(avatar)).toHaveLength(1)
  })
})

describe('a picture', () => {
  test('is a decorative image on a neutral background, without initials', () => {
    const { avatar, container } = renderAvatar({
      name: 'Dana Reyes',
      src: 'https://cdn.example.com/dana.png',
    })

    const image = container.querySelector('img')
    expect(image).toHaveAttribute('src', 'https://cdn.example.com/dana.png')
    expect(image).toHaveAttribute('alt', '')
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.queryByText('DR')).not.toBeInTheDocument()
    expect(avatar).toHaveClass('bg-surface-line')
    expect(colourOf(avatar)).toEqual([])
  })

  test('a root-relative src (the demo avatars) resolves against the page', () => {
    const { container } = renderAvatar({ name: 'Dana Reyes', src: '/demo/avatars/person-01.svg' })
    expect(container.querySelector('img')?.getAttribute('src')).toBe(
      new URL('/demo/avatars/person-01.svg', window.location.href).href,
    )
  })

  test('that fails to load is replaced by the initials on their colour', () => {
    const { avatar, container } = renderAvatar({
      name: 'Dana Reyes',
      src: 'https://cdn.example.com/missing.png',
    })

    fireEvent.error(container.querySelector('img')!)

    expect(container.querySelector('img')).not.toBeInTheDocument()
    expect(screen.getByText('DR')).toBeInTheDocument()
    expect(colourOf(avatar)).toEqual([avatarColour('Dana Reyes').split(' ')[0]])
  })

  test('a new src after a failed one is tried again', () => {
    const { container, rerender } = renderAvatar({
      name: 'Dana Reyes',
      src: 'https://cdn.example.com/missing.png',
    })
    fireEvent.error(container.querySelector('img')!)

    rerender(<Avatar name="Dana Reyes" src="https://cdn.example.com/dana.png" />)

    expect(container.querySelector('img')).toHaveAttribute(
      'src',
      'https://cdn.example.com/dana.png',
    )
  })
})

test.each([
  ['round', 'rounded-full'],
  ['square', 'rounded-md'],
] as const)('the %s shape has %s corners', (shape, corners) => {
  expect(renderAvatar({ name: 'Northwind Logistics', src: null, shape }).avatar).toHaveClass(
    corners,
  )
})

test('extra classes are added (a deactivated owner is greyed)', () => {
  const { avatar } = renderAvatar({ name: 'Greta Lindqvist', src: null, className: 'grayscale' })
  expect(avatar).toHaveClass('grayscale')
})

test('a blank name still shows a readable mark', () => {
  renderAvatar({ name: '  ', src: null })
  expect(screen.getByText('?')).toBeInTheDocument()
})

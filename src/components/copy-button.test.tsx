import { act, fireEvent, render, screen } from '@testing-library/react'
import { stubExecCommand, useSecureContext } from '../test/clipboard'
import { expectReadableText } from '../test/readable-text'
import { CopyButton } from './copy-button'

const EMAIL = 'maria.garcia@northwind.example'

function renderCopy() {
  const { container } = render(<CopyButton text={EMAIL} what={`email ${EMAIL}`} />)
  expectReadableText(container)
  return screen.getByRole('button', { name: `Copy email ${EMAIL}` })
}

/** Clicks, then lets the copy's promises settle; timers stay frozen at the click. */
async function click(button: HTMLElement) {
  await act(async () => {
    fireEvent.click(button)
    await vi.advanceTimersByTimeAsync(0)
  })
}

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms))
const confirmation = () => screen.getByRole('status')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  vi.useRealTimers()
})

test('is a button named after what it copies, with the same tooltip, and says nothing yet', () => {
  const button = renderCopy()

  expect(button).toHaveAttribute('title', `Copy email ${EMAIL}`)
  expect(button).toHaveAttribute('type', 'button')
  expect(button.querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
  expect(confirmation()).toBeEmptyDOMElement()
})

describe('in a secure context (https, localhost)', () => {
  test('writes the text to the clipboard and confirms "Copied" for about 2 seconds', async () => {
    useSecureContext()
    const button = renderCopy()

    await click(button)

    expect(await navigator.clipboard.readText()).toBe(EMAIL)
    expect(confirmation()).toHaveTextContent('Copied')
    advance(1_999)
    expect(confirmation()).toHaveTextContent('Copied')
    advance(1)
    expect(confirmation()).toBeEmptyDOMElement()
  })

  // Each copy is confirmed for the full 2 seconds, even while an earlier "Copied" still shows.
  test('a second click restarts the 2 seconds', async () => {
    useSecureContext()
    const button = renderCopy()

    await click(button)
    advance(1_500)
    await click(button)
    advance(1_500)

    expect(confirmation()).toHaveTextContent('Copied')
    advance(500)
    expect(confirmation()).toBeEmptyDOMElement()
  })

  test('a refused clipboard falls back to the selection copy', async () => {
    useSecureContext()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'))
    const execCommand = stubExecCommand(true)

    await click(renderCopy())

    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(confirmation()).toHaveTextContent('Copied')
  })
})

describe('over plain http (no async clipboard), the selection copy', () => {
  test('copies the text from a temporary textarea it then removes', async () => {
    let selected: string | undefined
    const execCommand = stubExecCommand(() => {
      selected = document.querySelector('textarea')?.value
      return true
    })

    await click(renderCopy())

    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(selected).toBe(EMAIL)
    expect(document.querySelector('textarea')).not.toBeInTheDocument()
    expect(confirmation()).toHaveTextContent('Copied')
    advance(2_000)
    expect(confirmation()).toBeEmptyDOMElement()
  })

  test.each([
    ['refuses', () => false],
    [
      'throws',
      () => {
        throw new Error('execCommand is not supported')
      },
    ],
  ])('says "Copy failed" when the browser %s, for 2 seconds', async (_how, answer) => {
    stubExecCommand(answer)

    await click(renderCopy())

    expect(confirmation()).toHaveTextContent('Copy failed')
    expect(confirmation()).not.toHaveTextContent('Copied')
    expect(document.querySelector('textarea')).not.toBeInTheDocument()
    advance(2_000)
    expect(confirmation()).toBeEmptyDOMElement()
  })
})

describe('with a visible label', () => {
  function renderLabelled(text: string | (() => string) = 'https://dash.example/x') {
    const { container } = render(
      <CopyButton label="Copy link" what="link" icon="link" text={text} />,
    )
    expectReadableText(container)
    return screen.getByRole('button', { name: 'Copy link' })
  }

  test('is named by its label, shows it, and keeps the same tooltip', () => {
    const button = renderLabelled()

    expect(button).toHaveTextContent('Copy link')
    expect(button).not.toHaveAttribute('aria-label')
    expect(button).toHaveAttribute('title', 'Copy link')
    expect(button.querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
    expect(confirmation()).toBeEmptyDOMElement()
  })

  test('makes the text at the moment of each click, not when rendered', async () => {
    useSecureContext()
    let version = 1
    const text = vi.fn(() => `https://dash.example/opportunities/opp_${version}`)
    const button = renderLabelled(text)
    expect(text).not.toHaveBeenCalled()

    version = 2
    await click(button)
    expect(await navigator.clipboard.readText()).toBe('https://dash.example/opportunities/opp_2')

    version = 3
    await click(button)
    expect(await navigator.clipboard.readText()).toBe('https://dash.example/opportunities/opp_3')
    expect(text).toHaveBeenCalledTimes(2)
  })

  test('confirms "Copied" beside the button; the button keeps its name', async () => {
    useSecureContext()
    const button = renderLabelled()

    await click(button)

    expect(confirmation()).toHaveTextContent('Copied')
    expect(screen.getByRole('button', { name: 'Copy link' })).toBe(button)
    advance(2_000)
    expect(confirmation()).toBeEmptyDOMElement()
  })

  test('says "Copy failed" when the clipboard refuses and so does the fallback', async () => {
    useSecureContext()
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError'))
    stubExecCommand(false)

    await click(renderLabelled())

    expect(writeText).toHaveBeenCalledWith('https://dash.example/x')
    expect(confirmation()).toHaveTextContent('Copy failed')
    expect(confirmation()).not.toHaveTextContent('Copied')
  })

  test('says "Copy failed" when making the text throws, and copies nothing', async () => {
    useSecureContext()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    render(
      <CopyButton
        label="Copy link"
        what="link"
        text={() => {
          throw new URIError('URI malformed')
        }}
      />,
    )

    await click(screen.getByRole('button', { name: 'Copy link' }))

    expect(writeText).not.toHaveBeenCalled()
    expect(confirmation()).toHaveTextContent('Copy failed')
  })
})

test('the icon variant has no visible text and is named "Copy <what>"', () => {
  const { container } = render(
    <CopyButton what="link to James Whitfield" icon="link" text={() => 'x'} />,
  )

  const button = screen.getByRole('button', { name: 'Copy link to James Whitfield' })
  expect(button).toHaveAttribute('aria-label', 'Copy link to James Whitfield')
  expect(button.textContent).toBe('')
  expect(container.querySelector('svg path')).toBeInTheDocument()
})

test('the link and copy icons differ', () => {
  render(
    <>
      <CopyButton what="link" icon="link" text="a" />
      <CopyButton what="value" text="b" />
    </>,
  )
  const icon = (name: string) => screen.getByRole('button', { name }).querySelector('svg')!

  expect(icon('Copy link').innerHTML).not.toBe(icon('Copy value').innerHTML)
  expect(icon('Copy value').querySelector('rect')).toBeInTheDocument()
  expect(icon('Copy link').querySelector('rect')).not.toBeInTheDocument()
})

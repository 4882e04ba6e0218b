import { render, renderHook } from '@testing-library/react'
import { useKeyShortcuts } from './use-key-shortcuts'

/** Presses `key` on `target` as a browser would: bubbling, cancelable. Returns the event. */
function press(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

function setup() {
  const j = vi.fn()
  const k = vi.fn()
  const hook = renderHook(() => useKeyShortcuts({ j, k }))
  return { j, k, ...hook }
}

test('a key with a handler calls it with the event, and prevents the default', () => {
  const { j, k } = setup()

  const event = press(document.body, 'j')

  expect(j).toHaveBeenCalledTimes(1)
  expect(j).toHaveBeenCalledWith(event)
  expect(k).not.toHaveBeenCalled()
  expect(event.defaultPrevented).toBe(true)
})

test('each key calls its own handler', () => {
  const { j, k } = setup()

  press(document.body, 'k')
  press(document.body, 'k')

  expect(k).toHaveBeenCalledTimes(2)
  expect(j).not.toHaveBeenCalled()
})

test('works for keydown on the document itself and on any non-field element', () => {
  const { j } = setup()
  const { getByRole } = render(
    <div>
      <button type="button">Next</button>
      <a href="#x">Link</a>
    </div>,
  )

  press(document, 'j')
  press(getByRole('button'), 'j')
  press(getByRole('link'), 'j')

  expect(j).toHaveBeenCalledTimes(3)
})

test('unknown keys are ignored, their default left alone', () => {
  const { j, k } = setup()

  for (const key of ['x', 'J', 'Enter', 'ArrowDown', ' ', 'Escape']) {
    expect(press(document.body, key).defaultPrevented, key).toBe(false)
  }
  expect(j).not.toHaveBeenCalled()
  expect(k).not.toHaveBeenCalled()
})

test('a key whose handler is undefined is ignored', () => {
  const j = vi.fn()
  renderHook(() => useKeyShortcuts({ j, k: undefined }))

  expect(press(document.body, 'k').defaultPrevented).toBe(false)
  expect(j).not.toHaveBeenCalled()
})

test.each([
  ['ctrl', { ctrlKey: true }],
  ['meta', { metaKey: true }],
  ['alt', { altKey: true }],
  ['ctrl and shift', { ctrlKey: true, shiftKey: true }],
] satisfies [string, KeyboardEventInit][])('ignores the key with %s held', (_label, init) => {
  const { j } = setup()

  const event = press(document.body, 'j', init)

  expect(j).not.toHaveBeenCalled()
  expect(event.defaultPrevented).toBe(false)
})

test('ignores a key whose default something else already prevented', () => {
  const { j } = setup()
  const event = new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true })
  event.preventDefault()

  document.body.dispatchEvent(event)

  expect(j).not.toHaveBeenCalled()
})

test('ignores a key pressed while composing text (an IME)', () => {
  const { j } = setup()

  const event = press(document.body, 'j', { isComposing: true })

  expect(j).not.toHaveBeenCalled()
  expect(event.defaultPrevented).toBe(false)
})

describe('while typing in a field', () => {
  test.each([
    ['an input', <input aria-label="field" />],
    ['a search input', <input type="search" aria-label="field" />],
    ['a textarea', <textarea aria-label="field" />],
    [
      'a select',
      <select aria-label="field">
        <option>One</option>
      </select>,
    ],
    ['a contenteditable element', <div aria-label="field" contentEditable="true" />],
  ])('ignores keys in %s', (_label, field) => {
    const { j } = setup()
    const { getByLabelText } = render(field)
    const target = getByLabelText('field')
    target.focus()

    const event = press(target, 'j')

    expect(j).not.toHaveBeenCalled()
    expect(event.defaultPrevented).toBe(false)
  })

  test('ignores keys in an element with an empty contenteditable attribute', () => {
    const { j } = setup()
    const { container } = render(<div />)
    const target = container.firstElementChild as HTMLElement
    target.setAttribute('contenteditable', '')

    const event = press(target, 'j')

    expect(j).not.toHaveBeenCalled()
    expect(event.defaultPrevented).toBe(false)
  })

  test('ignores keys inside a contenteditable element', () => {
    const { j } = setup()
    const { getByText } = render(
      <div contentEditable="true" suppressContentEditableWarning>
        <p>
          <strong>bold text</strong>
        </p>
      </div>,
    )

    press(getByText('bold text'), 'j')

    expect(j).not.toHaveBeenCalled()
  })

  test('handles keys again once the key is pressed outside the field', () => {
    const { j } = setup()
    const { getByLabelText } = render(<input aria-label="field" />)

    press(getByLabelText('field'), 'j')
    press(document.body, 'j')

    expect(j).toHaveBeenCalledTimes(1)
  })

  test('contenteditable="false" is not a field', () => {
    const { j } = setup()
    const { getByText } = render(
      <div contentEditable="false" suppressContentEditableWarning>
        read only
      </div>,
    )

    press(getByText('read only'), 'j')

    expect(j).toHaveBeenCalledTimes(1)
  })
})

test('calls the latest handler after a re-render, without re-subscribing', () => {
  const first = vi.fn()
  const second = vi.fn()
  const add = vi.spyOn(document, 'addEventListener')
  const { rerender } = renderHook(({ handler }) => useKeyShortcuts({ j: handler }), {
    initialProps: { handler: first },
  })

  rerender({ handler: second })
  press(document.body, 'j')

  expect(first).not.toHaveBeenCalled()
  expect(second).toHaveBeenCalledTimes(1)
  expect(add.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(1)
})

test('a key added on re-render starts to work', () => {
  const j = vi.fn()
  const { rerender } = renderHook(({ handlers }) => useKeyShortcuts(handlers), {
    initialProps: { handlers: {} as Record<string, () => void> },
  })

  press(document.body, 'j')
  rerender({ handlers: { j } })
  press(document.body, 'j')

  expect(j).toHaveBeenCalledTimes(1)
})

test('removes its listener on unmount', () => {
  const remove = vi.spyOn(document, 'removeEventListener')
  const { j, unmount } = setup()

  unmount()
  const event = press(document.body, 'j')

  expect(j).not.toHaveBeenCalled()
  expect(event.defaultPrevented).toBe(false)
  expect(remove.mock.calls.some(([type]) => type === 'keydown')).toBe(true)
})

test('one key press runs one shortcut, even when two components listen for it', () => {
  const one = setup()
  const two = setup()

  press(document.body, 'j')

  expect(one.j.mock.calls.length + two.j.mock.calls.length).toBe(1)
})

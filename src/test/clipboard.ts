import { onTestFinished, vi, type Mock } from 'vitest'

/**
 * happy-dom has navigator.clipboard but no window.isSecureContext and no
 * document.execCommand, so copyText() takes neither path unless a test sets one up. Both
 * helpers undo themselves when the test finishes.
 */

/** A secure context (https or localhost): copyText() uses navigator.clipboard. */
export function useSecureContext() {
  vi.stubGlobal('isSecureContext', true)
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
}

/** Plain http: copyText() falls back to execCommand('copy'), which answers `result`. */
export function stubExecCommand(
  result: boolean | (() => boolean),
): Mock<(command: string) => boolean> {
  const answer = typeof result === 'function' ? result : () => result
  const execCommand = vi.fn((_command: string) => answer())
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    writable: true,
    value: execCommand,
  })
  onTestFinished(() => {
    Reflect.deleteProperty(document, 'execCommand')
  })
  return execCommand
}

import { useEffect } from 'react'
import { useLatest } from './use-latest'

type Handlers = Partial<Record<string, (event: KeyboardEvent) => void>>

/** Typing in a field, or a key chord meant for the browser, is never a shortcut. */
function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  const target = event.target
  if (!(target instanceof HTMLElement)) return true
  return !(
    target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')
  )
}

/**
 * Single-key shortcuts for the whole page (j/k to move, / to search), keyed by
 * `KeyboardEvent.key`. They never fire while the reader is typing into a field.
 */
export function useKeyShortcuts(handlers: Handlers) {
  const latest = useLatest(handlers)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const handler = latest.current[event.key]
      if (!handler || !isShortcutEvent(event)) return
      event.preventDefault()
      handler(event)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [latest])
}

import { useEffect, useRef } from 'react'

/**
 * A ref that always holds the latest value, for listeners and timers set up once: they call
 * the newest callback without being torn down and set up again on every render.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value)
  useEffect(() => {
    ref.current = value
  })
  return ref
}
